/**
 * When a weekly meeting happens, as instants (epoch ms): next start, "in progress", "starting
 * soon", and the time in the viewer's zone. Each occurrence is the meeting's wall-clock start
 * in its own zone on a calendar date (so a 19:00 meeting stays at 19:00 across DST), converted
 * with `zonedToInstant` (a start in a spring-forward gap moves forward by the gap; in a
 * fall-back overlap the earlier instant is used). The end is start + duration (elapsed time).
 */
import { fromEpochDay, toEpochDay, weekdayOf, zonedDate, zonedDateTime, zonedToInstant, type PlainDate } from '../time/calendar.js';
import type { Meeting } from './model.js';

export interface Occurrence {
  /** Epoch ms. */
  start: number;
  end: number;
}

const MINUTE = 60_000;

const wallCache = new Map<string, number>();
/** Instant of `minutes` after midnight on epoch day `day` in `zone` (cached: feeds repeat times). */
export function wallInstant(zone: string, day: number, minutes: number): number {
  const key = zone + '|' + day + '|' + minutes;
  let v = wallCache.get(key);
  if (v === undefined) {
    if (wallCache.size > 50_000) wallCache.clear();
    const d = fromEpochDay(day);
    v = zonedToInstant({ ...d, hour: Math.floor(minutes / 60), minute: minutes % 60, second: 0 }, zone);
    wallCache.set(key, v);
  }
  return v;
}

const todayCache = new Map<string, { minute: number; day: number }>();
/** Epoch day of `now` in `zone` (cached per zone and minute). */
export function epochDayIn(now: number, zone: string): number {
  const minute = Math.floor(now / MINUTE);
  const c = todayCache.get(zone);
  if (c && c.minute === minute) return c.day;
  const day = toEpochDay(zonedDate(now, zone));
  todayCache.set(zone, { minute, day });
  return day;
}

/** Weekday (0 = Sunday) of `now` in `zone`: the default for the day filter. */
export function todayInZone(now: number, zone: string): number {
  return (((epochDayIn(now, zone) + 4) % 7) + 7) % 7;
}

/**
 * The occurrence in progress at `now`, else the next one; null for meetings without a
 * schedule. This is the "next occurrence" the default sort uses.
 */
export function currentOrNextOccurrence(m: Meeting, now: number): Occurrence | null {
  if (m.start === null || !m.days.length) return null;
  const today = epochDayIn(now, m.timeZone);
  const dur = (m.duration ?? 60) * MINUTE;
  for (let k = -1; k <= 8; k++) {
    const day = today + k;
    const wd = (((day + 4) % 7) + 7) % 7;
    if (m.days.indexOf(wd) < 0) continue;
    const start = wallInstant(m.timeZone, day, m.start);
    if (start + dur > now) return { start, end: start + dur };
  }
  return null;
}

/** The next occurrence that starts at or after `now`. */
export function nextOccurrence(m: Meeting, now: number): Occurrence | null {
  if (m.start === null || !m.days.length) return null;
  const today = epochDayIn(now, m.timeZone);
  const dur = (m.duration ?? 60) * MINUTE;
  for (let k = 0; k <= 8; k++) {
    const day = today + k;
    const wd = (((day + 4) % 7) + 7) % 7;
    if (m.days.indexOf(wd) < 0) continue;
    const start = wallInstant(m.timeZone, day, m.start);
    if (start >= now) return { start, end: start + dur };
  }
  return null;
}

export type MeetingStatus = 'in-progress' | 'starting-soon' | 'later' | 'unscheduled';

/** Status at `now`; "starting soon" means it starts within `soonMinutes` (default 30). */
export function meetingStatus(m: Meeting, now: number, soonMinutes = 30): MeetingStatus {
  const o = currentOrNextOccurrence(m, now);
  if (!o) return 'unscheduled';
  if (o.start <= now) return 'in-progress';
  return o.start - now <= soonMinutes * MINUTE ? 'starting-soon' : 'later';
}

export function isInProgress(m: Meeting, now: number): boolean {
  return meetingStatus(m, now, 0) === 'in-progress';
}

export interface ViewerTime {
  occurrence: Occurrence;
  /** Date and weekday of the start in the viewer's zone. */
  date: PlainDate;
  weekday: number;
  /** Start and end, minutes after midnight in the viewer's zone. */
  start: number;
  end: number;
  /**
   * True when the viewer's wall clock differs from the meeting's (show both): another time, or
   * the same time on another calendar day (zones a whole day apart, as Pacific/Apia, UTC+13, and
   * Pacific/Pago_Pago, UTC-11).
   */
  zoneDiffers: boolean;
  /** True when the start falls on another calendar day in the meeting's zone than in the viewer's. */
  dayDiffers: boolean;
}

/** The next (or current) occurrence as the viewer's clock shows it. */
export function viewerTime(m: Meeting, now: number, viewerZone: string): ViewerTime | null {
  const o = currentOrNextOccurrence(m, now);
  if (!o) return null;
  const s = zonedDateTime(o.start, viewerZone);
  const e = zonedDateTime(o.end, viewerZone);
  const date = { year: s.year, month: s.month, day: s.day };
  const start = s.hour * 60 + s.minute;
  // Compare the calendar day as well as the clock: minutes after midnight alone are equal for
  // zones 24 hours apart.
  const dayDiffers = viewerZone !== m.timeZone && toEpochDay(date) !== toEpochDay(zonedDate(o.start, m.timeZone));
  return {
    occurrence: o,
    date,
    weekday: weekdayOf(date),
    start,
    end: e.hour * 60 + e.minute,
    zoneDiffers: viewerZone !== m.timeZone && (start !== m.start || dayDiffers),
    dayDiffers,
  };
}

/** All occurrences starting in [from, to). */
export function occurrencesBetween(m: Meeting, from: number, to: number): Occurrence[] {
  const out: Occurrence[] = [];
  if (m.start === null || !m.days.length || to <= from) return out;
  const first = epochDayIn(from, m.timeZone) - 1;
  const last = epochDayIn(to, m.timeZone) + 1;
  const dur = (m.duration ?? 60) * MINUTE;
  for (let day = first; day <= last && out.length < 10_000; day++) {
    if (m.days.indexOf((((day + 4) % 7) + 7) % 7) < 0) continue;
    const start = wallInstant(m.timeZone, day, m.start);
    if (start >= from && start < to) out.push({ start, end: start + dur });
  }
  return out;
}

/** "19:30" from minutes after midnight (values past 24 h wrap). */
export function formatMinutes(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}
