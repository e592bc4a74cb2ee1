import type { Catalog } from '../../core/i18n/index.js';
import { baseMessages, type BaseMessages } from '../../base/messages.js';

/** Text of every part of the meeting finder (one catalog shared by the parts). */
export type FinderMessages = BaseMessages & {
  searchLabel: string;
  searchPlaceholder: string;
  filtersHeading: string;
  day: string;
  anyDay: string;
  time: string;
  morning: string;
  afternoon: string;
  evening: string;
  night: string;
  attendance: string;
  inPerson: string;
  online: string;
  hybrid: string;
  inactive: string;
  types: string;
  moreTypes: string;
  region: string;
  anyRegion: string;
  distance: string;
  nearMe: string;
  locating: string;
  locationDenied: string;
  address: string;
  findAddress: string;
  addressNotFound: string;
  radius: string;
  anyDistance: string;
  unit: string;
  km: string;
  mi: string;
  nearLabel: (label: string) => string;
  myLocation: string;
  activeFilters: string;
  removeFilter: (label: string) => string;
  clearAll: string;
  count: (n: number, f: (n: number) => string) => string;
  resultsLabel: string;
  byAppointment: string;
  inProgress: string;
  startingSoon: string;
  showMore: (n: number) => string;
  empty: string;
  tryAnyDay: string;
  clearFilters: string;
  skipped: (n: number) => string;
  loadTitle: string;
  away: (d: string) => string;
  back: string;
  join: string;
  call: (phone: string) => string;
  directions: string;
  appleMaps: string;
  googleMaps: string;
  osm: string;
  addToCalendar: string;
  downloadIcs: string;
  googleCalendar: string;
  copyLink: string;
  share: string;
  copied: string;
  website: string;
  meetingPage: string;
  group: string;
  notes: string;
  locationNotes: string;
  onlineHeading: string;
  updated: (d: string) => string;
  meetingTime: (t: string) => string;
  view: string;
  list: string;
  map: string;
  mapUnavailable: string;
  showList: string;
};

