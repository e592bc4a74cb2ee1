/** Calendar dates, zones and the sober-time engine. Pure: no DOM. */
export * from './calendar.js';
export * from './sober.js';
