import { BASE_ES, INVALID_DATE_ES } from '../../base/load-messages-es.js';
import type { MilestoneWallMessages } from './messages.js';

/** Spanish texts of the wall, loaded on demand. */
export const es: MilestoneWallMessages = {
  ...BASE_ES,
  label: 'Celebraciones de hitos',
  week: 'Esta semana',
  month: 'Este mes',
  earlier: 'Antes',
  empty: 'Todavía no hay celebraciones.',
  skipped: (n) => (n == 1 ? 'No se pudo mostrar 1 entrada.' : `No se pudieron mostrar ${n} entradas.`),
  showMore: (n) => `Mostrar ${n} más`,
  errorTitle: 'No se pudieron cargar las celebraciones',
  errorNotData: 'Esta dirección no da una lista de celebraciones.',
  invalidNow: INVALID_DATE_ES,
};
