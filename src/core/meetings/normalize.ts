/**
 * Shared normalization: every adapter maps its record to {@link RawFields}, and
 * {@link buildMeeting} turns that into a {@link Meeting} or a skip reason, noting repairs.
 * Hot path for 50,000-record feeds: no Intl, no regex compiled per call, no closures per record.
 */
import { decodeEntities } from '../html/entities.js';
import { isValidTimeZone } from '../time/calendar.js';
import { isPlaceClosed, type Attendance, type FeedFormat, type Meeting, type RepairedRecord, type SkipReason } from './model.js';
import { fold } from './search.js';

/** Longest kept text per field kind (characters). Longer values are cut and reported. */
export const LIMITS = { name: 300, short: 1000, long: 5000, url: 2048, codes: 50, code: 64 } as const;

export interface RawFields {
  id?: unknown;
  slug?: unknown;
  name?: unknown;
  /** Meeting Guide style day value (number, numeric string, name, or array of these), or 0-6 numbers. */
  day?: unknown;
  time?: unknown;
  endTime?: unknown;
  /** Minutes (BMLT duration_time already parsed); when set, `endTime` is ignored. */
  duration?: number | null;
  timeZone?: unknown;
  formattedAddress?: unknown;
  street?: unknown;
  city?: unknown;
  state?: unknown;
  postalCode?: unknown;
  country?: unknown;
  approximate?: unknown;
  location?: unknown;
  locationNotes?: unknown;
  lat?: unknown;
  lng?: unknown;
  regions?: unknown[];
  types?: string[];
  conferenceUrl?: unknown;
  conferenceUrlNotes?: unknown;
  conferencePhone?: unknown;
  conferencePhoneNotes?: unknown;
  attendance?: unknown;
  notes?: unknown;
  group?: unknown;
  groupNotes?: unknown;
  district?: unknown;
  website?: unknown;
  url?: unknown;
  updated?: unknown;
}

export interface BuildContext {
  index: number;
  format: FeedFormat;
  feedZone: string;
  record: unknown;
  repaired: RepairedRecord[];
  /** Slugs already used in this load. */
  slugs: Set<string>;
  /** True when a missing slug is normal for the format (BMLT): no repair note. */
  slugOptional?: boolean;
}

const zoneCache = new Map<string, boolean>();
function zoneOk(z: string): boolean {
  let ok = zoneCache.get(z);
  if (ok === undefined) {
    ok = isValidTimeZone(z);
    zoneCache.set(z, ok);
  }
  return ok;
}

const CR_RE = /\r\n?/g;

/** Text of a scalar (string or finite number), trimmed, entities decoded, cut to `max`. */
export function text(v: unknown, max: number, ctx?: BuildContext, field?: string): string {
  let s: string;
  if (typeof v === 'string') s = v;
  else if (typeof v === 'number' && Number.isFinite(v)) s = String(v);
  else return '';
  if (s.length > max) {
    // Cut before decoding so a huge value costs no regex work; do not split a surrogate pair.
    let cut = max;
    const c = s.charCodeAt(cut - 1);
    if (c >= 0xd800 && c <= 0xdbff) cut--;
    s = s.slice(0, cut);
    if (ctx) ctx.repaired.push({ index: ctx.index, reason: 'truncated', field });
  }
  // Feeds (WordPress especially) send text HTML-escaped once: "AT&amp;T", "&#8217;", "&hellip;".
  if (s.indexOf('&') >= 0) s = decodeEntities(s, false, true);
  if (s.indexOf('\r') >= 0) s = s.replace(CR_RE, '\n');
  return s.trim();
}

const TIME_RE = /^(\d{1,2})(?:[:.h]?(\d{2}))?(?::(\d{2}))?\s*(?:([ap])\.?\s*m?\.?)?$/i;

/**
 * Minutes after midnight from "HH:MM", "H:MM", "HH:MM:SS", "7:30 pm", "7 PM", "noon", "midnight".
 * Returns null for empty input and NaN for input that is not a time ("25:99").
 */
