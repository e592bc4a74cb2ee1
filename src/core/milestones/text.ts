/**
 * Milestone label texts: the catalog shape, English, and the functions that build a label from
 * a catalog. Pure: no DOM. Elements ship this with English and load Spanish (`labels-es.ts`) on
 * demand; `labels.ts` has the locale-based API with both languages.
 */
import { canonicalLocale, type Formatter, type PluralForms } from '../i18n/index.js';
import type { BuiltInSchemeId, LocalizedText, Milestone, MilestoneTag } from './schemes.js';

/** Plural forms with `#` for the number; `other` is the fallback for any rule. */
export type PluralText = PluralForms;

/** What a milestone's label is built from (see {@link labelIn}). */
export interface LabelUnits {
  welcome: string;
  hours24: string;
  days: PluralText;
  months: PluralText;
  years: PluralText;
}

export interface MilestoneLabelCatalog extends LabelUnits {
  /** Keytag / chip colour names. */
  tags: Record<MilestoneTag, string>;
  /** Names of the built-in schemes. */
  schemes: Record<BuiltInSchemeId, string>;
}

export const UNITS_EN: LabelUnits = {
  welcome: 'Welcome',
  hours24: '24 hours',
  days: { one: '# day', other: '# days' },
  months: { one: '# month', other: '# months' },
  years: { one: '# year', other: '# years' },
};

export const TAGS_EN: Record<MilestoneTag, string> = {
  white: 'White',
  orange: 'Orange',
  green: 'Green',
  red: 'Red',
  blue: 'Blue',
  yellow: 'Yellow',
  glow: 'Glow in the dark',
  grey: 'Grey',
  black: 'Black',
  silver: 'Silver',
  gold: 'Gold',
  purple: 'Purple',
  bronze: 'Bronze',
};

/** English labels, tag and scheme names (separate constants above, so an element takes only what it shows). */
export const LABELS_EN: MilestoneLabelCatalog = /* @__PURE__ */ Object.assign(
  { tags: TAGS_EN, schemes: { na: 'NA keytags', aa: 'AA chips', default: 'Milestones' } },
  UNITS_EN,
);

/** "90 days", "1 year", "18 months" from catalog `c` (whole years shown as years). */
export function durationIn(c: LabelUnits, { days, months }: { days?: number; months?: number }, f: Formatter): string {
  return months === undefined
    ? f.plural(days ?? 0, c.days)
    : months > 0 && months % 12 == 0
      ? f.plural(months / 12, c.years)
      : f.plural(months, c.months);
}

/**
 * Picks the text for `locale` from a custom label: a string as is, or from a per-language
 * object the exact tag, then its language, then English, then the first non-empty value.
 */
export function localizedText(text: LocalizedText | undefined, locale = 'en'): string | undefined {
  if (typeof text != 'object') return text;
  const tag = canonicalLocale(locale);
  for (const key of [tag, tag.toLowerCase(), tag.split('-')[0].toLowerCase(), 'en']) if (text[key]) return text[key];
  return Object.values(text).find((v) => v);
}

/** The label of a milestone from catalog `c`, numbers formatted by `f`, custom labels picked for `locale`. */
export function labelIn(c: LabelUnits, milestone: Milestone, f: Formatter, locale = f.locale): string {
  return localizedText(milestone.label, locale) || (milestone.labelKey ? c[milestone.labelKey] : durationIn(c, milestone, f));
}

