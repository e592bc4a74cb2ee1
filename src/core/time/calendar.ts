/**
 * Calendar dates without a time zone, and conversion between instants and wall-clock time in
 * a named IANA zone. Pure: no DOM, runs in Node and workers.
 *
 * Rules (../shared/DOMAIN.md §2): days are counted on the calendar (an epoch-day number), never
 * by dividing milliseconds; "YYYY-MM-DD" is never handed to `new Date(string)`.
 */

/** A calendar date: month is 1-12. */
export interface PlainDate {
  year: number;
  month: number;
  day: number;
}

/** Wall-clock date and time in some zone. */
export interface PlainDateTime extends PlainDate {
  hour: number;
  minute: number;
  second: number;
}

/** Thrown for input that is not a real date, time or zone. `code` is stable for messages. */
export class DateInputError extends Error {
  constructor(
    readonly code: 'invalid-date' | 'invalid-zone' | 'invalid-time',
    readonly input: string,
  ) {
    super(`${code}: ${JSON.stringify(input)}`);
    this.name = 'DateInputError';
  }
}

export function isLeapYear(year: number): boolean {
  return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
}

export function daysInMonth(year: number, month: number): number {
  // 31 days in Jan, Mar, May, Jul, Aug, Oct, Dec: odd months up to July, even ones after.
  return month == 2 ? (isLeapYear(year) ? 29 : 28) : 30 + ((month + (month >> 3)) & 1);
}

export function isValidPlainDate({ year, month, day }: PlainDate): boolean {
  return [year, month, day].every(Number.isInteger) && year > 0 && year < 1e4 && month > 0 && month < 13 && day > 0 && day <= daysInMonth(year, month);
}

/**
 * Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
 * Integer arithmetic only, so DST and leap seconds cannot creep in.
 */
export function toEpochDay({ year, month, day }: PlainDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Inverse of {@link toEpochDay}. */
export function fromEpochDay(n: number): PlainDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Whole calendar days from `a` to `b` (negative when `b` is before `a`). */
export function daysBetween(a: PlainDate, b: PlainDate): number {
  return toEpochDay(b) - toEpochDay(a);
}

export function addDays(d: PlainDate, n: number): PlainDate {
  return fromEpochDay(toEpochDay(d) + n);
}

/** `d` plus `n` calendar months, the day clamped to the end of a shorter month. */
export function addMonthsClamped(d: PlainDate, n: number): PlainDate {
  const total = d.year * 12 + (d.month - 1) + n;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekdayOf(d: PlainDate): number {
  return (((toEpochDay(d) + 4) % 7) + 7) % 7;
}

export function compareDates(a: PlainDate, b: PlainDate): number {
  return toEpochDay(a) - toEpochDay(b);
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function formatPlainDate(d: PlainDate): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

/** "YYYY-MM-DD", optionally "THH:MM[:SS[.fff]]" and "Z" / "±HH[:]MM". */
const INPUT_RE = /^(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d(?:\.\d{1,9})?))?(Z|[+-]\d\d:?\d\d)?)?$/i;

/** Parses a strict "YYYY-MM-DD" calendar date; throws {@link DateInputError} otherwise. */
export function parsePlainDate(input: string): PlainDate {
  const p = parseDateInput(input);
  if (p.time) throw new DateInputError('invalid-date', input);
  return p.date;
}

/** The result of parsing an ISO 8601 date or date-time given by a page or a person. */
export interface ParsedDateInput {
  date: PlainDate;
  /** Wall time when one was given (`second` keeps a fraction: 59.75). */
  time?: { hour: number; minute: number; second: number };
  /** Minutes east of UTC when the input carried `Z` or an offset. */
  offsetMinutes?: number;
}

/** Parses "YYYY-MM-DD", "YYYY-MM-DDTHH:MM[:SS[.fff]]" and the same with `Z` or `±HH:MM`. */
export function parseDateInput(input: string): ParsedDateInput {
  const m = INPUT_RE.exec(String(input ?? '').trim());
  const date = m && { year: +m[1], month: +m[2], day: +m[3] };
  if (!date || !isValidPlainDate(date)) throw new DateInputError('invalid-date', input);
  if (!m[4]) return { date };
  const time = { hour: +m[4], minute: +m[5], second: +(m[6] ?? 0) };
  const z = m[7];
  // "Z" is 0; "+05:30" / "+0530" is 330 (at most ±18:59).
  const oh = z ? +z.slice(1, 3) : 0;
  const om = z?.[1] ? +z.slice(-2) : 0;
  if (time.hour > 23 || time.minute > 59 || time.second >= 60 || oh > 18 || om > 59) throw new DateInputError('invalid-time', input);
  return { date, time, offsetMinutes: z ? (z[0] == '-' ? -1 : 1) * (oh * 60 + om) : undefined };
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    const n = 'numeric';
    f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: n, month: n, day: n, hour: n, minute: n, second: n, era: 'short' });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True when `timeZone` is an IANA name this JavaScript engine knows. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    return typeof timeZone == 'string' && !!formatterFor(timeZone);
  } catch {
    return false;
  }
}