export function parseTime(v: unknown): number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isInteger(v) && v >= 0 && v <= 23 ? v * 60 : NaN;
  if (typeof v !== 'string') return NaN;
  const s = v.trim();
  if (!s) return null;
  const lower = s.toLowerCase();
  if (lower === 'noon') return 720;
  if (lower === 'midnight') return 0;
  const m = TIME_RE.exec(s);
  if (!m) return NaN;
  let h = +m[1];
  const min = m[2] ? +m[2] : 0;
  const sec = m[3] ? +m[3] : 0;
  if (min > 59 || sec > 59) return NaN;
  if (!m[2] && !m[4]) return NaN; // a bare number like "7" is too ambiguous
  if (m[4]) {
    if (h < 1 || h > 12) return NaN;
    const pm = m[4].toLowerCase() === 'p';
    h = (h % 12) + (pm ? 12 : 0);
  } else if (h === 24 && min === 0) h = 0;
  else if (h > 23) return NaN;
  return h * 60 + min;
}

// Day names, full and short, in the languages of the type catalog and a few more, from Intl (no
// table shipped): "Maandag", "mardi", "Mittwoch", "quinta-feira", "lördag", "月曜日". Accents and a
// final dot do not matter; a short name that means two days (German "So" Sunday, Slovak "so"
// Saturday) is not read.
const DAY_LANGS = ['en', 'es', 'fr', 'de', 'pt', 'it', 'nl', 'sv', 'sk', 'pl', 'ja', 'th'];
let dayNames: Map<string, number> | undefined;
// Folded as search folds (accents off, lower case), then a final dot dropped.
const dayKey = (s: string) => fold(s).replace(/\.$/, '');

function dayFromName(name: string): number {
  if (!dayNames) {
    const names = new Map<string, number>([['tues', 2], ['thur', 4], ['thurs', 4]]);
    const ambiguous = new Set<string>();
    for (const lang of DAY_LANGS) {
      for (const weekday of ['long', 'short'] as const) {
        const f = new Intl.DateTimeFormat(lang, { weekday, timeZone: 'UTC' });
        // 2023-01-01 was a Sunday.
        for (let d = 0; d < 7; d++) {
          const key = dayKey(f.format(Date.UTC(2023, 0, 1 + d)));
          if (names.has(key) && names.get(key) !== d) ambiguous.add(key);
          else names.set(key, d);
        }
      }
    }
    for (const key of ambiguous) names.delete(key);
    dayNames = names;
  }
  return dayNames.get(dayKey(name)) ?? -1;
}

/** One day value -> 0-6, 7 (ISO Sunday, reported), or -1 when not a day. */
function oneDay(v: unknown): number {
  if (typeof v === 'number') return Number.isInteger(v) && v >= 0 && v <= 7 ? v : -1;
  if (typeof v !== 'string') return -1;
  const s = v.trim();
  if (/^\d$/.test(s)) {
    const n = +s;
    return n <= 7 ? n : -1;
  }
  return dayFromName(s);
}

const EMPTY_DAYS: number[] = [];

/** Days from a Meeting Guide `day` value. `null`: given but not a day. */
export function parseDays(v: unknown, ctx?: BuildContext): number[] | null {
  if (v === undefined || v === null || v === '') return EMPTY_DAYS;
  const list = Array.isArray(v) ? v : typeof v === 'string' && v.indexOf(',') >= 0 ? v.split(',') : [v];
  if (!list.length) return EMPTY_DAYS;
  let mask = 0;
  for (const item of list) {
    let d = oneDay(item);
    if (d < 0) return null;
    if (d === 7) {
      d = 0;
      ctx?.repaired.push({ index: ctx.index, reason: 'day-7-as-sunday', field: 'day' });
    }
    mask |= 1 << d;
  }
  if (list.length === 1) return [Math.log2(mask)];
  const out: number[] = [];
  for (let d = 0; d < 7; d++) if (mask & (1 << d)) out.push(d);
  return out;
}

