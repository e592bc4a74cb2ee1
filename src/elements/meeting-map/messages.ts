import type { Catalog } from '../../core/i18n/index.js';

export type MapMessages = {
  region: string;
  /** `shown` meetings have a place on the map out of `total` results (numbers pre-formatted). */
  onMap: (shown: number, total: number, shownText: string, totalText: string) => string;
  noneOnMap: string;
  showMap: string;
  /** Shown before a click-to-load map: where the images come from. */
  privacy: (host: string) => string;
  loading: string;
  error: string;
  retry: string;
  details: string;
  detailsFor: (name: string) => string;
  cluster: (text: string) => string;
  place: (text: string) => string;
  more: (text: string) => string;
  selected: string;
  zoomIn: string;
  zoomOut: string;
  close: string;
};

export const mapMessages: Catalog<MapMessages> = {
  en: {
    region: 'Map of meetings',
    onMap: (shown, total, s, t) =>
      shown === total
        ? `${s} ${shown === 1 ? 'meeting' : 'meetings'} on the map.`
        : `${s} of ${t} meetings on the map; the list has all of them (online meetings, closed places and those without a street address have no place on the map).`,
    noneOnMap: 'None of these meetings has a street address to show on the map; the list has all of them.',
    showMap: 'Show the map',
    privacy: (host) => `The map loads its images from ${host}.`,
    loading: 'Loading the map…',
    error: 'The map could not be loaded. The list still has every meeting.',
    retry: 'Try again',
    details: 'Details',
    detailsFor: (name) => `Details: ${name}`,
    cluster: (t) => `${t} meetings here, zoom in`,
    place: (t) => `${t} meetings at this place`,
    more: (t) => `and ${t} more: see the list`,
    selected: 'selected',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    close: 'Close',
  },
  es: {
    region: 'Mapa de reuniones',
    onMap: (shown, total, s, t) =>
      shown === total
        ? `${s} ${shown === 1 ? 'reunión' : 'reuniones'} en el mapa.`
        : `${s} de ${t} reuniones en el mapa; la lista las tiene todas (las reuniones en línea, las de lugares cerrados y las que no tienen una dirección no aparecen en el mapa).`,
    noneOnMap: 'Ninguna de estas reuniones tiene una dirección para mostrar en el mapa; la lista las tiene todas.',
    showMap: 'Mostrar el mapa',
    privacy: (host) => `El mapa carga sus imágenes desde ${host}.`,
    loading: 'Cargando el mapa…',
    error: 'No se pudo cargar el mapa. La lista tiene todas las reuniones.',
    retry: 'Reintentar',
    details: 'Detalles',
    detailsFor: (name) => `Detalles: ${name}`,
    cluster: (t) => `${t} reuniones aquí, acercar`,
    place: (t) => `${t} reuniones en este lugar`,
    more: (t) => `y ${t} más: vea la lista`,
    selected: 'seleccionada',
    zoomIn: 'Acercar',
    zoomOut: 'Alejar',
    close: 'Cerrar',
  },
};
