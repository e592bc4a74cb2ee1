import type { LazyCatalog } from '../../core/i18n/index.js';
import { BASE_EN, INVALID_DATE_EN, type BaseMessages } from '../../base/load-messages.js';

export type MilestoneWallMessages = BaseMessages & {
  label: string;
  week: string;
  month: string;
  earlier: string;
  empty: string;
  skipped: (n: number) => string;
  /** The button under a group with more cards than shown: the next page's count. */
  showMore: (n: number) => string;
  errorTitle: string;
  /** An unreadable `now` (attribute or provider), with what was given. */
  invalidNow: (now: string) => string;
};

/** English ships with the wall; Spanish loads on demand (`messages-es.ts`). */
export const wallMessages: LazyCatalog<MilestoneWallMessages> = {
  en: {
    ...BASE_EN,
    label: 'Milestone celebrations',
    week: 'This week',
    month: 'This month',
    earlier: 'Earlier',
    empty: 'No celebrations yet.',
    skipped: (n) => (n == 1 ? '1 entry could not be shown.' : `${n} entries could not be shown.`),
    showMore: (n) => `Show ${n} more`,
    errorTitle: 'Could not load the celebrations',
    errorNotData: 'This address does not give a list of celebrations.',
    invalidNow: INVALID_DATE_EN,
  },
  es: () => import('./messages-es.js').then((m) => m.es),
};
