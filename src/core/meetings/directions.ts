/**
 * Links that open the user's maps app with directions to a meeting: Apple Maps, Google Maps,
 * OpenStreetMap. Coordinates are used when the meeting has a street-level location, else the
 * address; online-only or unplaced meetings get null, and so do meetings whose place is closed:
 * `inactive` ones (no usable place or link) and those of type `TC` (Location Temporarily Closed),
 * whatever attendance the feed gave them. Never a route to a closed door.
 */
import { isPlaceClosed, type Coordinates, type Meeting } from './model.js';

export interface DirectionsLinks {
  apple: string;
  google: string;
  osm: string;
}

export interface DirectionsOptions {
  /** Start point (e.g. the user's position after they asked); omitted = "from here". */
  from?: Coordinates | null;
}

const ll = (c: Coordinates) => `${+c.lat.toFixed(6)},${+c.lng.toFixed(6)}`;

export function directionsUrls(m: Meeting, options: DirectionsOptions = {}): DirectionsLinks | null {
  if (m.attendance === 'online' || m.attendance === 'inactive' || isPlaceClosed(m)) return null;
  const coords = m.coordinates && !m.approximate ? m.coordinates : null;
  const address = m.formattedAddress && !m.approximate ? m.formattedAddress : '';
  if (!coords && !address) return null;
  const from = options.from ?? null;

  const apple = new URLSearchParams();
  apple.set('daddr', coords ? ll(coords) : address);
  if (coords && address) apple.set('q', m.location || address);
  if (from) apple.set('saddr', ll(from));

  const google = new URLSearchParams({ api: '1', destination: coords ? ll(coords) : address });
  if (from) google.set('origin', ll(from));

  let osm: string;
  if (coords) {
    const route = `${from ? `${from.lat},${from.lng}` : ''};${coords.lat},${coords.lng}`;
    osm = `https://www.openstreetmap.org/directions?route=${encodeURIComponent(route)}#map=17/${coords.lat}/${coords.lng}`;
  } else {
    osm = `https://www.openstreetmap.org/search?query=${encodeURIComponent(address)}`;
  }
  return {
    apple: `https://maps.apple.com/?${apple.toString()}`,
    google: `https://www.google.com/maps/dir/?${google.toString()}`,
    osm,
  };
}
