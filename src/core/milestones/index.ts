/** Milestone schemes (built-in and custom), the milestone timeline and localized labels. Pure: no DOM. */
export * from './schemes.js';
export * from './labels.js';
export * from './custom.js';
export * from './status.js';
export * from './wall.js';
