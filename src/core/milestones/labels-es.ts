import type { LabelUnits, MilestoneLabelCatalog } from './text.js';
import type { MilestoneTag } from './schemes.js';

/** Spanish milestone labels (a module of its own so elements can load it on demand). */
export const UNITS_ES: LabelUnits = {
  welcome: 'Bienvenida',
  hours24: '24 horas',
  days: { one: '# día', other: '# días' },
  months: { one: '# mes', other: '# meses' },
  years: { one: '# año', other: '# años' },
};

export const TAGS_ES: Record<MilestoneTag, string> = {
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
};

export const LABELS_ES: MilestoneLabelCatalog = /* @__PURE__ */ Object.assign(
  { tags: TAGS_ES, schemes: { na: 'Llaveros de NA', aa: 'Fichas de AA', default: 'Hitos' } },
  UNITS_ES,
);
