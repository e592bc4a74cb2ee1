/**
 * Localized milestone labels (English and Spanish) built with Intl.PluralRules and
 * Intl.NumberFormat. Pure: no DOM.
 *
 * Each language is its own module (`text.ts` with English, `labels-es.ts`) so that an element
 * can ship English up front and load Spanish on demand with `labelIn` / `durationIn`, which
 * take the catalog; `milestoneLabel` / `durationLabel` here pick it from the locale.
 */
import { Formatter, canonicalLocale, pickLanguage } from '../i18n/index.js';
import type { BuiltInSchemeId, Milestone } from './schemes.js';
import { LABELS_EN, durationIn, labelIn, localizedText, type MilestoneLabelCatalog } from './text.js';
import { LABELS_ES } from './labels-es.js';

export * from './text.js';
export { LABELS_ES };

export type MilestoneLanguage = 'en' | 'es';

export const MILESTONE_LABELS: Readonly<Record<MilestoneLanguage, MilestoneLabelCatalog>> = { en: LABELS_EN, es: LABELS_ES };

/** The catalog language for a BCP 47 tag: 'es', 'es-MX', 'es-419' -> 'es'; anything else -> 'en'. */
export function milestoneLanguage(locale: string | null | undefined): MilestoneLanguage {
  return pickLanguage(locale, ['en', 'es']) as MilestoneLanguage;
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

/** "90 days" / "90 días", "1 year" / "1 año", "18 months" / "18 meses" (whole years shown as years). */
export function durationLabel(span: { days?: number; months?: number }, locale = 'en'): string {
  const [c, f] = forLocale(locale);
  return durationIn(c, span, f);
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
