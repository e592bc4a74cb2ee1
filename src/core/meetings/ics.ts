/**
 * iCalendar (RFC 5545) text for one weekly meeting, and a Google Calendar link.
 *
 * The event is in the meeting's own zone (DTSTART;TZID=...), repeats weekly on its days, and
 * carries a VTIMEZONE computed from the zone's real offsets (via Intl): the transitions of the
 * year before the event are found to the minute, turned into yearly rules (e.g. 2nd Sunday of
 * March) and checked against the following years; when the rules do not hold (a zone that
 * changed its law) each transition is listed explicitly for several years instead.
 * Text is escaped (\\ ; , newline), lines are folded at 75 octets of UTF-8 without splitting a
 * character, and lines end with CRLF.
 *
 * No calendar entry leads to a closed door: a meeting with no online link or phone gets none
 * when its place is closed, that is type `TC` (Location Temporarily Closed), or `inactive` with
 * a street address (the feed says no one meets there). An inactive meeting with no street
 * address and no link keeps its entry (a day and time, no address to walk to). A `TC` meeting
 * that meets online keeps its entry, located at its link (never the closed address).
 */
import { addDays, daysInMonth, fromEpochDay, toEpochDay, weekdayOf, zonedDateTime, zoneOffsetMinutes, type PlainDate } from '../time/calendar.js';
import { isPlaceClosed, type Meeting } from './model.js';
import { nextOccurrence } from './occurrence.js';

export interface IcsOptions {
  /** Epoch ms: DTSTAMP and the first occurrence on or after it. Default Date.now(). */
  now?: number;
  /** Right-hand side of the UID (default: the host of the meeting's page, else "recovery-kit"). */
  uidDomain?: string;
  /** PRODID (default "-//recovery-kit//meetings//EN"). */
  prodId?: string;
}

const BYDAY = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** RFC 5545 TEXT escaping. */
export function escapeText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

