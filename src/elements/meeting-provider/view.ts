/** Presentation helpers the finder's parts share (no state). */
import { css } from 'lit';
import type { Formatter } from '../../core/i18n/index.js';
import { viewerTime } from '../../core/meetings/occurrence.js';
import type { Attendance, Meeting } from '../../core/meetings/model.js';
import type { MeetingsStore } from './context.js';
import type { FinderMessages } from './messages.js';

export function attendanceLabel(a: Attendance, m: FinderMessages): string {
  return a === 'in_person' ? m.inPerson : a === 'online' ? m.online : a === 'hybrid' ? m.hybrid : m.inactive;
}

/** A type code's label in `locale` (the type catalog loads with the engine; until then the code). */
export function labelOf(code: string, store: MeetingsStore, locale = store.locale): string {
  return store.typeLabel?.(code, locale) ?? code;
}

/**
 * Row texts are remembered per meeting for the current minute, locale and zone: a filter change
 * mostly re-shows meetings already formatted, and Intl formatting dominates a list render.
 */
const textMemo = new WeakMap<Meeting, { key: string; value: ReturnType<typeof computeTimeTexts> }>();

/**
 * "7:00 PM" in the viewer's zone, and "4:00 PM PST" in the meeting's own zone when different;
 * with the weekday ("Tue 7:00 PM GMT+13") when the meeting's calendar day is another.
 */
export function timeTexts(meeting: Meeting, store: MeetingsStore, fmt: Formatter) {
  const key = `${Math.floor(store.now / 60000)}|${fmt.locale}|${store.timeZone}`;
  const hit = textMemo.get(meeting);
  if (hit?.key === key) return hit.value;
  const value = computeTimeTexts(meeting, store, fmt);
  textMemo.set(meeting, { key, value });
  return value;
}

function computeTimeTexts(meeting: Meeting, store: MeetingsStore, fmt: Formatter) {
  const vt = viewerTime(meeting, store.now, store.timeZone);
  if (!vt) return null;
  const hm: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };
  const start = fmt.dateTime(vt.occurrence.start, { ...hm, timeZone: store.timeZone });
  const end = fmt.dateTime(vt.occurrence.end, { ...hm, timeZone: store.timeZone });
  const own = vt.zoneDiffers
    ? fmt.dateTime(vt.occurrence.start, { ...(vt.dayDiffers ? { weekday: 'short' } : {}), ...hm, timeZone: meeting.timeZone, timeZoneName: 'short' })
    : '';
  const day = fmt.dateTime(vt.occurrence.start, { weekday: 'long', month: 'long', day: 'numeric', timeZone: store.timeZone });
  const dayKey = `${vt.date.year}-${vt.date.month}-${vt.date.day}`;
  return { start, end, own, day, dayKey, vt };
}

export function distanceText(meeting: Meeting, store: MeetingsStore, fmt: Formatter, m: FinderMessages): string {
  if (!store.origin || !store.index) return '';
  const d = store.index.distanceTo(meeting, store.origin, store.unit);
  if (d === null) return '';
  return m.away(`${fmt.number(d, { maximumFractionDigits: d < 10 ? 1 : 0 })} ${store.unit === 'mi' ? m.mi : m.km}`);
}

/** Styles shared by the parts: badges (`.closed`: inactive, or the place temporarily closed) and print rules. */
export const partStyles = css`
  .badge {
    display: inline-block;
    padding: 0 var(--_s2);
    border: 1px solid var(--_border);
    border-radius: 999px;
    font-size: 0.875em;
    color: var(--_text);
    background: var(--_surface-alt);
  }
  .badge.live {
    border-color: var(--_success);
    color: var(--_success);
    font-weight: 700;
  }
  .badge.soon {
    border-color: var(--_warning);
    color: var(--_warning);
    font-weight: 700;
  }
  .badge.closed {
    border-color: var(--_danger);
    color: var(--_danger);
    font-weight: 700;
  }
  @media print {
    button:not(.open),
    .rk-button,
    .no-print {
      display: none !important;
    }
  }
`;
