export * from './url.js';
export * from './sanitize.js';
export { decodeEntities } from './entities.js';
