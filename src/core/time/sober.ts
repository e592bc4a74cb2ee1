/**
 * Sober-time engine: pure functions over calendar dates in a named time zone.
 * No DOM, no Lit; usable on a server or in a worker.
 *
 * Policy (../shared/DOMAIN.md §2):
 * - Day 0 is the sobriety date itself; the next calendar day is day 1. Days are whole calendar
 *   days between the sobriety date and today's date in the viewer's zone (epoch-day arithmetic,
 *   never milliseconds / 86,400,000).
 * - Years / months / days: an anniversary is the sobriety date plus whole months, clamped to the
 *   last day of a shorter month (Jan 31 + 1 month = Feb 28/29; Feb 29 + 1 year = Feb 28). The
 *   breakdown counts the whole months reached by that rule, then the days since the last one.
 * - A date in the future is a distinct status ("starts in N days"), never negative numbers.
 */
import {
  DateInputError,
  addDays,
  addMonthsClamped,
  compareDates,
  daysBetween,
  isValidPlainDate,
  isValidTimeZone,
  parseDateInput,
  parseInstant,
  startOfDay,
  zonedDate,
  type PlainDate,
} from './calendar.js';

/** Calendar breakdown of the time from `since` to `today` (both calendar dates). */
export interface SoberBreakdown {
  /** Whole calendar days since the sobriety date (day 0 = the date itself). */
  days: number;
  /** Whole months reached by the clamped-anniversary rule. */
  totalMonths: number;
  /** `Math.floor(totalMonths / 12)`. */
  years: number;
  /** `totalMonths % 12`. */
  months: number;
  /** Days since the last monthly anniversary (`lastAnniversary`). */
  remDays: number;
  /** The date of the last monthly anniversary reached (`since` itself when `totalMonths` is 0). */
  lastAnniversary: PlainDate;
  /** The date of the next monthly anniversary (`totalMonths + 1`). */
  nextAnniversary: PlainDate;
}

interface SoberCommon {
  /** The sobriety date, as a calendar date (in the viewer's zone when the input was an absolute instant). */
  sinceDate: PlainDate;
  /** Today's calendar date in `timeZone`. */
  today: PlainDate;
  /** The zone the count was made in. */
  timeZone: string;
  /** The start instant (epoch ms) when the input carried a time of day. */
  startInstant?: number;
}

export interface SoberCounting extends SoberCommon, SoberBreakdown {
  status: 'counting';
  /** Whole hours elapsed since `startInstant` (only when a time of day was given). */
  hours?: number;
  /** Minutes past the last whole hour, 0-59 (only when a time of day was given). */
  minutes?: number;
}

export interface SoberFuture extends SoberCommon {
  status: 'future';
  /**
   * Calendar days from today until the sobriety date (>= 1 for a future date; 0 when the
   * date is today but the given time of day has not come yet).
   */
  daysUntilStart: number;
}

export interface SoberInvalid {
  status: 'invalid';
  /** Stable code of the {@link DateInputError}: 'invalid-date' | 'invalid-time' | 'invalid-zone'. */
  code: DateInputError['code'];
  /** The offending input. */
  input: string;
}

export type SoberTime = SoberCounting | SoberFuture | SoberInvalid;

export interface SoberTimeInput {
  /** "YYYY-MM-DD", "YYYY-MM-DDTHH:MM[:SS]" (wall time in `timeZone`) or with `Z` / `±HH:MM`; or a PlainDate. */
  since: string | PlainDate;
  /** Current instant, epoch milliseconds. */
  now: number;
  /** IANA zone of the viewer (or the zone the page names). */
  timeZone: string;
}

/**
 * Breakdown of the time from `since` to `today` by the clamped-anniversary rule.
 * `today` must not be before `since` (throws a RangeError: use {@link soberTime} for user input).
 */
export function soberBreakdown(since: PlainDate, today: PlainDate): SoberBreakdown {
  const days = daysBetween(since, today);
  if (days < 0) throw new RangeError('today is before the sobriety date');
  let totalMonths = (today.year - since.year) * 12 + (today.month - since.month);
  // The candidate anniversary falls in today's month; if it is still ahead, the previous one counts.
  if (compareDates(addMonthsClamped(since, totalMonths), today) > 0) totalMonths -= 1;
  const lastAnniversary = addMonthsClamped(since, totalMonths);
  return {
    days,
    totalMonths,
    years: Math.floor(totalMonths / 12),
    months: totalMonths % 12,
    remDays: daysBetween(lastAnniversary, today),
    lastAnniversary,
    nextAnniversary: addMonthsClamped(since, totalMonths + 1),
  };
}

/** The date of the anniversary `months` whole months after `since` (clamped to month end). */
export function anniversaryDate(since: PlainDate, span: { months: number } | { years: number }): PlainDate {
  const months = 'years' in span ? span.years * 12 : span.months;
  return addMonthsClamped(since, months);
}

