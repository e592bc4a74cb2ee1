/**
 * BMLT semantic JSON (`GetSearchResults`, NA servers): `{ meetings, formats }` (with
 * `get_used_formats=1`) or a bare array. Weekday 1 = Sunday ... 7 = Saturday; `start_time`
 * and `duration_time` "HH:MM:SS"; `venue_type` 1 in person, 2 virtual, 3 hybrid.
 *
 * Format keys become Meeting Guide type codes where they mean the same thing (matched on the
 * NAWS `world_id` first, the key second); the others keep their key (prefixed `bmlt-` only if
 * the key is already a Meeting Guide code with another meaning) and their label comes from the
 * feed's format list via `LoadResult.typeLabels`.
 */
import type { Attendance, LoadResult } from './model.js';
import { buildMeeting, type BuildContext } from './normalize.js';
import { isPlainObject, type AdapterOptions } from './meeting-guide.js';
import { TYPE_CODES } from './types.js';

export interface BmltFormat {
  key_string: string;
  name_string?: string;
  description_string?: string;
  world_id?: string;
  lang?: string;
}

/** NAWS world ids that mean a Meeting Guide type. */
export const BMLT_WORLD_TO_TYPE: Readonly<Record<string, string>> = {
  OPEN: 'O',
  CLOSED: 'C',
  BEG: 'BE',
  CAN: 'CAN',
  DISC: 'D',
  GL: 'LGBTQ',
  M: 'M',
  W: 'W',
  WCHR: 'X',
  Y: 'Y',
  MED: 'MED',
  STEP: 'ST',
  TRAD: 'TR',
  SPK: 'SP',
  LIT: 'LIT',
  CW: 'CF',
  TC: 'TC',
};

/** Common BMLT keys (used when a format has no world id, or no format list came with the feed). */
export const BMLT_KEY_TO_TYPE: Readonly<Record<string, string>> = {
  O: 'O',
  C: 'C',
  B: 'BE', // Beginners (the Meeting Guide "B" is Big Book)
  CL: 'CAN',
  D: 'D',
  ES: 'S', // Español
  GL: 'LGBTQ',
  M: 'M',
  W: 'W',
  WC: 'X',
  YP: 'Y',
  ME: 'MED',
  St: 'ST',
  Tr: 'TR',
  So: 'SP',
  SD: 'SP',
  BK: 'LIT',
  CW: 'CF',
  SL: 'ASL', // the Meeting Guide "SL" is Slovenian
  TC: 'TC',
};

export interface BmltOptions extends AdapterOptions {
  /** Format definitions when the reply is a bare array (e.g. from GetFormats). */
  formats?: unknown;
}

function formatList(v: unknown): BmltFormat[] {
  if (!Array.isArray(v)) return [];
  return v.filter((f): f is BmltFormat => isPlainObject(f) && typeof f.key_string === 'string' && !!f.key_string.trim());
}

/** Key -> code mapping and labels for unmapped keys, from a format list. */
export function bmltFormatMap(formats: BmltFormat[]): { codes: Map<string, string>; labels: LoadResult['typeLabels'] } {
  const codes = new Map<string, string>();
  const labels: LoadResult['typeLabels'] = {};
  for (const f of formats) {
    const key = f.key_string.trim();
    const world = typeof f.world_id === 'string' ? f.world_id.trim() : '';
    const mapped = BMLT_WORLD_TO_TYPE[world] ?? BMLT_KEY_TO_TYPE[key];
    const code = mapped ?? ownCode(key);
    codes.set(key, code);
    if (!mapped && typeof f.name_string === 'string' && f.name_string.trim()) {
      const lang = typeof f.lang === 'string' && f.lang ? f.lang : 'en';
      (labels[code] ??= {})[lang] = f.name_string.trim().slice(0, 200);
    }
  }
  return { codes, labels };
}

function ownCode(key: string): string {
  return key in TYPE_CODES ? `bmlt-${key}` : key;
}

function durationMinutes(v: unknown): number | null | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  const m = typeof v === 'string' ? /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(v.trim()) : null;
  if (!m || +m[2] > 59) return NaN;
  return +m[1] * 60 + +m[2];
}

const VENUE: Record<string, Attendance> = { '1': 'in_person', '2': 'online', '3': 'hybrid' };

/** Normalizes a parsed BMLT reply. */
export function adaptBmlt(input: unknown, options: BmltOptions): LoadResult {
  const records: unknown[] = Array.isArray(input) ? input : isPlainObject(input) && Array.isArray(input.meetings) ? input.meetings : [];
  const formats = formatList(isPlainObject(input) && input.formats !== undefined ? input.formats : options.formats);
  const { codes, labels } = bmltFormatMap(formats);
  const result: LoadResult = { meetings: [], skipped: [], repaired: [], format: 'bmlt', typeLabels: labels };
  const ctx: BuildContext = {
    index: 0,
    format: 'bmlt',
    feedZone: options.timeZone,
    record: null,
    repaired: result.repaired,
    slugs: new Set(),
    slugOptional: true,
  };
  for (let i = 0; i < records.length; i++) {
    const o = records[i];
    if (!isPlainObject(o)) {
      result.skipped.push({ index: i, reason: 'not-an-object' });
      continue;
    }
    ctx.index = i;
    ctx.record = o;
    const before = result.repaired.length;
    const wd = typeof o.weekday_tinyint === 'number' ? o.weekday_tinyint : Number(String(o.weekday_tinyint ?? '').trim() || NaN);
    const day = Number.isInteger(wd) && wd >= 1 && wd <= 7 ? [wd - 1] : o.weekday_tinyint === undefined || o.weekday_tinyint === '' ? [] : 'x';
    const types: string[] = [];
    const keys = typeof o.formats === 'string' ? o.formats.split(',') : Array.isArray(o.formats) ? o.formats : [];
    for (const k of keys) {
      if (typeof k !== 'string' || !k.trim()) continue;
      const key = k.trim().slice(0, 64);
      const code = codes.get(key) ?? BMLT_KEY_TO_TYPE[key] ?? ownCode(key);
      if (types.indexOf(code) < 0) types.push(code);
    }
    const street = o.location_street;
    const venue = VENUE[String(o.venue_type ?? '').trim()];
    const dur = durationMinutes(o.duration_time);
    const m = buildMeeting(
      {
        id: o.id_bigint,
        name: o.meeting_name,
        day,
        time: o.start_time,
        duration: dur === undefined ? null : Number.isNaN(dur) || dur === 0 ? NaN : dur,
        timeZone: o.time_zone,
        street,
        city: o.location_municipality,
        state: o.location_province,
        postalCode: o.location_postal_code_1,
        country: o.location_nation,
        approximate: typeof street === 'string' && street.trim() ? 'no' : 'yes',
        location: o.location_text,
        locationNotes: o.location_info,
        lat: o.latitude,
        lng: o.longitude,
        regions: [o.location_sub_province, o.location_municipality, o.location_neighborhood],
        types,
        conferenceUrl: o.virtual_meeting_link,
        conferenceUrlNotes: o.virtual_meeting_additional_info,
        conferencePhone: o.phone_meeting_number,
        attendance: venue,
        notes: o.comments,
        updated: undefined,
      },
      ctx,
    );
    if (typeof m === 'string') {
      result.repaired.length = before;
      const name = typeof o.meeting_name === 'string' ? o.meeting_name.trim().slice(0, 300) : '';
      result.skipped.push(name ? { index: i, reason: m, name } : { index: i, reason: m });
    } else result.meetings.push(m);
  }
  return result;
}

