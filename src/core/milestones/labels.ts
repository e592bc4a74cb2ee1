/**
 * Localized milestone labels (English and Spanish) built with Intl.PluralRules and
 * Intl.NumberFormat. Pure: no DOM.
 */
import type { BuiltInSchemeId, LocalizedText, Milestone, MilestoneTag } from './schemes.js';

export type MilestoneLanguage = 'en' | 'es';

/** Plural forms with a `{n}` placeholder; `other` is the fallback for any rule. */
export type PluralText = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

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

export const MILESTONE_LABELS: Readonly<Record<MilestoneLanguage, MilestoneLabelCatalog>> = {
  en: {
    welcome: 'Welcome',
    hours24: '24 hours',
    days: { one: '{n} day', other: '{n} days' },
    months: { one: '{n} month', other: '{n} months' },
    years: { one: '{n} year', other: '{n} years' },
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
  },
  es: {
    welcome: 'Bienvenida',
    hours24: '24 horas',
    days: { one: '{n} día', other: '{n} días' },
    months: { one: '{n} mes', other: '{n} meses' },
    years: { one: '{n} año', other: '{n} años' },
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
  },
};

function canonical(locale: string | null | undefined): string {
  if (!locale) return '';
  try {
    return Intl.getCanonicalLocales(String(locale).trim().replace(/_/g, '-'))[0] ?? '';
  } catch {
    return '';
  }
}

/** The catalog language for a BCP 47 tag: 'es', 'es-MX', 'es-419' -> 'es'; anything else -> 'en'. */
export function milestoneLanguage(locale: string | null | undefined): MilestoneLanguage {
  return canonical(locale).toLowerCase().split('-')[0] === 'es' ? 'es' : 'en';
}

const plurals = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();

/** The tag to format numbers with: the given one when its catalog exists ('es-MX'), else the catalog's language. */
function intlLocale(locale: string | null | undefined): string {
  const tag = canonical(locale);
  const lang = milestoneLanguage(locale);
  return tag && tag.toLowerCase().split('-')[0] === lang ? tag : lang;
}

function plural(forms: PluralText, n: number, locale: string): string {
  let rules = plurals.get(locale);
  if (!rules) plurals.set(locale, (rules = new Intl.PluralRules(locale)));
  let fmt = numbers.get(locale);
  if (!fmt) numbers.set(locale, (fmt = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 })));
  const form = forms[rules.select(n)] ?? forms.other;
  return form.replace('{n}', fmt.format(n));
}

/** "90 days" / "90 días", "1 year" / "1 año", "18 months" / "18 meses" (whole years shown as years). */
export function durationLabel(span: { days?: number; months?: number }, locale = 'en'): string {
  const lang = milestoneLanguage(locale);
  const c = MILESTONE_LABELS[lang];
  const loc = intlLocale(locale);
  if (span.months !== undefined) {
    return span.months > 0 && span.months % 12 === 0 ? plural(c.years, span.months / 12, loc) : plural(c.months, span.months, loc);
  }
  return plural(c.days, span.days ?? 0, loc);
}

/**
 * Picks the text for `locale` from a custom label: a string as is, or from a per-language
 * object the exact tag, then its language, then English, then the first non-empty value.
 */
export function localizedText(text: LocalizedText | undefined, locale = 'en'): string | undefined {
  if (text === undefined) return undefined;
  if (typeof text === 'string') return text;
  const tag = canonical(locale);
  const candidates = [tag, tag.toLowerCase(), tag.split('-')[0].toLowerCase(), 'en'];
  for (const key of candidates) {
    if (key && typeof text[key] === 'string' && text[key]) return text[key];
  }
  return Object.values(text).find((v) => typeof v === 'string' && v);
}

/** The label of a milestone in `locale` (en or es catalogs; other locales fall back to English). */
export function milestoneLabel(milestone: Milestone, locale = 'en'): string {
  const custom = localizedText(milestone.label, locale);
  if (custom) return custom;
  const c = MILESTONE_LABELS[milestoneLanguage(locale)];
  if (milestone.labelKey) return c[milestone.labelKey];
  return durationLabel(milestone, locale);
}

/** The keytag / chip colour name ("Orange", "Naranja"), or `undefined` for custom milestones. */
export function milestoneTagName(milestone: Milestone, locale = 'en'): string | undefined {
  return milestone.tag ? MILESTONE_LABELS[milestoneLanguage(locale)].tags[milestone.tag] : undefined;
}

/** The milestone's message in `locale`, if it has one. */
export function milestoneMessage(milestone: Milestone, locale = 'en'): string | undefined {
  return localizedText(milestone.message, locale);
}

/** Display name of a built-in scheme ("NA keytags" / "Llaveros de NA"). */
export function schemeName(id: BuiltInSchemeId, locale = 'en'): string {
  return MILESTONE_LABELS[milestoneLanguage(locale)].schemes[id];
}
