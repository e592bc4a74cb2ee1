export * from './items.js';
export * from './jsonld.js';
export * from './search.js';
