/**
 * Locale resolution and Intl-based formatting. No DOM; no page-wide state: every element
 * (or server-side caller) makes its own {@link Formatter} for the locale it resolved.
 */

/** Languages every element ships a catalog for. */
export const SUPPORTED_LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];

/** Messages are strings or functions that build a string from arguments and a formatter. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type MessageValue = string | ((...args: any[]) => string);
/** A language's messages: strings, functions, or data a message is built from (plural forms, label tables). */
export type Messages = Record<string, MessageValue | object>;

/** A catalog: English is required (the fallback), other languages complete the same shape. */
export type Catalog<M extends Messages> = { en: M } & { [lang: string]: M | undefined };

/** A catalog whose other languages may load on demand: `{ en, es: () => import('./es.js').then((m) => m.es) }`. */
export type LazyCatalog<M extends Messages> = { en: M } & { [lang: string]: M | (() => Promise<M>) | undefined };

/** Canonical BCP 47 tag, or '' when the input is not a valid tag. */
export function canonicalLocale(tag: string | null | undefined): string {
  try {
    return (tag && Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-'))[0]) || '';
  } catch {
    return '';
  }
}

/** The catalog language for a tag: 'es-MX' -> 'es'; unknown -> 'en'. */
export function pickLanguage(tag: string | null | undefined, available: readonly string[] = SUPPORTED_LANGUAGES): string {
  const canon = canonicalLocale(tag).toLowerCase();
  const base = canon.split('-')[0];
  return available.includes(canon) ? canon : available.includes(base) ? base : 'en';
}

export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Formatting for one locale, with the Intl objects cached. */
export class Formatter {
  readonly locale: string;
  private readonly cache = new Map<string, { format(...a: never[]): string; select?(n: number): string }>();

  constructor(locale: string) {
    this.locale = canonicalLocale(locale) || 'en';
  }

  /** The cached `Intl[type]` for these options. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  private intl(type: 'NumberFormat' | 'PluralRules' | 'ListFormat' | 'DateTimeFormat', options?: object): any {
    const key = type + JSON.stringify(options);
    let v = this.cache.get(key);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    if (!v) this.cache.set(key, (v = new (Intl[type] as any)(this.locale, options)));
    return v;
  }

  number(n: number, options?: Intl.NumberFormatOptions): string {
    return this.intl('NumberFormat', options).format(n);
  }

  /** Currency amount; falls back to a plain number for an unknown currency code. */
  currency(n: number, currency: string, options?: Intl.NumberFormatOptions): string {
    try {
      return this.number(n, { style: 'currency', currency, ...options });
    } catch {
      return this.number(n, { maximumFractionDigits: 2, ...options });
    }
  }

  /** Chooses the plural form for `n` and puts the formatted number in place of `#`. */
  plural(n: number, forms: PluralForms, options?: Intl.NumberFormatOptions): string {
    return (forms[this.intl('PluralRules').select(n) as Intl.LDMLPluralRule] ?? forms.other).replace(/#/g, this.number(n, options));
  }

  list(items: readonly string[], type: 'conjunction' | 'disjunction' | 'unit' = 'conjunction'): string {
    return this.intl('ListFormat', { type }).format(items);
  }

  /** Date/time formatting of an instant, in a given zone (UTC when the zone is unknown). */
  dateTime(instant: number, options: Intl.DateTimeFormatOptions): string {
    try {
      return this.intl('DateTimeFormat', options).format(instant);
    } catch (e) {
      if (options.timeZone == 'UTC') throw e;
      return this.dateTime(instant, { ...options, timeZone: 'UTC' });
    }
  }

  /** A calendar date (year, month 1-12, day) formatted without any zone shift. */
  calendarDate(d: { year: number; month: number; day: number }, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
    return this.dateTime(Date.UTC(d.year, d.month - 1, d.day, 12), { ...options, timeZone: 'UTC' });
  }
}

/** Minutes after midnight as a localized time of day ("7:30 PM", "19:30"). A function, not a method: only the finder uses it. */
export function formatTimeOfDay(f: Formatter, minutes: number, options: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' }): string {
  return f.dateTime(Date.UTC(2000, 0, 1, 0, minutes % 1440), { ...options, timeZone: 'UTC' });
}

/** A weekday name, 0 = Sunday ... 6 = Saturday. */
export function weekdayName(f: Formatter, day: number, style: 'long' | 'short' = 'long'): string {
  // 2000-01-02 was a Sunday.
  return f.dateTime(Date.UTC(2000, 0, 2 + day, 12), { weekday: style, timeZone: 'UTC' });
}
