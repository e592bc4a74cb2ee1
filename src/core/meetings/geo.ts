/** Great-circle distance (haversine, mean Earth radius 6371.0088 km). */
import type { Coordinates } from './model.js';

export type DistanceUnit = 'km' | 'mi';

export const EARTH_RADIUS_KM = 6371.0088;
export const KM_PER_MILE = 1.609344;

const RAD = Math.PI / 180;

export function haversineKm(a: Coordinates, b: Coordinates): number {
  const dLat = (b.lat - a.lat) * RAD;
  const dLng = (b.lng - a.lng) * RAD;
  const s = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(s)));
}

/** Distance in `unit` (default km). */
export function distance(a: Coordinates, b: Coordinates, unit: DistanceUnit = 'km'): number {
  const km = haversineKm(a, b);
  return unit === 'mi' ? km / KM_PER_MILE : km;
}

export function isValidCoordinates(c: unknown): c is Coordinates {
  if (typeof c !== 'object' || c === null) return false;
  const { lat, lng } = c as Coordinates;
  return Number.isFinite(lat) && Number.isFinite(lng) && Math.abs(lat) <= 90 && Math.abs(lng) <= 180;
}
