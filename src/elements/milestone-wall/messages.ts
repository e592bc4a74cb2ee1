import type { Catalog } from '../../core/i18n/index.js';
import { baseMessages, type BaseMessages } from '../../base/messages.js';

export type MilestoneWallMessages = BaseMessages & {
  label: string;
  week: string;
  month: string;
  earlier: string;
  empty: string;
  skipped: (n: number) => string;
  errorTitle: string;
};

export const wallMessages: Catalog<MilestoneWallMessages> = {
  en: {
    ...baseMessages.en,
    label: 'Milestone celebrations',
    week: 'This week',
    month: 'This month',
    earlier: 'Earlier',
    empty: 'No celebrations yet.',
    skipped: (n) => (n === 1 ? '1 entry could not be shown.' : `${n} entries could not be shown.`),
    errorTitle: 'Could not load the celebrations',
  },
  es: {
    ...baseMessages.es!,
    label: 'Celebraciones de hitos',
    week: 'Esta semana',
    month: 'Este mes',
    earlier: 'Antes',
    empty: 'Todavía no hay celebraciones.',
    skipped: (n) => (n === 1 ? 'No se pudo mostrar 1 entrada.' : `No se pudieron mostrar ${n} entradas.`),
    errorTitle: 'No se pudieron cargar las celebraciones',
  },
};
