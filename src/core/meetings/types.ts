/**
 * The Meeting Guide type-code catalog (87 codes in 9 languages, from the spec's types.json;
 * see types-data.ts for the source and license) and label lookup. Unknown codes are kept by
 * the adapters and shown as themselves.
 *
 * This module holds the codes with their English labels only. The other eight languages are
 * one small module each in `types-lang/`, loaded with `loadTypeLanguage()` (an `import()`, so
 * a bundle downloads only the languages its viewers use: what `<rk-meeting-provider>` does) or
 * all at once by `recovery-kit/core/meetings` (see types-all.ts), whose `typeLabel` and
 * `typeCodeFromLabel` always know every language.
 *
 * Regenerating the catalog: types-data.ts is `{ code: types.json[code].en }` and
 * types-lang/<lang>.ts is `{ code: types.json[code][lang] }` (empty labels left out), both in
 * types.json's order.
 */
import { TYPE_EN } from './types-data.js';

/** The catalog's languages (English first). */
export const TYPE_LANGS = ['en', 'es', 'fr', 'ja', 'nl', 'pt', 'sk', 'sv', 'th'] as const;

/** Every Meeting Guide code -> English label. */
export const TYPE_CODES: Readonly<Record<string, string>> = Object.freeze({ ...TYPE_EN });

/**
 * Codes the 12 Step Meeting List plugin uses that the spec does not list. Kept apart so the
 * catalog stays exactly the spec's.
 */
const PLUGIN_EXTRAS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  ONL: { en: 'Online', es: 'En línea', fr: 'En ligne', pt: 'Online', nl: 'Online' },
};

const own = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/** Labels by language: English always; the others once loaded (or registered). */
const catalogs: Record<string, Readonly<Record<string, string>>> = { en: TYPE_EN };
const pending: Record<string, Promise<void> | undefined> = {};
let reverse: Map<string, string> | null = null;

function langOf(locale: string): string {
  return String(locale || 'en').toLowerCase().split(/[-_]/)[0];
}

/** Adds (or replaces) the labels of one language: `{ code: label }`. */
export function addTypeLanguage(lang: string, labels: Readonly<Record<string, string>>): void {
  catalogs[langOf(lang)] = labels;
  reverse = null;
}

/**
 * True when labels for `locale` need no loading: its language is loaded, or the catalog does
 * not have it (then English is its label, already here).
 */
export function hasTypeLanguage(locale: string): boolean {
  const lang = langOf(locale);
  return own(catalogs, lang) || !(TYPE_LANGS as readonly string[]).includes(lang);
}

function importLanguage(lang: string): Promise<{ default: Readonly<Record<string, string>> }> {
  // One literal import() per language, so bundlers make one small chunk of each.
  switch (lang) {
    case 'es':
      return import('./types-lang/es.js');
    case 'fr':
      return import('./types-lang/fr.js');
    case 'ja':
      return import('./types-lang/ja.js');
    case 'nl':
      return import('./types-lang/nl.js');
    case 'pt':
      return import('./types-lang/pt.js');
    case 'sk':
      return import('./types-lang/sk.js');
    case 'sv':
      return import('./types-lang/sv.js');
    default:
      return import('./types-lang/th.js');
  }
}

/**
 * Loads the labels of `locale`'s language (one request per language and page, shared by every
 * caller). Resolves at once for English and for languages the catalog does not have; a failed
 * load rejects and may be tried again (until then labels are English).
 */
export function loadTypeLanguage(locale: string): Promise<void> {
  const lang = langOf(locale);
  if (hasTypeLanguage(lang)) return Promise.resolve();
  return (pending[lang] ??= importLanguage(lang).then(
    (m) => addTypeLanguage(lang, m.default),
    (e: unknown) => {
      pending[lang] = undefined;
      throw e;
    },
  ));
}

/**
 * The label of `code` in `locale` ("es", "es-MX", ...): the locale's label, else English,
 * else the code itself. `extra` holds labels the feed defines (LoadResult.typeLabels).
 * Languages other than English must be loaded first (`loadTypeLanguage`); until then their
 * labels are English.
 */
export function typeLabel(code: string, locale = 'en', extra?: Record<string, Record<string, string>>): string {
  const lang = langOf(locale);
  if (own(TYPE_EN, code)) return (own(catalogs, lang) && catalogs[lang][code]) || TYPE_EN[code] || code;
  const labels = extra?.[code] ?? (own(PLUGIN_EXTRAS, code) ? PLUGIN_EXTRAS[code] : undefined);
  if (labels) return labels[lang] || labels.en || Object.values(labels)[0] || code;
  return code;
}

/** True for a code in the Meeting Guide catalog. */
export function isKnownType(code: string): boolean {
  return own(TYPE_EN, code);
}

/**
 * Folded label (in any language loaded) or code -> code; used for spreadsheets that name
 * types in words.
 */
export function typeCodeFromLabel(label: string): string | null {
  const s = label.trim();
  if (!s) return null;
  if (own(TYPE_EN, s) || own(PLUGIN_EXTRAS, s)) return s;
  if (!reverse) {
    reverse = new Map();
    const langs = [...TYPE_LANGS, ...Object.keys(catalogs)].filter((l, i, all) => own(catalogs, l) && all.indexOf(l) === i);
    for (const code of Object.keys(TYPE_EN)) {
      for (const lang of langs) {
        const l = catalogs[lang][code];
        if (l) reverse.set(foldLabel(l), code);
      }
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