function utf8Length(cp: number): number {
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/** Folds one content line at 75 octets (continuations start with one space). */
export function foldLine(line: string): string {
  let out = '';
  let bytes = 0;
  let limit = 75;
  for (const ch of line) {
    const b = utf8Length(ch.codePointAt(0)!);
    if (bytes + b > limit) {
      out += '\r\n ';
      bytes = 1;
      limit = 75;
    }
    out += ch;
    bytes += b;
  }
  return out;
}

function localStamp(d: PlainDate, minutes: number): string {
  return `${pad(d.year, 4)}${pad(d.month)}${pad(d.day)}T${pad(Math.floor(minutes / 60))}${pad(minutes % 60)}00`;
}

function utcStamp(ms: number): string {
  const p = zonedDateTime(ms, 'UTC');
  return `${pad(p.year, 4)}${pad(p.month)}${pad(p.day)}T${pad(p.hour)}${pad(p.minute)}${pad(p.second)}Z`;
}

function offsetText(min: number): string {
  const sign = min < 0 ? '-' : '+';
  const a = Math.abs(min);
  return `${sign}${pad(Math.floor(a / 60))}${pad(a % 60)}`;
}

// ---- zone transitions ----------------------------------------------------------------------

export interface ZoneTransition {
  /** Epoch ms of the change. */
  at: number;
  from: number;
  to: number;
  /** Wall time just before the change, in the old offset. */
  local: PlainDate & { minutes: number };
}

const transitionCache = new Map<string, ZoneTransition[]>();

/** Offset changes of `zone` during calendar year `year` (UTC), found to the minute. */
export function zoneTransitions(zone: string, year: number): ZoneTransition[] {
  const key = zone + '|' + year;
  const hit = transitionCache.get(key);
  if (hit) return hit;
  const out: ZoneTransition[] = [];
  // Probe every 24 h of elapsed time (a search step, not a calendar-day count), then bisect.
  const STEP = 24 * 3600_000;
  let t = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  let off = zoneOffsetMinutes(t, zone);
  while (t < end) {
    const next = Math.min(t + STEP, end);
    const o = zoneOffsetMinutes(next, zone);
    if (o !== off) {
      let lo = t;
      let hi = next;
      while (hi - lo > 60_000) {
        const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
        if (zoneOffsetMinutes(mid, zone) === off) lo = mid;
        else hi = mid;
      }
      // Wall clock in the old offset, read as UTC fields.
      const p = zonedDateTime(hi + off * 60_000, 'UTC');
      out.push({ at: hi, from: off, to: o, local: { year: p.year, month: p.month, day: p.day, minutes: p.hour * 60 + p.minute } });
      off = o;
    }
    t = next;
  }
  transitionCache.set(key, out);
  return out;
}

interface Rule {
  month: number;
  /** 1-4, or -1 for the last. */
  nth: number;
  weekday: number;
  minutes: number;
}

function ruleDate(year: number, r: Rule): PlainDate {
  if (r.nth > 0) {
    const first = { year, month: r.month, day: 1 };
    const shift = (r.weekday - weekdayOf(first) + 7) % 7;
    return { year, month: r.month, day: 1 + shift + (r.nth - 1) * 7 };
  }
  const last = { year, month: r.month, day: daysInMonth(year, r.month) };
  const back = (weekdayOf(last) - r.weekday + 7) % 7;
  return { year, month: r.month, day: last.day - back };
}

function rulesFor(t: ZoneTransition): Rule[] {
  const wd = weekdayOf(t.local);
  const nth = Math.ceil(t.local.day / 7);
  const out: Rule[] = [];
  if (nth <= 4) out.push({ month: t.local.month, nth, weekday: wd, minutes: t.local.minutes });
  if (t.local.day + 7 > daysInMonth(t.local.year, t.local.month)) out.push({ month: t.local.month, nth: -1, weekday: wd, minutes: t.local.minutes });
  return out;
}

function sameDay(a: PlainDate, b: PlainDate) {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

function component(kind: 'STANDARD' | 'DAYLIGHT', from: number, to: number, start: string, rrule?: string): string[] {
  const lines = [`BEGIN:${kind}`, `DTSTART:${start}`, `TZOFFSETFROM:${offsetText(from)}`, `TZOFFSETTO:${offsetText(to)}`];
  if (rrule) lines.push(`RRULE:${rrule}`);
  lines.push(`END:${kind}`);
  return lines;
}

/** VTIMEZONE lines for `zone`, valid from the year before `year` onwards. */
export function vtimezone(zone: string, year: number): string[] {
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  const base = zoneTransitions(zone, year - 1);
  const checks = [zoneTransitions(zone, year), zoneTransitions(zone, year + 1), zoneTransitions(zone, year + 2)];
  const kindOf = (t: ZoneTransition) => (t.to > t.from ? 'DAYLIGHT' : 'STANDARD');
  if (!base.length && checks.every((c) => !c.length)) {
    const off = zoneOffsetMinutes(Date.UTC(year, 0, 1), zone);
    lines.push(...component('STANDARD', off, off, '19700101T000000'));
  } else {
    // Try yearly rules derived from the base year, checked against the next three years.
    const rules: (Rule | null)[] = base.map((t) => {
      for (const r of rulesFor(t)) {
        const ok = checks.every((c) =>
          c.some((x) => x.from === t.from && x.to === t.to && x.local.minutes === r.minutes && sameDay(x.local, ruleDate(x.local.year, r))),
        );
        if (ok) return r;
      }
      return null;
    });
    const consistent = base.length > 0 && rules.every(Boolean) && checks.every((c) => c.length === base.length);
    if (consistent) {
      base.forEach((t, i) => {
        const r = rules[i]!;
        lines.push(...component(kindOf(t), t.from, t.to, localStamp(t.local, t.local.minutes), `FREQ=YEARLY;BYMONTH=${r.month};BYDAY=${r.nth}${BYDAY[r.weekday]}`));
      });
    } else {
      const all = [base, ...checks, zoneTransitions(zone, year + 3), zoneTransitions(zone, year + 4)].flat();
      if (!all.length) {
        const off = zoneOffsetMinutes(Date.UTC(year, 0, 1), zone);
        lines.push(...component('STANDARD', off, off, '19700101T000000'));
      } else {
        // The offset in force before the first listed change.
        const first = all[0];
        lines.push(...component('STANDARD', first.from, first.from, '19700101T000000'));
        for (const t of all) lines.push(...component(kindOf(t), t.from, t.to, localStamp(t.local, t.local.minutes)));
      }
    }
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

// ---- the event -----------------------------------------------------------------------------

function firstLocal(m: Meeting, now: number): { date: PlainDate; start: number } | null {
  if (unattendable(m)) return null;
  const o = nextOccurrence(m, now);
  if (!o || m.start === null) return null;
  // The local date of the occurrence: the wall date in the meeting's zone at its start.
  const p = zonedDateTime(o.start, m.timeZone);
  // In a spring-forward gap the instant shows a later wall time; keep the scheduled time.
  return { date: { year: p.year, month: p.month, day: p.day }, start: m.start };
}

function description(m: Meeting): string {
  const parts: string[] = [];
  if (m.notes) parts.push(m.notes);
  if (m.locationNotes) parts.push(m.locationNotes);
  if (m.online.url) parts.push(m.online.url + (m.online.urlNotes ? `\n${m.online.urlNotes}` : ''));
  if (m.online.phone) parts.push(m.online.phone + (m.online.phoneNotes ? `\n${m.online.phoneNotes}` : ''));
  if (m.url) parts.push(m.url);
  return parts.join('\n\n');
}

/** A closed place and no online link or phone: TC, or inactive with a street address. */
const unattendable = (m: Meeting) =>
  (isPlaceClosed(m) || (m.attendance === 'inactive' && !!m.formattedAddress && !m.approximate)) && !m.online.url && !m.online.phone;

function locationText(m: Meeting): string {
  const place = isPlaceClosed(m) ? '' : [m.location, m.approximate ? '' : m.formattedAddress].filter(Boolean).join(', ');
  return place || (m.online.url ?? '');
}

/** The .ics text (CRLF line ends) for a meeting, or null when it has no day and time or cannot be attended (see above). */
export function meetingToIcs(m: Meeting, options: IcsOptions = {}): string | null {
  const now = options.now ?? Date.now();
  const first = firstLocal(m, now);
  if (!first || m.start === null) return null;
  const endWall = first.start + (m.duration ?? 60);
  const endDate = addDays(first.date, Math.floor(endWall / 1440));
  let domain = options.uidDomain;
  if (!domain && m.url) {
    try {
      domain = new URL(m.url).hostname;
    } catch {
      /* ignore */
    }
  }
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${options.prodId ?? '-//recovery-kit//meetings//EN'}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...vtimezone(m.timeZone, first.date.year),
    'BEGIN:VEVENT',
    `UID:${m.slug.replace(/[^\w.-]/g, '-')}@${domain || 'recovery-kit'}`,
    `DTSTAMP:${utcStamp(now)}`,
    `DTSTART;TZID=${m.timeZone}:${localStamp(first.date, first.start)}`,
    `DTEND;TZID=${m.timeZone}:${localStamp(endDate, endWall % 1440)}`,
    `RRULE:FREQ=WEEKLY;BYDAY=${m.days.map((d) => BYDAY[d]).join(',')}`,
    `SUMMARY:${escapeText(m.name)}`,
  ];
  const loc = locationText(m);
  if (loc) lines.push(`LOCATION:${escapeText(loc)}`);
  if (m.coordinates && !m.approximate && !isPlaceClosed(m)) lines.push(`GEO:${m.coordinates.lat};${m.coordinates.lng}`);
  const url = m.online.url ?? m.url;
  if (url) lines.push(`URL:${url}`);
  const desc = description(m);
  if (desc) lines.push(`DESCRIPTION:${escapeText(desc)}`);
  lines.push('END:VEVENT', 'END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** A suggested file name: the slug plus ".ics". */
export function icsFileName(m: Meeting): string {
  return `${m.slug.replace(/[^\w.-]/g, '-').slice(0, 80) || 'meeting'}.ics`;
}

/** Google Calendar "add event" link for the next occurrence, repeating weekly, in the meeting's zone; null as for {@link meetingToIcs}. */
export function googleCalendarUrl(m: Meeting, options: { now?: number } = {}): string | null {
  const first = firstLocal(m, options.now ?? Date.now());
  if (!first || m.start === null) return null;
  const endWall = first.start + (m.duration ?? 60);
  const endDate = fromEpochDay(toEpochDay(first.date) + Math.floor(endWall / 1440));
  const params = new URLSearchParams({
    action: 'TEMPLATE',
    text: m.name,
    dates: `${localStamp(first.date, first.start)}/${localStamp(endDate, endWall % 1440)}`,
    ctz: m.timeZone,
    recur: `RRULE:FREQ=WEEKLY;BYDAY=${m.days.map((d) => BYDAY[d]).join(',')}`,
  });
  const desc = description(m);
  if (desc) params.set('details', desc);
  const loc = locationText(m);
  if (loc) params.set('location', loc);
  return `https://calendar.google.com/calendar/render?${params.toString()}`;
}
