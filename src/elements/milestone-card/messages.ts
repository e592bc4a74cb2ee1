import type { LazyCatalog } from '../../core/i18n/index.js';
import { BASE_EN, INVALID_DATE_EN, type BaseMessages } from '../../base/load-messages.js';
import { TAGS_EN, UNITS_EN, type LabelUnits } from '../../core/milestones/text.js';
import type { MilestoneTag } from '../../core/milestones/schemes.js';

/**
 * Card texts. English ships with the card; Spanish loads on demand (`messages-es.ts`) and the
 * card renders once it is in. The texts about a custom scheme are in `scheme-src.ts`.
 */
export type MilestoneCardMessages = BaseMessages & {
  /** What milestone names are built from ("90 days", "Welcome"). */
  labels: LabelUnits;
  /** Keytag / chip colour names. */
  tags: Record<MilestoneTag, string>;
  /** Heading when no milestone is reached yet (a future date, or before the first one). */
  fresh: string;
  congrats: (name: string) => string;
  welcome: (name: string) => string;
  startsIn: (days: string) => string;
  next: (label: string, days: string) => string;
  since: (date: string) => string;
  keytag: (color: string) => string;
  chip: (color: string) => string;
  invalid: string;
  /** An unreadable `now` (attribute or provider), with what was given. */
  invalidNow: (now: string) => string;
  share: string;
  download: string;
  downloaded: string;
  imageFailed: string;
};

export const cardMessages: LazyCatalog<MilestoneCardMessages> = {
  en: {
    ...BASE_EN,
    labels: UNITS_EN,
    tags: TAGS_EN,
    fresh: 'A fresh start',
    congrats: (name) => `Congratulations${name && `, ${name}`}! Keep coming back.`,
    welcome: (name) => `Welcome${name && `, ${name}`}. We are glad you are here.`,
    startsIn: (days) => `Starts in ${days}.`,
    // Day 0: "Next: 30 days", not "Next: 30 days, in 30 days".
    next: (label, days) => `Next: ${label}${days == label ? '' : `, in ${days}`}`,
    since: (date) => `Since ${date}`,
    keytag: (color) => `${color} keytag`,
    chip: (color) => `${color} chip`,
    invalid: 'Add a sobriety date (YYYY-MM-DD) or a number of days.',
    invalidNow: INVALID_DATE_EN,
    share: 'Share image',
    download: 'Download image',
    downloaded: 'Image downloaded.',
    imageFailed: 'Sorry, the image could not be made.',
  },
  es: () => import('./messages-es.js').then((m) => m.es),
};
