/**
 * Meeting data core: feed adapters, the normalized model, type labels, the search and filter
 * engine, occurrences and "in progress", .ics and directions. Pure TypeScript: runs in the
 * browser, a worker and Node.
 */
export * from './model.js';
export { type LoadOptions } from './load.js';
// Every catalog language, registered before first use (the finder's engine loads them one by one instead).
export { loadMeetings, adaptCsv, typeLabel, typeCodeFromLabel } from './types-all.js';
export { detectFormat, type FormatOption } from './detect.js';
export { adaptMeetingGuide } from './meeting-guide.js';
export { adaptBmlt, bmltFormatMap, BMLT_KEY_TO_TYPE, BMLT_WORLD_TO_TYPE, type BmltFormat } from './bmlt.js';
export { parseCsv } from './csv.js';
export { parseTime, parseDays, safeUrl, safePhone, slugify, LIMITS } from './normalize.js';
export { isKnownType, TYPE_CODES, TYPE_LANGS, loadTypeLanguage, hasTypeLanguage, addTypeLanguage } from './types.js';
export { fold, queryWords } from './search.js';
export { distance, haversineKm, isValidCoordinates, EARTH_RADIUS_KM, KM_PER_MILE, type DistanceUnit } from './geo.js';
export {
  currentOrNextOccurrence,
  nextOccurrence,
  occurrencesBetween,
  meetingStatus,
  isInProgress,
  viewerTime,
  todayInZone,
  formatMinutes,
  type Occurrence,
  type MeetingStatus,
  type ViewerTime,
} from './occurrence.js';
export {
  createMeetingIndex,
  MeetingIndex,
  regionKey,
  timeOfDay,
  sortByDistance,
  TIME_BUCKETS,
  TIMES_OF_DAY,
  ATTENDANCE_FILTERS,
  type MeetingFilter,
  type QueryOptions,
  type QueryResult,
  type Facets,
  type TimeOfDay,
  type AttendanceFilter,
  type NearFilter,
  type SortOrder,
  type RegionNode,
} from './filter.js';
export { meetingToIcs, googleCalendarUrl, icsFileName, escapeText, foldLine, vtimezone, zoneTransitions, type IcsOptions, type ZoneTransition } from './ics.js';
export { directionsUrls, type DirectionsLinks, type DirectionsOptions } from './directions.js';
