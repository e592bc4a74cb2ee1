import { soberTime, type SoberTime } from '../../core/time/sober.js';
import { addDays, addMonthsClamped, zonedDate, type PlainDate } from '../../core/time/calendar.js';
import { milestoneStatus, type MilestoneStatus } from '../../core/milestones/status.js';
import type { MilestoneScheme } from '../../core/milestones/schemes.js';

/** How long someone has been counting: a sobriety date, or a count of days or months up to today. */
export interface MilestoneInput {
  /** "YYYY-MM-DD" (or an ISO date-time). */
  since?: string;
  /** Whole days counted today (day 0 = the sobriety date). */
  days?: number;
  /** Whole calendar months counted today. */
  months?: number;
}

export type CardStatus = MilestoneStatus & { sober: SoberTime };

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 36_525;

/**
 * The one place the card and the wall turn their input into a count and a milestone status.
 * A count of days (or months) is placed on the calendar as that many days (or clamped months)
 * before today in `timeZone`; the date is only used for the arithmetic, never shown.
 */
export function cardStatus(input: MilestoneInput, scheme: MilestoneScheme, now: number, timeZone: string): CardStatus {
  let since: string | PlainDate = input.since ?? '';
  if (!input.since) {
    const today = zonedDate(now, timeZone);
    if (isCount(input.days)) since = addDays(today, -input.days);
    else if (isCount(input.months)) since = addMonthsClamped(today, -input.months);
  }
  const sober = soberTime({ since, now, timeZone });
  return { sober, ...milestoneStatus(scheme, sober) };
}
