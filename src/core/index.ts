/** recovery-kit/core: the pure logic (no DOM), for servers, workers and other frameworks. */
export * from './time/index.js';
export * from './i18n/index.js';
export * from './milestones/index.js';
export * from './color.js';
export * from './html/index.js';
export * from './faq/index.js';
