/** `loadMeetings`: any supported input -> normalized meetings, with skipped and repaired records reported. */
import { isValidTimeZone, systemTimeZone } from '../time/calendar.js';
import { adaptBmlt } from './bmlt.js';
import { adaptCsv, looksLikeCsv } from './csv.js';
import { detectFormat, parseFeedJson, unwrapFeed, type FormatOption } from './detect.js';
import { adaptMeetingGuide } from './meeting-guide.js';
import { MeetingsInputError, type LoadResult } from './model.js';

export interface LoadOptions {
  /** Default 'auto'. */
  format?: FormatOption;
  /** IANA zone for records without their own (the page's zone for the feed). Default: the viewer's zone. */
  timeZone?: string;
  /** BMLT format definitions for a bare-array reply (e.g. the contents of GetFormats). */
  formats?: unknown;
}

/**
 * Reads a feed given as text (JSON or CSV) or as an already parsed JSON value. Bad records are
 * skipped or repaired and reported; throws {@link MeetingsInputError} only when the whole input
 * is unusable: 'invalid-json', 'empty-input', 'not-a-feed', 'invalid-time-zone'.
 */
export function loadMeetings(input: unknown, options: LoadOptions = {}): LoadResult {
  const timeZone = options.timeZone ?? systemTimeZone();
  if (!isValidTimeZone(timeZone)) throw new MeetingsInputError('invalid-time-zone', String(timeZone));
  const format = options.format ?? 'auto';
  let value: unknown = input;
  let kind = format;
  if (format === 'auto') {
    const d = detectFormat(input);
    kind = d.format;
    value = d.value;
  } else if (format === 'csv') {
    if (typeof input !== 'string') throw new MeetingsInputError('not-a-feed', 'csv needs text');
    if (!input.trim()) throw new MeetingsInputError('empty-input');
    // Asked for CSV but given something else (JSON, an HTML page): say so instead of 0 meetings.
    if (!looksLikeCsv(input)) throw new MeetingsInputError('not-a-feed', 'csv without a name column');
  } else if (format === 'meeting-guide' || format === 'bmlt') {
    if (typeof input === 'string') {
      if (!input.trim()) throw new MeetingsInputError('empty-input');
      value = parseFeedJson(input);
    }
  } else throw new MeetingsInputError('unknown-format', String(format));

  switch (kind) {
    case 'csv':
      return adaptCsv(value as string, { timeZone });
    case 'bmlt': {
      const feed = unwrapFeed(value);
      if (!feed) throw new MeetingsInputError('not-a-feed', 'bmlt');
      return adaptBmlt(feed, { timeZone, formats: options.formats });
    }
    default: {
      const feed = unwrapFeed(value);
      if (!feed) throw new MeetingsInputError('not-a-feed', 'meeting-guide');
      return adaptMeetingGuide(Array.isArray(feed) ? feed : (feed.meetings as unknown[]), { timeZone });
    }
  }
}
