/**
 * Which adapter reads an input: Meeting Guide JSON, BMLT JSON or CSV. Decided from the shape,
 * not from a URL or a content type (feeds are often served as text/html or text/plain).
 */
import { MeetingsInputError, type FeedFormat } from './model.js';
import { looksLikeCsv } from './csv.js';
import { isPlainObject } from './meeting-guide.js';

export type FormatOption = 'auto' | FeedFormat;

const BMLT_KEYS = ['id_bigint', 'meeting_name', 'weekday_tinyint', 'start_time', 'venue_type'];
const MG_KEYS = ['slug', 'day', 'time', 'types', 'formatted_address', 'conference_url', 'attendance_option', 'location', 'end_time'];

function sampleKind(records: unknown[]): FeedFormat | null {
  let bmlt = 0;
  let mg = 0;
  let seen = 0;
  for (let i = 0; i < records.length && seen < 25; i++) {
    const r = records[i];
    if (!isPlainObject(r)) continue;
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

/**
 * Detects the format of raw text or an already parsed value. Returns the format and the parsed
 * value (for JSON) so nothing is parsed twice. Throws MeetingsInputError when no format fits.
 */
export function detectFormat(input: unknown): { format: FeedFormat; value: unknown } {
  let value = input;
  if (typeof input === 'string') {
    const s = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
    const head = s.trimStart();
    if (!head) throw new MeetingsInputError('empty-input');
    if (head[0] === '[' || head[0] === '{') value = parseJson(s);
    else if (looksLikeCsv(s)) return { format: 'csv', value: input };
    else throw new MeetingsInputError('not-a-feed', head[0] === '<' ? 'markup' : 'unrecognized text');
  }
  if (Array.isArray(value)) {
    const kind = sampleKind(value);
    if (!kind) throw new MeetingsInputError('not-a-feed', 'array without meetings');
    return { format: kind, value };
  }
  if (isPlainObject(value) && Array.isArray(value.meetings)) {
    const kind = Array.isArray(value.formats) ? 'bmlt' : sampleKind(value.meetings);
    if (!kind) throw new MeetingsInputError('not-a-feed', 'meetings without meetings');
    return { format: kind, value };
  }
  throw new MeetingsInputError('not-a-feed', value === null ? 'null' : typeof value);
}
