/**
 * The public core API with every catalog language: `recovery-kit/core/meetings` exports these
 * `typeLabel`, `typeCodeFromLabel`, `loadMeetings` and `adaptCsv`, which register all nine
 * languages before their first use (Node, workers, the validator CLI: nothing to load). The
 * finder's engine chunk uses types.ts directly and loads only the languages it shows.
 */
import { addTypeLanguage, typeCodeFromLabel as lookupCode, typeLabel as lookupLabel } from './types.js';
import { loadMeetings as load, type LoadOptions } from './load.js';
import { adaptCsv as csv } from './csv.js';
import type { AdapterOptions } from './meeting-guide.js';
import type { LoadResult } from './model.js';
import es from './types-lang/es.js';
import fr from './types-lang/fr.js';
import ja from './types-lang/ja.js';
import nl from './types-lang/nl.js';
import pt from './types-lang/pt.js';
import sk from './types-lang/sk.js';
import sv from './types-lang/sv.js';
import th from './types-lang/th.js';

let added = false;
function all(): void {
  if (added) return;
  added = true;
  for (const [lang, labels] of Object.entries({ es, fr, ja, nl, pt, sk, sv, th })) addTypeLanguage(lang, labels);
}

/**
 * The label of `code` in `locale` ("es", "es-MX", ...): the locale's label, else English,
 * else the code itself. `extra` holds labels the feed defines (LoadResult.typeLabels).
 */
export function typeLabel(code: string, locale = 'en', extra?: Record<string, Record<string, string>>): string {
  all();
  return lookupLabel(code, locale, extra);
}

/** Folded label (any catalog language) or code -> code; used for spreadsheets that name types in words. */
export function typeCodeFromLabel(label: string): string | null {
  all();
  return lookupCode(label);
}

/**
 * Reads a feed given as text (JSON or CSV) or as an already parsed JSON value. Bad records are
 * skipped or repaired and reported; throws `MeetingsInputError` only when the whole input is
 * unusable: 'invalid-json', 'empty-input', 'not-a-feed', 'invalid-time-zone'.
 */
export function loadMeetings(input: unknown, options?: LoadOptions): LoadResult {
  all();
  return load(input, options);
}

/** A CSV feed (Meeting Guide column names; types by code or by label in any catalog language). */
export function adaptCsv(input: string, options: AdapterOptions): LoadResult {
  all();
  return csv(input, options);
}
