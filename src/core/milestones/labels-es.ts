import type { MilestoneLabelCatalog } from './text.js';

/** Spanish milestone labels (a module of its own so elements can load it on demand). */
export const LABELS_ES: MilestoneLabelCatalog = {
  welcome: 'Bienvenida',
  hours24: '24 horas',
  days: { one: '# día', other: '# días' },
  months: { one: '# mes', other: '# meses' },
  years: { one: '# año', other: '# años' },
  tags: {
    white: 'Blanco',
    orange: 'Naranja',
    green: 'Verde',
    red: 'Rojo',
    blue: 'Azul',
    yellow: 'Amarillo',
    glow: 'Fosforescente',
    grey: 'Gris',
    black: 'Negro',
    silver: 'Plateado',
    gold: 'Dorado',
    purple: 'Morado',
    bronze: 'Bronce',
  },
  schemes: { na: 'Llaveros de NA', aa: 'Fichas de AA', default: 'Hitos' },
};