const SCHEME_RE = /^[a-z][a-z0-9+.-]*:/i;
const BARE_HOST_RE = /^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}(?::\d+)?(?:[/?#]|$)/i;

/** An http(s) URL as text, or null. "zoom.us/j/1" (no scheme) is read as https. */
const PLAIN_HTTP_RE = /^https?:\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)*(?::\d{1,5})?(?:[/?#][\x21\x23-\x3b\x3d\x3f-\x5b\x5d-\x5f\x61-\x7e]*)?$/;

export function safeUrl(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  let s = v.trim();
  if (!s) return null;
  // Fast path for the common, already-normal "https://host/path" (lower-case host, no quotes,
  // spaces, backslashes, angle brackets or backticks): the URL parser would return it unchanged
  // except for a trailing "/" on a bare host.
  if (s.length <= LIMITS.url && PLAIN_HTTP_RE.test(s)) return s.indexOf('/', 8) < 0 && s.indexOf('?') < 0 && s.indexOf('#') < 0 ? s + '/' : s;
  if (!SCHEME_RE.test(s)) {
    if (s.startsWith('//')) s = 'https:' + s;
    else if (BARE_HOST_RE.test(s)) s = 'https://' + s;
    else return null;
  }
  let u: URL;
  try {
    u = new URL(s);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  if (!u.hostname) return null;
  return u.href.length > LIMITS.url ? null : u.href;
}

/** Digits, `,` `*` `#` and one leading `+` of `s`, up to a second number's `+`; '' when no digit is in it. */
function dialChars(s: string): string {
  let out = '';
  let digits = 0;
  for (let i = 0; i < s.length && out.length < 200; i++) {
    const c = s[i];
    if (c >= '0' && c <= '9') {
      out += c;
      digits++;
    } else if (c === ',' || c === '*' || c === '#') out += c;
    else if (c === '+') {
      // A "+" after a number starts another one ("+1646...,,123#+1646..."): not keyed in as tones.
      if (digits >= MIN_DIAL_DIGITS) break;
      if (!out) out += c;
    }
  }
  return digits ? out : '';
}

const LETTER_RE = /\p{L}/u;
// A run of phone characters: digits with the spaces and punctuation people write between them,
// and the dial characters `,` `*` `#`. Labels ("Meeting ID:", "Passcode"), a `+` (another
// number) and a comma before a space (a list: "646 558 8656, 669 900 6833") end a run.
const NUMBER_RUN_RE = /\+?\(?\d(?:[\d\s().\/\-\u2010-\u2015*#]|,(?!\s))*/g;
// What the words before a run say it is (the text between the previous run and this one).
const PASSCODE_LABEL_RE = /(?:pass\s*code|pass\s*word|\bpwd?|\bpin|\bpass|participant\s*(?:id|code)|contrase(?:ñ|n)a|clave|\bext(?:ension)?)\W*$/iu;
const ID_LABEL_RE = /(?:\bid|\bcode|c(?:ó|o)digo(?: de acceso)?|(?:meeting|conference|webinar) (?:number|no)|id de (?:la )?reuni(?:ó|o)n)\W*$/iu;
const LEADING_JUNK_RE = /^[\s,;:.\-\u2010-\u2015|/]+/u;
const TRAILING_JUNK_RE = /[\s().\/\-\u2010-\u2015,]+$/u;
/** Fewest digits of a dial-in number written among words (fewer: "1-800-HELP", not a number). */
const MIN_DIAL_DIGITS = 7;

/**
 * A phone field split into what to dial and what to read. A field of digits and dial characters
 * only is dialed as written ("+1 (646) 558-8656,,123#": digits, `,` `*` `#`, one leading `+`).
 * A field with words ("+1 646 558 8656 ID 123 456 789", "Dial 646 558 8656, Meeting ID: 123 4567
 * 890 Passcode 1234") gives its first unlabelled number of 7+ digits as the number, followed by
 * the meeting ID as the dial sequence Meeting Guide feeds use (`,,123456789#`: pause, ID, pound),
 * and the words stay text (`rest`), never merged into the number. A passcode is not dialed
 * (services ask for it in different ways); it stays in the text. `phone` is null when no number
 * is found; then `rest` is the whole field.
 */
export function splitPhone(v: unknown): { phone: string | null; rest: string } {
  if (typeof v === 'number' && Number.isFinite(v)) v = String(v);
  if (typeof v !== 'string') return { phone: null, rest: '' };
  const s = v.trim();
  if (!s) return { phone: null, rest: '' };
  if (!LETTER_RE.test(s)) return { phone: dialChars(s) || null, rest: '' };
  const field = s.slice(0, LIMITS.short);
  let dial: RegExpExecArray | null = null;
  let id = '';
  let last = 0;
  NUMBER_RUN_RE.lastIndex = 0;
  for (let m = NUMBER_RUN_RE.exec(field); m; m = NUMBER_RUN_RE.exec(field)) {
    const label = field.slice(last, m.index);
    last = m.index + m[0].length;
    if (PASSCODE_LABEL_RE.test(label)) continue;
    if (ID_LABEL_RE.test(label)) {
      // "123 456 789", "123-456-789#": the ID is the digits up to a dial character.
      if (!id) id = m[0].replace(/[,*#].*$/s, '').replace(/\D+/g, '');
      continue;
    }
    if (!dial && m[0].replace(/\D+/g, '').length >= MIN_DIAL_DIGITS) dial = m;
  }
  if (!dial) return { phone: null, rest: field };
  const run = dial[0].replace(TRAILING_JUNK_RE, '');
  let phone = dialChars(run);
  // A number already followed by its own dial sequence ("+16465588656,,123#") keeps it.
  if (id.length >= 3 && phone.indexOf(',') < 0) phone = `${phone.replace(/[*#]+$/, '')},,${id}#`;
  const before = field.slice(0, dial.index);
  const after = field.slice(dial.index + run.length).replace(LEADING_JUNK_RE, '');
  // Words before the number ("Dial-in:", "Phone") are a label; with digits they say more (an ID).
  const rest = /\d/.test(before) ? `${before.trim()} ${after}`.trim() : after.trim();
  return { phone, rest };
}

/**
 * What to dial from a phone field: digits, `,` `*` `#` and one leading `+`; a meeting ID written
 * in words becomes `,,ID#` (see {@link splitPhone}). Null when no number is found.
 */
export function safePhone(v: unknown): string | null {
  return splitPhone(v).phone;
}

function num(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'string') {
    // A decimal comma ("52,37": spreadsheets in many locales) is read as a point.
    const s = v.trim().replace(',', '.');
    return s ? Number(s) : NaN;
  }
  return NaN;
}

function present(v: unknown): boolean {
  return v !== undefined && v !== null && v !== '';
}

const ACCENT_RE = /[\u0300-\u036f]/g;
const NON_SLUG_RE = /[^a-z0-9]+/g;
export function slugify(s: string): string {
  const out = s.normalize('NFD').replace(ACCENT_RE, '').toLowerCase().replace(NON_SLUG_RE, '-').replace(/^-+|-+$/g, '');
  return out.slice(0, 120) || 'meeting';
}

function splitAddress(formatted: string): Meeting['address'] {
  // "1937 West MacDade Boulevard, Woodlyn, PA 19094, USA" -> parts; best effort, display only.
  // Scans commas from the end (no split / regex per record: this runs for every meeting).
  const c3 = formatted.lastIndexOf(',');
  const c2 = c3 > 0 ? formatted.lastIndexOf(',', c3 - 1) : -1;
  const c1 = c2 > 0 ? formatted.lastIndexOf(',', c2 - 1) : -1;
  if (c1 >= 0) {
    const country = formatted.slice(c3 + 1).trim();
    const sp = formatted.slice(c2 + 1, c3).trim();
    const city = formatted.slice(c1 + 1, c2).trim();
    const street = formatted.slice(0, c1).trim();
    // "PA 19094": state, then a postal code starting with a digit.
    const space = sp.indexOf(' ');
    let state = sp;
    let postalCode = '';
    if (space > 0) {
      const c = sp.charCodeAt(space + 1);
      if (c >= 48 && c <= 57) {
        state = sp.slice(0, space);
        postalCode = sp.slice(space + 1);
      }
    }
    return { street, city, state, postalCode, country };
  }
  if (c2 >= 0) {
    return { street: '', city: formatted.slice(0, c2).trim(), state: formatted.slice(c2 + 1, c3).trim(), postalCode: '', country: formatted.slice(c3 + 1).trim() };
  }
  return { street: '', city: '', state: '', postalCode: '', country: '' };
}

const DIGIT_RE = /\d/;

function commaCount(s: string): number {
  let n = 0;
  for (let i = s.indexOf(','); i >= 0; i = s.indexOf(',', i + 1)) n++;
  return n;
}

/** Builds one meeting; returns a skip reason when the record cannot be shown truthfully. */
export function buildMeeting(r: RawFields, ctx: BuildContext): Meeting | SkipReason {
  const name = text(r.name, LIMITS.name, ctx, 'name');
  if (!name) return 'missing-name';

  // Schedule
  // Always a fresh, sorted, de-duplicated array (never the source record's own array).
  const days = parseDays(r.day, ctx);
  if (days === null) return 'invalid-day';
  const start = parseTime(r.time);
  if (start !== null && Number.isNaN(start)) return 'invalid-time';
  let end: number | null = null;
  let duration: number | null = null;
  if (start !== null) {
    if (r.duration !== undefined && r.duration !== null) {
      if (Number.isFinite(r.duration) && r.duration > 0 && r.duration <= 1440) duration = r.duration;
      else {
        ctx.repaired.push({ index: ctx.index, reason: 'invalid-duration', field: 'duration' });
        duration = 60;
      }
    } else {
      const e = parseTime(r.endTime);
      if (e === null) duration = 60;
      else if (Number.isNaN(e)) {
        ctx.repaired.push({ index: ctx.index, reason: 'invalid-end-time', field: 'end_time' });
        duration = 60;
      } else if (e > start) duration = e - start;
      else if (e !== start && e + 1440 - start <= 720) duration = e + 1440 - start; // runs past midnight
      else {
        ctx.repaired.push({ index: ctx.index, reason: 'end-before-start', field: 'end_time' });
        duration = 60;
      }
    }
    end = (start + duration) % 1440;
  }

  // Zone
  let timeZone = ctx.feedZone;
  const tz = typeof r.timeZone === 'string' ? r.timeZone.trim() : '';
  if (tz && tz !== timeZone) {
    if (tz.length < 64 && zoneOk(tz)) timeZone = tz;
    else ctx.repaired.push({ index: ctx.index, reason: 'unknown-time-zone', field: 'timezone' });
  }

  // Slug
  let slug = text(r.slug, LIMITS.short, ctx, 'slug');
  if (!slug) {
    const id = text(r.id, LIMITS.short);
    slug = ctx.slugOptional && id ? id : slugify(name);
    if (!ctx.slugOptional) ctx.repaired.push({ index: ctx.index, reason: 'missing-slug', field: 'slug' });
  }
  if (ctx.slugs.has(slug)) {
    let n = 2;
    while (ctx.slugs.has(`${slug}-${n}`)) n++;
    slug = `${slug}-${n}`;
    ctx.repaired.push({ index: ctx.index, reason: 'duplicate-slug', field: 'slug' });
  }
  ctx.slugs.add(slug);
  const id = text(r.id, LIMITS.short) || slug;

  // Place
  const street = text(r.street, LIMITS.short, ctx, 'address');
  const city = text(r.city, LIMITS.short, ctx, 'city');
  const state = text(r.state, LIMITS.short, ctx, 'state');
  const postalCode = text(r.postalCode, LIMITS.short, ctx, 'postal_code');
  const country = text(r.country, LIMITS.short, ctx, 'country');
  let formattedAddress = text(r.formattedAddress, LIMITS.short, ctx, 'formatted_address');
  let address = { street, city, state, postalCode, country };
  if (!formattedAddress) {
    const stateZip = state && postalCode ? `${state} ${postalCode}` : state || postalCode;
    formattedAddress = [street, city, stateZip, country].filter(Boolean).join(', ');
  } else if (!street && !city && !state && !postalCode && !country) {
    address = splitAddress(formattedAddress);
  }
  let approximate: boolean;
  const ap = r.approximate;
  if (ap === 'yes' || ap === true || ap === '1' || ap === 1) approximate = true;
  else if (ap === 'no' || ap === false || ap === '0' || ap === 0) approximate = !formattedAddress;
  else {
    // No flag: a street-level address has a street part, a number up front, or 4+ parts.
    approximate =
      !formattedAddress ||
      !(street || DIGIT_RE.test(formattedAddress.slice(0, formattedAddress.indexOf(',') >>> 0)) || commaCount(formattedAddress) >= 3);
  }

  let coordinates: Meeting['coordinates'] = null;
  if (present(r.lat) || present(r.lng)) {
    const lat = num(r.lat);
    const lng = num(r.lng);
    if (Number.isFinite(lat) && Number.isFinite(lng) && Math.abs(lat) <= 90 && Math.abs(lng) <= 180 && !(lat === 0 && lng === 0)) {
      coordinates = { lat, lng };
    } else ctx.repaired.push({ index: ctx.index, reason: 'invalid-coordinates', field: 'latitude' });
  }

  const regions: string[] = [];
  if (r.regions) {
    for (const x of r.regions) {
      const t = text(x, LIMITS.short, ctx, 'regions');
      if (t && regions.length < 10) regions.push(t);
    }
  }

  let types: string[] = r.types ?? [];
  if (types.length > LIMITS.codes) {
    types = types.slice(0, LIMITS.codes);
    ctx.repaired.push({ index: ctx.index, reason: 'truncated', field: 'types' });
  }

  // Online
  const rawUrl = typeof r.conferenceUrl === 'string' ? r.conferenceUrl.trim() : '';
  const onlineUrl = rawUrl ? safeUrl(rawUrl) : null;
  if (rawUrl && !onlineUrl) ctx.repaired.push({ index: ctx.index, reason: 'unsafe-url', field: 'conference_url' });
  const { phone, rest: phoneWords } = splitPhone(r.conferencePhone);
  if (!phone && present(r.conferencePhone) && String(r.conferencePhone).trim()) {
    ctx.repaired.push({ index: ctx.index, reason: 'invalid-phone', field: 'conference_phone' });
  }
  // Words in the phone field (a meeting ID, a passcode) are shown with the phone notes.
  let phoneNotes = text(r.conferencePhoneNotes, LIMITS.long, ctx, 'conference_phone_notes');
  if (phoneWords) {
    const words = text(phoneWords, LIMITS.short);
    if (words && phoneNotes.indexOf(words) < 0) phoneNotes = phoneNotes ? `${words}\n${phoneNotes}` : words;
  }
  const website = urlField(r.website, ctx, 'website');
  const url = urlField(r.url, ctx, 'url');

  // Attendance: trust the source's own value, else derive (DOMAIN.md §1).
  const closed = isPlaceClosed({ types });
  let attendance: Attendance;
  const ao = typeof r.attendance === 'string' ? r.attendance.trim().toLowerCase() : '';
  if (ao === 'in_person' || ao === 'online' || ao === 'hybrid' || ao === 'inactive') attendance = ao;
  else {
    if (ao) ctx.repaired.push({ index: ctx.index, reason: 'invalid-attendance', field: 'attendance_option' });
    const isOnline = !!(onlineUrl || phone);
    const inPerson = !!formattedAddress && !approximate && !closed;
    attendance = isOnline ? (inPerson ? 'hybrid' : 'online') : inPerson ? 'in_person' : 'inactive';
  }
  // An online-only meeting's street address (BMLT venue 2 keeps the old one) is not a place to go.
  if (attendance === 'online') approximate = true;
  // Nor is a closed one: type TC, whatever attendance the feed gave, or inactive at a street
  // address (the feed says no one meets there). No point: no map marker, no distance, outside
  // every radius and last by distance, as online meetings are. The address text stays, for the
  // details to show it marked closed; the feed's values stay in `source.record`. (Inactive with
  // no street address is `approximate` already: its point, if any, is kept and never used.)
  if (closed || (attendance === 'inactive' && !approximate)) coordinates = null;

  return {
    id,
    slug,
    name,
    days,
    start,
    end,
    duration,
    timeZone,
    attendance,
    address,
    formattedAddress,
    approximate,
    location: text(r.location, LIMITS.short, ctx, 'location'),
    locationNotes: text(r.locationNotes, LIMITS.long, ctx, 'location_notes'),
    coordinates,
    regions,
    types,
    online: {
      url: onlineUrl,
      urlNotes: text(r.conferenceUrlNotes, LIMITS.long, ctx, 'conference_url_notes'),
      phone,
      phoneNotes,
    },
    notes: text(r.notes, LIMITS.long, ctx, 'notes'),
    group: text(r.group, LIMITS.short, ctx, 'group'),
    groupNotes: text(r.groupNotes, LIMITS.long, ctx, 'group_notes'),
    district: text(r.district, LIMITS.short, ctx, 'district'),
    website,
    url,
    updated: text(r.updated, 64),
    source: { index: ctx.index, format: ctx.format, record: ctx.record },
  };
}

function urlField(v: unknown, ctx: BuildContext, field: string): string | null {
  if (typeof v !== 'string' || !v.trim()) return null;
  const u = safeUrl(v);
  if (!u) ctx.repaired.push({ index: ctx.index, reason: 'unsafe-url', field });
  return u;
}

/** Codes from an array or a comma-separated string; trimmed, unique, short. */
export function codeList(v: unknown): string[] {
  const list = Array.isArray(v) ? v : typeof v === 'string' ? v.split(',') : [];
  const out: string[] = [];
  for (const x of list) {
    if (typeof x !== 'string' && typeof x !== 'number') continue;
    const c = String(x).trim().slice(0, LIMITS.code);
    if (c && out.indexOf(c) < 0) out.push(c);
  }
  return out;
}