/** The calendar date `n` days after the sobriety date (day `n` of the count). */
export function dayDate(since: PlainDate, n: number): PlainDate {
  return addDays(since, n);
}

function invalid(code: DateInputError['code'], input: unknown): SoberInvalid {
  return { status: 'invalid', code, input: String(input) };
}

/**
 * Sober time for a sobriety date (or date-time) at instant `now` in `timeZone`. Never throws:
 * bad input gives `{ status: 'invalid', code }` with the {@link DateInputError} code.
 *
 * - A bare date is a calendar date: the count is the calendar days from it to today's date in
 *   `timeZone`, whatever zone it was entered in.
 * - A date-time without offset is wall time in `timeZone`; with `Z` / `±HH:MM` it is an absolute
 *   instant, and its calendar date is taken in `timeZone`. Either way `hours` / `minutes` give
 *   the real time elapsed since that instant.
 */
export function soberTime({ since, now, timeZone }: SoberTimeInput): SoberTime {
  if (!isValidTimeZone(timeZone)) return invalid('invalid-zone', timeZone);
  // Beyond ±8.64e15 ms (like NaN) a Date has no calendar date: Intl would throw.
  if (typeof now != 'number' || !(Math.abs(now) <= 864e13)) return invalid('invalid-time', now);

  let sinceDate: PlainDate;
  let startInstant: number | undefined;
  if (typeof since === 'object' && since !== null) {
    if (!isValidPlainDate(since)) return invalid('invalid-date', JSON.stringify(since));
    sinceDate = { year: since.year, month: since.month, day: since.day };
  } else {
    try {
      const parsed = parseDateInput(String(since ?? ''));
      if (parsed.time) {
        startInstant = parseInstant(String(since), timeZone);
        sinceDate = parsed.offsetMinutes === undefined ? parsed.date : zonedDate(startInstant, timeZone);
      } else {
        sinceDate = parsed.date;
      }
    } catch (e) {
      if (e instanceof DateInputError) return invalid(e.code, since);
      throw e;
    }
  }

  const today = zonedDate(now, timeZone);
  const common: SoberCommon = { sinceDate, today, timeZone };
  if (startInstant !== undefined) common.startInstant = startInstant;

  const ahead = daysBetween(today, sinceDate);
  if (ahead > 0 || (startInstant !== undefined && startInstant > now)) {
    return { status: 'future', ...common, daysUntilStart: Math.max(0, ahead) };
  }

  const result: SoberCounting = { status: 'counting', ...common, ...soberBreakdown(sinceDate, today) };
  if (startInstant !== undefined) {
    const elapsedMinutes = Math.floor((now - startInstant) / 60_000);
    result.hours = Math.floor(elapsedMinutes / 60);
    result.minutes = elapsedMinutes % 60;
  }
  return result;
}

/**
 * The instant (epoch ms) of the next local midnight after `now` in `timeZone`: when the day
 * count changes. On days that start at 01:00 (DST at midnight) it is that first instant.
 * Throws {@link DateInputError} ('invalid-zone') for an unknown zone.
 */
export function nextRollover(now: number, timeZone: string): number {
  let date = zonedDate(now, timeZone);
  for (let i = 0; i < 3; i++) {
    date = addDays(date, 1);
    const t = startOfDay(date, timeZone);
    if (t > now) return t;
  }
  /* c8 ignore next */
  throw new RangeError('no rollover found');
}

/**
 * The instant (epoch ms) of the next whole minute after `now` (for live hours/minutes).
 * Minutes are whole in every zone's offset, so this needs no zone.
 */
export function nextMinute(now: number): number {
  return Math.floor(now / 60_000) * 60_000 + 60_000;
}

/** Money saved: `days * dailyCost`, free of float noise. 0 for negative or non-finite inputs. */
export function moneySaved(days: number, dailyCost: number): number {
  if (!(Number.isFinite(days) && days > 0 && Number.isFinite(dailyCost) && dailyCost > 0)) return 0;
  return Math.round(days * dailyCost * 1e6) / 1e6;
}

/** Time saved in hours: `days * dailyHours` (0 for negative or non-finite inputs; hours per day capped at 24). */
export function hoursSaved(days: number, dailyHours: number): number {
  if (!(Number.isFinite(days) && days > 0 && Number.isFinite(dailyHours) && dailyHours > 0)) return 0;
  return Math.round(days * Math.min(dailyHours, 24) * 1e6) / 1e6;
}

/** Splits hours into whole days of 24 hours plus the remaining hours (for "3 days 4 hours saved"). */
export function splitHours(hours: number): { days: number; hours: number } {
  if (!(Number.isFinite(hours) && hours > 0)) return { days: 0, hours: 0 };
  const days = Math.floor(hours / 24);
  return { days, hours: Math.round((hours - days * 24) * 1e6) / 1e6 };
}
