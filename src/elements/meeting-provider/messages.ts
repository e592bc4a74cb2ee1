import type { LazyCatalog } from '../../core/i18n/index.js';
import { BASE_EN, type BaseMessages } from '../../base/load-messages.js';

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
  byAppointment: string;
  inProgress: string;
  startingSoon: string;
  showMore: (n: number) => string;
  empty: string;
  tryAnyDay: string;
  clearFilters: string;
  skipped: (n: number) => string;
  missing: string;
  loadTitle: string;
  away: (d: string) => string;
  view: string;
  list: string;
  map: string;
  mapUnavailable: string;
  showList: string;
};

/** English ships with the parts; Spanish loads on demand (`messages-es.ts`) and the parts render once it is in. */
export const finderMessages: LazyCatalog<FinderMessages> = {
  en: {
    ...BASE_EN,
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
    byAppointment: 'By appointment',
    inProgress: 'In progress',
    startingSoon: 'Starting soon',
    showMore: (n) => `Show ${n} more`,
    empty: 'No meetings match these filters.',
    tryAnyDay: 'Try any day',
    clearFilters: 'Clear filters',
    skipped: (n) => (n === 1 ? '1 meeting in this list could not be shown.' : `${n} meetings in this list could not be shown.`),
    missing: 'The meeting in your link is no longer in this list.',
    errorNotData: 'This address does not give a list of meetings.',
    loadTitle: 'The meeting list could not be loaded',
    away: (d) => `${d} away`,
    view: 'View',
    list: 'List',
    map: 'Map',
    mapUnavailable: 'The map could not be loaded. The list still has every meeting.',
    showList: 'Show the list',
  },
  es: () => import('./messages-es.js').then((m) => m.es),
};
