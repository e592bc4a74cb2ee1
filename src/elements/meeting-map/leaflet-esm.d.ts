// Leaflet's ES module build has no types of its own; it exports what @types/leaflet describes.
declare module 'leaflet/dist/leaflet-src.esm.js' {
  export * from 'leaflet';
}
