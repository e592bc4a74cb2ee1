/** recovery-kit/core: the pure logic (no DOM), for servers, workers and other frameworks. */
export * from './time/calendar.js';
export * from './i18n/index.js';
