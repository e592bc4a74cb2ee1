/**
 * Which adapter reads an input: Meeting Guide JSON, BMLT JSON or CSV. Decided from the shape,
 * not from a URL or a content type (feeds are often served as text/html or text/plain).
 */
import { MeetingsInputError, type FeedFormat } from './model.js';
import { looksLikeCsv } from './csv.js';
import { unwrapJsonp } from './jsonp.js';
import { isPlainObject } from './meeting-guide.js';

export { unwrapJsonp };

export type FormatOption = 'auto' | FeedFormat;

const BMLT_KEYS = ['id_bigint', 'meeting_name', 'weekday_tinyint', 'start_time', 'venue_type'];
const MG_KEYS = ['slug', 'day', 'time', 'types', 'formatted_address', 'conference_url', 'attendance_option', 'location', 'end_time'];

function sampleKind(records: unknown[]): FeedFormat | null {
  let bmlt = 0;
  let mg = 0;
  let seen = 0;
  for (let i = 0; i < records.length && seen < 25; i++) {
    const r = records[i];
    // BMLT GetFieldValues rows ({ meeting_name, ids }) are not meetings.
    if (!isPlainObject(r) || 'ids' in r) continue;
    seen++;
    if (BMLT_KEYS.some((k) => k in r)) bmlt++;
    else if (MG_KEYS.some((k) => k in r)) mg++;
  }
  if (!seen) return records.length ? null : 'meeting-guide';
  if (bmlt > mg) return 'bmlt';
  if (mg > 0) return 'meeting-guide';
  return null;
}

/** Parses JSON text, turning a syntax error into a typed error. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new MeetingsInputError('invalid-json', e instanceof Error ? e.message : '');
  }
}

/** JSON text of a feed: a BOM dropped and a JSONP wrapper taken off. Throws 'invalid-json'. */
export function parseFeedJson(text: string): unknown {
  const s = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).trimStart();
  return parseJson(s[0] === '[' || s[0] === '{' ? s : (unwrapJsonp(s) ?? s));
}

/** Property names a feed wrapped in an object keeps its records under, besides `meetings`. */
export const FEED_WRAPPERS: readonly string[] = ['data', 'results', 'items', 'records', 'rows'];

const own = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/**
 * A feed value with its wrapper taken off: an array as is; `{ meetings: [...] }` as is (BMLT
 * sends `{ meetings, formats }`); the array of `{ data: [...] }`, `{ results: [...] }`,
 * `{ items: [...] }`, `{ records: [...] }` or `{ rows: [...] }` when it is the object's only
 * array of those names and holds meeting-shaped objects; the values of an object keyed by id
 * (`{"12": {...}, "15": {...}}`) that look like meetings. Null for anything else.
 */
export function unwrapFeed(value: unknown): unknown[] | Record<string, unknown> | null {
  if (Array.isArray(value)) return value;
  if (!isPlainObject(value)) return null;
  if (own(value, 'meetings') && Array.isArray(value.meetings)) return value;
  let found: unknown[] | null = null;
  for (const name of FEED_WRAPPERS) {
    const v = own(value, name) ? value[name] : undefined;
    if (!Array.isArray(v)) continue;
    if (found) return null; // two candidates: not guessed
    found = v;
  }
  // No wrapper: an object keyed by id (PHP's json_encode of a filtered array, `{"1": {...}}`)
  // is a feed when its values look like meetings.
  found ??= Object.values(value);
  return found.length && sampleKind(found) ? found : null;
}

/**
 * Detects the format of raw text or an already parsed value. Returns the format and the parsed
 * value (for JSON; a wrapped feed's records, see {@link unwrapFeed}) so nothing is parsed twice.
 * Throws MeetingsInputError when no format fits.
 */
export function detectFormat(input: unknown): { format: FeedFormat; value: unknown } {
  let value = input;
  if (typeof input === 'string') {
    const s = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
    const head = s.trimStart();
    if (!head) throw new MeetingsInputError('empty-input');
    if (head[0] === '[' || head[0] === '{') value = parseJson(s);
    else {
      const jsonp = unwrapJsonp(head);
      if (jsonp !== null) value = parseJson(jsonp);
      else if (looksLikeCsv(s)) return { format: 'csv', value: input };
      else throw new MeetingsInputError('not-a-feed', head[0] === '<' ? 'markup' : 'unrecognized text');
    }
  }
  const feed = unwrapFeed(value);
  if (Array.isArray(feed)) {
    const kind = sampleKind(feed);
    if (!kind) throw new MeetingsInputError('not-a-feed', 'array without meetings');
    return { format: kind, value: feed };
  }
  if (feed) {
    const kind = Array.isArray(feed.formats) ? 'bmlt' : sampleKind(feed.meetings as unknown[]);
    if (!kind) throw new MeetingsInputError('not-a-feed', 'meetings without meetings');
    return { format: kind, value: feed };
  }
  throw new MeetingsInputError('not-a-feed', value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);
}
