import { INVALID_DATE_EN } from '../../base/load-messages.js';
import type { LazyCatalog, PluralForms } from '../../core/i18n/index.js';
import { UNITS_EN, type LabelUnits } from '../../core/milestones/text.js';

/**
 * Counter texts. Plural forms put the number (formatted for the locale) in place of `#`;
 * `labels` gives "N days / months / years" and the milestone names. English ships with the
 * element; Spanish loads on demand (`messages-es.ts`), and the counter renders once it is in.
 * The date form's texts are in `form.ts`, which loads only with `editable`.
 */
export type CounterMessages = {
  labels: LabelUnits;
  dayWord: PluralForms;
  hours: PluralForms;
  minutes: PluralForms;
  /**
   * `n` days (already formatted in `count`) until the milestone `label`: "78 days until 18
   * months"; "Tomorrow: 4 years" for one day; "Next: 30 days" on day 0, where the count would
   * only repeat the label ("30 days until 30 days").
   */
  until: (n: number, count: string, label: string) => string;
  today: (label: string) => string;
  startsIn: (n: number, count: string) => string;
  startsOn: (date: string) => string;
  money: (amount: string) => string;
  time: (span: string) => string;
  invalid: (input: string) => string;
  noDate: string;
  zone: (asked: string, used: string) => string;
  reached: (label: string) => string;
  nowDays: (count: string) => string;
};

export const counterMessages: LazyCatalog<CounterMessages> = {
  en: {
    labels: UNITS_EN,
    dayWord: { one: 'day', other: 'days' },
    hours: { one: '# hour', other: '# hours' },
    minutes: { one: '# minute', other: '# minutes' },
    until: (n, count, label) => (n == 1 ? `Tomorrow: ${label}` : count == label ? `Next: ${label}` : `${count} until ${label}`),
    today: (label) => `Today: ${label}!`,
    startsIn: (n, count) => (n ? `Starts in ${count}` : 'Starts later today'),
    startsOn: (date) => `Start date: ${date}`,
    money: (amount) => `${amount} saved`,
    time: (span) => `${span} of time back`,
    invalid: INVALID_DATE_EN,
    noDate: 'No start date yet.',
    zone: (asked, used) => `Time zone “${asked}” is not known here; counting in ${used}.`,
    reached: (label) => `Milestone reached: ${label}!`,
    nowDays: (count) => `Now ${count}.`,
  },
  es: () => import('./messages-es.js').then((m) => m.es),
};
