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
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

export function isValidPlainDate(d: PlainDate): boolean {
  return (
    Number.isInteger(d.year) &&
    Number.isInteger(d.month) &&
    Number.isInteger(d.day) &&
    d.year >= 1 &&
    d.year <= 9999 &&
    d.month >= 1 &&
    d.month <= 12 &&
    d.day >= 1 &&
    d.day <= daysInMonth(d.year, d.month)
  );
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

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATETIME_RE = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/** Parses a strict "YYYY-MM-DD" calendar date; throws {@link DateInputError} otherwise. */
export function parsePlainDate(input: string): PlainDate {
  const m = DATE_RE.exec(String(input).trim());
  if (!m) throw new DateInputError('invalid-date', input);
  const d = { year: +m[1], month: +m[2], day: +m[3] };
  if (!isValidPlainDate(d)) throw new DateInputError('invalid-date', input);
  return d;
}

/** The result of parsing an ISO 8601 date or date-time given by a page or a person. */
export interface ParsedDateInput {
  date: PlainDate;
  /** Wall time when one was given. */
  time?: { hour: number; minute: number; second: number };
  /** Minutes east of UTC when the input carried `Z` or an offset. */
  offsetMinutes?: number;
}

/** Parses "YYYY-MM-DD", "YYYY-MM-DDTHH:MM[:SS[.fff]]" and the same with `Z` or `±HH:MM`. */
export function parseDateInput(input: string): ParsedDateInput {
  const s = String(input ?? '').trim();
  if (DATE_RE.test(s)) return { date: parsePlainDate(s) };
  const m = DATETIME_RE.exec(s);
  if (!m) throw new DateInputError('invalid-date', input);
  const date = { year: +m[1], month: +m[2], day: +m[3] };
  if (!isValidPlainDate(date)) throw new DateInputError('invalid-date', input);
  const time = { hour: +m[4], minute: +m[5], second: m[6] ? +m[6] : 0 };
  if (time.hour > 23 || time.minute > 59 || time.second > 59) throw new DateInputError('invalid-time', input);
  let offsetMinutes: number | undefined;
  if (m[8]) {
    if (m[8].toUpperCase() === 'Z') offsetMinutes = 0;
    else {
      const sign = m[8][0] === '-' ? -1 : 1;
      const digits = m[8].slice(1).replace(':', '');
      const oh = +digits.slice(0, 2);
      const om = +digits.slice(2, 4);
      if (oh > 18 || om > 59) throw new DateInputError('invalid-time', input);
      offsetMinutes = sign * (oh * 60 + om);
    }
  }
  return { date, time, offsetMinutes };
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True when `timeZone` is an IANA name this JavaScript engine knows. */
export function isValidTimeZone(timeZone: string): boolean {
  if (!timeZone || typeof timeZone !== 'string') return false;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The viewer's own zone, as the browser reports it. */
export function systemTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** Wall-clock parts of an instant (epoch ms) in `timeZone`. */
export function zonedDateTime(instant: number, timeZone: string): PlainDateTime {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = formatterFor(timeZone).formatToParts(instant);
  } catch {
    throw new DateInputError('invalid-zone', timeZone);
  }
  const out: Record<string, number> = {};
  let bc = false;
  for (const p of parts) {
    if (p.type === 'era') bc = p.value.startsWith('B');
    else if (p.type !== 'literal') out[p.type] = Number(p.value);
  }
  return {
    year: bc ? 1 - out.year : out.year,
    month: out.month,
    day: out.day,
    hour: out.hour === 24 ? 0 : out.hour,
    minute: out.minute,
    second: out.second,
  };
}

/** The calendar date of an instant in `timeZone`. */
export function zonedDate(instant: number, timeZone: string): PlainDate {
  const { year, month, day } = zonedDateTime(instant, timeZone);
  return { year, month, day };
}

/** Offset of `timeZone` from UTC at `instant`, in minutes (east positive). */
export function zoneOffsetMinutes(instant: number, timeZone: string): number {
  const p = zonedDateTime(instant, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  const whole = instant - (((instant % 1000) + 1000) % 1000);
  return Math.round((asUtc - whole) / 60000);
}

/**
 * The instant at which the wall clock in `timeZone` shows `wall`. In a spring-forward gap
 * the time is moved forward by the gap (02:30 -> 03:30); in a fall-back overlap the earlier
 * instant is chosen (as Temporal's "compatible" disambiguation does).
 */
export function zonedToInstant(wall: PlainDate & Partial<PlainDateTime>, timeZone: string): number {
  const guess = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour ?? 0, wall.minute ?? 0, wall.second ?? 0);
  // Two candidate offsets: the zone's offset half a day before and after the guess.
  const HALF_DAY_MS = 12 * 3600_000;
  const o1 = zoneOffsetMinutes(guess - HALF_DAY_MS, timeZone);
  const o2 = zoneOffsetMinutes(guess + HALF_DAY_MS, timeZone);
  const candidates = [...new Set([o1, o2])]
    .map((o) => guess - o * 60000)
    .filter((t) => {
      const p = zonedDateTime(t, timeZone);
      return (
        p.year === wall.year &&
        p.month === wall.month &&
        p.day === wall.day &&
        p.hour === (wall.hour ?? 0) &&
        p.minute === (wall.minute ?? 0)
      );
    })
    .sort((a, b) => a - b);
  if (candidates.length) return candidates[0];
  // In a gap: shift forward by the size of the gap.
  return guess - Math.min(o1, o2) * 60000;
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
    return Date.UTC(p.date.year, p.date.month - 1, p.date.day, p.time.hour, p.time.minute, p.time.second) - p.offsetMinutes * 60000;
  }
  return zonedToInstant({ ...p.date, ...(p.time ?? { hour: 0, minute: 0, second: 0 }) }, timeZone);
}
