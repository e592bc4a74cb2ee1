/**
 * The normalized meeting model every adapter produces and the filter engine reads.
 * Pure data: no DOM, no Lit; safe to pass between a worker and the page (structured clone),
 * except `source.record`, which is the original record as parsed (also plain JSON).
 */

/** How one can attend. `inactive`: neither a usable place nor an online link (e.g. TC with no link). */
export type Attendance = 'in_person' | 'online' | 'hybrid' | 'inactive';

export const ATTENDANCE_VALUES: readonly Attendance[] = ['in_person', 'online', 'hybrid', 'inactive'];

/** Type `TC` (Location Temporarily Closed): the meeting's place is closed, whatever its attendance. */
export const isPlaceClosed = (m: { types: readonly string[] }): boolean => m.types.includes('TC');

export type FeedFormat = 'meeting-guide' | 'bmlt' | 'csv';

export interface Coordinates {
  lat: number;
  lng: number;
}

export interface AddressParts {
  street: string;
  city: string;
  state: string;
  postalCode: string;
  country: string;
}

export interface OnlineInfo {
  /** http: or https: URL only; anything else (javascript:, data:, ...) is dropped. */
  url: string | null;
  urlNotes: string;
  /**
   * `tel:`-safe: digits, `,` `*` `#` and one leading `+`: the number, then any dial sequence after
   * a pause (`+16465588656,,123456789#`: meeting ID 123 456 789). The number alone is the part
   * before the first `,`. (In an href, `#` must be written `%23`.)
   */
  phone: string | null;
  /** The feed's phone notes, after any words that came in the phone field itself ("Passcode 1234"). */
  phoneNotes: string;
}

export interface Meeting {
  /** The source's own id (Meeting Guide `id`, BMLT `id_bigint`) as text, else the slug. Not guaranteed unique. */
  id: string;
  /** Unique within one {@link LoadResult} (duplicates get `-2`, `-3`, ... and a repair note). The key for URLs and lists. */
  slug: string;
  name: string;
  /** Weekdays, 0 = Sunday ... 6 = Saturday, sorted, unique. Empty = by appointment. */
  days: number[];
  /** Minutes after midnight in {@link timeZone} (0-1439), or null (by appointment / time unknown). */
  start: number | null;
  /**
   * Wall-clock end in minutes after midnight (0-1439), or null. May be less than `start` when
   * the meeting runs past midnight (23:30-00:30); use {@link duration} for arithmetic.
   */
  end: number | null;
  /** Minutes, > 0, when `start` is known (default 60). */
  duration: number | null;
  /** IANA zone the times are in (the record's own, else the feed's). */
  timeZone: string;
  attendance: Attendance;
  address: AddressParts;
  /** One-line address as given, or built from the parts. */
  formattedAddress: string;
  /**
   * True when the address is only approximate (a city or region), and for every `online`
   * meeting: its street address, if any, is not a place to go.
   */
  approximate: boolean;
  location: string;
  locationNotes: string;
  /**
   * The place's point, or null: none or invalid in the feed, and always null when the place is
   * closed: type `TC` (see {@link isPlaceClosed}), or `inactive` at a street-level address. A
   * closed place gets no map marker and no distance (it sorts last and is outside every radius,
   * as an online meeting is), while its address text stays for the details to show it marked
   * closed. The feed's own values remain in `source.record`. "Has a place to go" is
   * `coordinates !== null && !approximate` everywhere (map, distance sort and filter, directions),
   * and is false for every online, inactive and TC meeting.
   */
  coordinates: Coordinates | null;
  /** General to specific, e.g. ["Delaware County", "Woodlyn"]. */
  regions: string[];
  /** Type codes (Meeting Guide codes; BMLT keys mapped where they mean the same). Unknown codes kept. */
  types: string[];
  online: OnlineInfo;
  notes: string;
  group: string;
  groupNotes: string;
  district: string;
  /** http(s) only, else null. */
  website: string | null;
  /** The meeting's page on the source site (http(s) only), else null. */
  url: string | null;
  /** As given by the source ("2023-08-29 15:56:59"), not parsed. */
  updated: string;
  source: { index: number; format: FeedFormat; record: unknown };
}

/** Stable, machine-readable reasons. UIs localize these codes. */
export type SkipReason = 'not-an-object' | 'missing-name' | 'invalid-day' | 'invalid-time';

export type RepairReason =
  | 'missing-slug'
  | 'duplicate-slug'
  | 'unknown-time-zone'
  | 'invalid-coordinates'
  | 'invalid-end-time'
  | 'end-before-start'
  | 'truncated'
  | 'unsafe-url'
  | 'invalid-phone'
  | 'invalid-attendance'
  | 'day-7-as-sunday'
  | 'invalid-duration';

export interface SkippedRecord {
  index: number;
  reason: SkipReason;
  /** The record's name when it had one (already made plain text and truncated). */
  name?: string;
}

export interface RepairedRecord {
  index: number;
  reason: RepairReason;
  /** The field concerned, when one. */
  field?: string;
}

export interface LoadResult {
  meetings: Meeting[];
  skipped: SkippedRecord[];
  repaired: RepairedRecord[];
  format: FeedFormat;
  /**
   * Labels the feed itself defines for codes that are not Meeting Guide codes (BMLT formats):
   * code -> language -> label. Pass to `typeLabel` as `extra`.
   */
  typeLabels: Record<string, Record<string, string>>;
}

export type MeetingsErrorCode = 'invalid-json' | 'not-a-feed' | 'unknown-format' | 'invalid-time-zone' | 'empty-input';

/** Thrown only when the whole input is unusable. `code` is stable for localized messages. */
export class MeetingsInputError extends Error {
  constructor(
    readonly code: MeetingsErrorCode,
    detail = '',
  ) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'MeetingsInputError';
  }
}