export const finderMessages: Catalog<FinderMessages> = {
  en: {
    ...baseMessages.en,
    searchLabel: 'Search meetings',
    searchPlaceholder: 'Name, place or address',
    filtersHeading: 'Filters',
    day: 'Day',
    anyDay: 'Any day',
    time: 'Time of day',
    morning: 'Morning',
    afternoon: 'Afternoon',
    evening: 'Evening',
    night: 'Night',
    attendance: 'Attendance',
    inPerson: 'In person',
    online: 'Online',
    hybrid: 'Hybrid',
    inactive: 'Inactive',
    types: 'Meeting types',
    moreTypes: 'More types',
    region: 'Region',
    anyRegion: 'Any region',
    distance: 'Distance',
    nearMe: 'Near me',
    locating: 'Finding your location…',
    locationDenied: 'Your location is not available. You can search near an address instead.',
    address: 'Address or place',
    findAddress: 'Search near this address',
    addressNotFound: 'That address was not found.',
    radius: 'Within',
    anyDistance: 'Any distance',
    unit: 'Unit',
    km: 'km',
    mi: 'miles',
    nearLabel: (l) => `Near ${l}`,
    myLocation: 'my location',
    activeFilters: 'Active filters',
    removeFilter: (l) => `Remove filter: ${l}`,
    clearAll: 'Clear all',
    count: (n, f) => (n === 1 ? '1 meeting' : `${f(n)} meetings`),
    resultsLabel: 'Meetings',
    byAppointment: 'By appointment',
    inProgress: 'In progress',
    startingSoon: 'Starting soon',
    showMore: (n) => `Show ${n} more`,
    empty: 'No meetings match these filters.',
    tryAnyDay: 'Try any day',
    clearFilters: 'Clear filters',
    skipped: (n) => (n === 1 ? '1 meeting in this list could not be shown.' : `${n} meetings in this list could not be shown.`),
    loadTitle: 'The meeting list could not be loaded',
    away: (d) => `${d} away`,
    back: 'Back to the list',
    join: 'Join online',
    call: (p) => `Call ${p}`,
    directions: 'Directions',
    appleMaps: 'Apple Maps',
    googleMaps: 'Google Maps',
    osm: 'OpenStreetMap',
    addToCalendar: 'Add to calendar',
    downloadIcs: 'Download calendar file (.ics)',
    googleCalendar: 'Google Calendar',
    copyLink: 'Copy link',
    share: 'Share',
    copied: 'Link copied.',
    website: 'Website',
    meetingPage: 'Meeting page',
    group: 'Group',
    notes: 'Notes',
    locationNotes: 'About the location',
    onlineHeading: 'Join online or by phone',
    updated: (d) => `Updated ${d}`,
    meetingTime: (t) => `${t} meeting time`,
    view: 'View',
    list: 'List',
    map: 'Map',
    mapUnavailable: 'The map could not be loaded. The list still has every meeting.',
    showList: 'Show the list',
  },
  es: {
    ...baseMessages.es!,
    searchLabel: 'Buscar reuniones',
    searchPlaceholder: 'Nombre, lugar o dirección',
    filtersHeading: 'Filtros',
    day: 'Día',
    anyDay: 'Cualquier día',
    time: 'Hora del día',
    morning: 'Mañana',
    afternoon: 'Tarde',
    evening: 'Noche temprana',
    night: 'Noche',
    attendance: 'Asistencia',
    inPerson: 'En persona',
    online: 'En línea',
    hybrid: 'Híbrida',
    inactive: 'Inactiva',
    types: 'Tipos de reunión',
    moreTypes: 'Más tipos',
    region: 'Región',
    anyRegion: 'Cualquier región',
    distance: 'Distancia',
    nearMe: 'Cerca de mí',
    locating: 'Buscando su ubicación…',
    locationDenied: 'Su ubicación no está disponible. Puede buscar cerca de una dirección.',
    address: 'Dirección o lugar',
    findAddress: 'Buscar cerca de esta dirección',
    addressNotFound: 'No se encontró esa dirección.',
    radius: 'A menos de',
    anyDistance: 'Cualquier distancia',
    unit: 'Unidad',
    km: 'km',
    mi: 'millas',
    nearLabel: (l) => `Cerca de ${l}`,
    myLocation: 'mi ubicación',
    activeFilters: 'Filtros activos',
    removeFilter: (l) => `Quitar filtro: ${l}`,
    clearAll: 'Quitar todos',
    count: (n, f) => (n === 1 ? '1 reunión' : `${f(n)} reuniones`),
    resultsLabel: 'Reuniones',
    byAppointment: 'Con cita previa',
    inProgress: 'En curso',
    startingSoon: 'Empieza pronto',
    showMore: (n) => `Mostrar ${n} más`,
    empty: 'Ninguna reunión coincide con estos filtros.',
    tryAnyDay: 'Probar cualquier día',
    clearFilters: 'Quitar filtros',
    skipped: (n) => (n === 1 ? '1 reunión de esta lista no se pudo mostrar.' : `${n} reuniones de esta lista no se pudieron mostrar.`),
    loadTitle: 'No se pudo cargar la lista de reuniones',
    away: (d) => `a ${d}`,
    back: 'Volver a la lista',
    join: 'Unirse en línea',
    call: (p) => `Llamar al ${p}`,
    directions: 'Cómo llegar',
    appleMaps: 'Apple Maps',
    googleMaps: 'Google Maps',
    osm: 'OpenStreetMap',
    addToCalendar: 'Agregar al calendario',
    downloadIcs: 'Descargar archivo de calendario (.ics)',
    googleCalendar: 'Google Calendar',
    copyLink: 'Copiar enlace',
    share: 'Compartir',
    copied: 'Enlace copiado.',
    website: 'Sitio web',
    meetingPage: 'Página de la reunión',
    group: 'Grupo',
    notes: 'Notas',
    locationNotes: 'Sobre el lugar',
    onlineHeading: 'Unirse en línea o por teléfono',
    updated: (d) => `Actualizado: ${d}`,
    meetingTime: (t) => `${t} hora de la reunión`,
    view: 'Vista',
    list: 'Lista',
    map: 'Mapa',
    mapUnavailable: 'No se pudo cargar el mapa. La lista tiene todas las reuniones.',
    showList: 'Mostrar la lista',
  },
};
