/**
 * Localized milestone labels (English and Spanish) built with Intl.PluralRules and
 * Intl.NumberFormat. Pure: no DOM.
 *
 * Each language is its own constant ({@link LABELS_EN}, {@link LABELS_ES}) so that an element
 * can ship English up front and load Spanish on demand: `labelIn` / `durationIn` take the
 * catalog, `milestoneLabel` / `durationLabel` pick it from the locale (both languages).
 */
import { Formatter, canonicalLocale, type PluralForms } from '../i18n/index.js';
import type { BuiltInSchemeId, LocalizedText, Milestone, MilestoneTag } from './schemes.js';

export type MilestoneLanguage = 'en' | 'es';

/** Plural forms with `#` for the number; `other` is the fallback for any rule. */
export type PluralText = PluralForms;

export interface MilestoneLabelCatalog {
  welcome: string;
  hours24: string;
  days: PluralText;
  months: PluralText;
  years: PluralText;
  /** Keytag / chip colour names. */
  tags: Record<MilestoneTag, string>;
  /** Names of the built-in schemes. */
  schemes: Record<BuiltInSchemeId, string>;
}

export const LABELS_EN: MilestoneLabelCatalog = {
  welcome: 'Welcome',
  hours24: '24 hours',
  days: { one: '# day', other: '# days' },
  months: { one: '# month', other: '# months' },
  years: { one: '# year', other: '# years' },
  tags: {
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
  },
  schemes: { na: 'NA keytags', aa: 'AA chips', default: 'Milestones' },
};

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

export const MILESTONE_LABELS: Readonly<Record<MilestoneLanguage, MilestoneLabelCatalog>> = { en: LABELS_EN, es: LABELS_ES };

/** The catalog language for a BCP 47 tag: 'es', 'es-MX', 'es-419' -> 'es'; anything else -> 'en'. */
export function milestoneLanguage(locale: string | null | undefined): MilestoneLanguage {
  return canonicalLocale(locale).toLowerCase().split('-')[0] == 'es' ? 'es' : 'en';
}

const formatters = new Map<string, Formatter>();

/** The catalog and a formatter for `locale`: numbers follow the tag when its catalog exists ('es-MX'), else the catalog's language. */
function forLocale(locale: string): [MilestoneLabelCatalog, Formatter] {
  const lang = milestoneLanguage(locale);
  const tag = canonicalLocale(locale);
  const key = tag.toLowerCase().split('-')[0] == lang ? tag : lang;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Formatter(key)));
  return [MILESTONE_LABELS[lang], f];
}

/** "90 days", "1 year", "18 months" from catalog `c` (whole years shown as years). */
export function durationIn(c: MilestoneLabelCatalog, { days, months }: { days?: number; months?: number }, f: Formatter): string {
  return months === undefined
    ? f.plural(days ?? 0, c.days)
    : months > 0 && months % 12 == 0
      ? f.plural(months / 12, c.years)
      : f.plural(months, c.months);
}

/** "90 days" / "90 días", "1 year" / "1 año", "18 months" / "18 meses" (whole years shown as years). */
export function durationLabel(span: { days?: number; months?: number }, locale = 'en'): string {
  const [c, f] = forLocale(locale);
  return durationIn(c, span, f);
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
export function labelIn(c: MilestoneLabelCatalog, milestone: Milestone, f: Formatter, locale = f.locale): string {
  return localizedText(milestone.label, locale) || (milestone.labelKey ? c[milestone.labelKey] : durationIn(c, milestone, f));
}

/** The label of a milestone in `locale` (en or es catalogs; other locales fall back to English). */
export function milestoneLabel(milestone: Milestone, locale = 'en'): string {
  const [c, f] = forLocale(locale);
  return labelIn(c, milestone, f, locale);
}

/** The keytag / chip colour name ("Orange", "Naranja"), or `undefined` for custom milestones. */
export function milestoneTagName(milestone: Milestone, locale = 'en'): string | undefined {
  return milestone.tag && MILESTONE_LABELS[milestoneLanguage(locale)].tags[milestone.tag];
}

/** The milestone's message in `locale`, if it has one. */
export function milestoneMessage(milestone: Milestone, locale = 'en'): string | undefined {
  return localizedText(milestone.message, locale);
}

/** Display name of a built-in scheme ("NA keytags" / "Llaveros de NA"). */
export function schemeName(id: BuiltInSchemeId, locale = 'en'): string {
  return MILESTONE_LABELS[milestoneLanguage(locale)].schemes[id];
}
