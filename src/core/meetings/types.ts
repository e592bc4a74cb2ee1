/**
 * The Meeting Guide type-code catalog (87 codes, 9 languages; see types-data.ts for the
 * source and license) and label lookup. Unknown codes are kept by the adapters and shown as
 * themselves.
 */
import { TYPE_DATA, TYPE_LANGS } from './types-data.js';

export { TYPE_LANGS };

/** Every Meeting Guide code -> English label. */
export const TYPE_CODES: Readonly<Record<string, string>> = Object.freeze(
  Object.fromEntries(Object.entries(TYPE_DATA).map(([code, labels]) => [code, labels[0]])),
);

/**
 * Codes the 12 Step Meeting List plugin uses that the spec does not list. Kept apart so the
 * catalog stays exactly the spec's.
 */
const PLUGIN_EXTRAS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  ONL: { en: 'Online', es: 'En línea', fr: 'En ligne', pt: 'Online', nl: 'Online' },
};

function langOf(locale: string): string {
  return String(locale || 'en').toLowerCase().split(/[-_]/)[0];
}

/**
 * The label of `code` in `locale` ("es", "es-MX", ...): the locale's label, else English,
 * else the code itself. `extra` holds labels the feed defines (LoadResult.typeLabels).
 */
export function typeLabel(code: string, locale = 'en', extra?: Record<string, Record<string, string>>): string {
  const lang = langOf(locale);
  const row = TYPE_DATA[code];
  if (row) {
    const i = TYPE_LANGS.indexOf(lang as (typeof TYPE_LANGS)[number]);
    return (i >= 0 && row[i]) || row[0] || code;
  }
  const own = extra?.[code] ?? PLUGIN_EXTRAS[code];
  if (own) return own[lang] || own.en || Object.values(own)[0] || code;
  return code;
}

/** True for a code in the Meeting Guide catalog. */
export function isKnownType(code: string): boolean {
  return code in TYPE_DATA;
}

let reverse: Map<string, string> | null = null;

/** Folded label (any catalog language) or code -> code; used for spreadsheets that name types in words. */
export function typeCodeFromLabel(label: string): string | null {
  const s = label.trim();
  if (!s) return null;
  if (s in TYPE_DATA || s in PLUGIN_EXTRAS) return s;
  if (!reverse) {
    reverse = new Map();
    for (const [code, labels] of Object.entries(TYPE_DATA)) {
      for (const l of labels) if (l) reverse.set(foldLabel(l), code);
      reverse.set(code.toLowerCase(), code);
    }
    for (const [code, labels] of Object.entries(PLUGIN_EXTRAS)) {
      for (const l of Object.values(labels)) reverse.set(foldLabel(l), code);
    }
  }
  return reverse.get(foldLabel(s)) ?? null;
}

function foldLabel(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();
}