let system: { zone: string; minute: number } | undefined;

/**
 * The viewer's own zone, as the browser (or Node) reports it. Asked at most once a minute:
 * asking builds an Intl.DateTimeFormat, too slow for every render of a big list.
 */
export function systemTimeZone(): string {
  const minute = Math.floor(Date.now() / 60000);
  if (system?.minute !== minute) {
    let zone = 'UTC';
    try {
      zone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
    } catch {
      // An engine without Intl time zones: UTC.
    }
    system = { zone, minute };
  }
  return system.zone;
}

/** Wall-clock parts of an instant (epoch ms) in `timeZone`. */
export function zonedDateTime(instant: number, timeZone: string): PlainDateTime {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = formatterFor(timeZone).formatToParts(instant);
  } catch {
    throw new DateInputError('invalid-zone', timeZone);
  }
  const out = {} as Record<string, number> & PlainDateTime;
  for (const { type, value } of parts) out[type] = type == 'era' ? +(value[0] == 'B') : +value;
  if (out.era) out.year = 1 - out.year;
  out.hour %= 24;
  return { year: out.year, month: out.month, day: out.day, hour: out.hour, minute: out.minute, second: out.second };
}

/** The calendar date of an instant in `timeZone`. */
export function zonedDate(instant: number, timeZone: string): PlainDate {
  const { year, month, day } = zonedDateTime(instant, timeZone);
  return { year, month, day };
}

/**
 * UTC milliseconds of a wall-clock date and time read as if it were UTC. Computed 400 years
 * later and shifted back by one whole Gregorian cycle (146,097 days), because `Date.UTC` reads
 * years 0-99 as 1900-1999. Fractional seconds go in as milliseconds, truncated (Date.UTC drops
 * the fraction of each argument; the 1e-7 keeps 1.005 s, stored as 1.00499..., at 1005 ms).
 */
const asUtc = (p: PlainDate & Partial<PlainDateTime>) =>
  Date.UTC(p.year + 400, p.month - 1, p.day, p.hour ?? 0, p.minute ?? 0, 0, (p.second ?? 0) * 1e3 + 1e-7) - 146097 * 864e5;

/** Offset of `timeZone` from UTC at `instant`, in minutes (east positive). */
export function zoneOffsetMinutes(instant: number, timeZone: string): number {
  return Math.round((asUtc(zonedDateTime(instant, timeZone)) - instant + (((instant % 1000) + 1000) % 1000)) / 60000);
}

/**
 * The instant at which the wall clock in `timeZone` shows `wall`. In a spring-forward gap
 * the time is moved forward by the gap (02:30 -> 03:30); in a fall-back overlap the earlier
 * instant is chosen (as Temporal's "compatible" disambiguation does).
 */
export function zonedToInstant(wall: PlainDate & Partial<PlainDateTime>, timeZone: string): number {
  const guess = asUtc(wall);
  // Two candidate offsets: the zone's offset a day before and after the guess (not half a
  // day: offsets reach +13:45 / +14:00, so the instant can lie more than 12 hours from the guess).
  const offsets = [zoneOffsetMinutes(guess - 864e5, timeZone), zoneOffsetMinutes(guess + 864e5, timeZone)];
  let found: number | undefined;
  for (const o of offsets) {
    const t = guess - o * 60000;
    const p = zonedDateTime(t, timeZone);
    if (p.year == wall.year && p.month == wall.month && p.day == wall.day && p.hour == (wall.hour ?? 0) && p.minute == (wall.minute ?? 0) && !(t > found!)) found = t;
  }
  // In a gap: shift forward by the size of the gap.
  return found ?? guess - Math.min(...offsets) * 60000;
}

/** The instant a calendar day starts in `timeZone` (not always 00:00 on DST days). */
export function startOfDay(date: PlainDate, timeZone: string): number {
  return zonedToInstant({ ...date, hour: 0, minute: 0, second: 0 }, timeZone);
}

/**
 * Turns a date or date-time string into an instant. A bare date means the start of that day
 * in `timeZone`; a date-time without offset is wall time in `timeZone`; `Z` / `±HH:MM` are absolute.
 */
export function parseInstant(input: string, timeZone: string): number {
  const p = parseDateInput(input);
  if (p.offsetMinutes !== undefined && p.time) {
    return asUtc({ ...p.date, ...p.time }) - p.offsetMinutes * 60000;
  }
  return zonedToInstant({ ...p.date, ...(p.time ?? { hour: 0, minute: 0, second: 0 }) }, timeZone);
}
