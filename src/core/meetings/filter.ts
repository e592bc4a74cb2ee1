/**
 * Search and filter engine. `createMeetingIndex(meetings)` precomputes, once per feed:
 * folded search text (one corpus string scanned with native `indexOf`), and one bitset per
 * weekday, time-of-day bucket, attendance value, type code and region path prefix. A filter
 * change is then a handful of bitset ANDs, a corpus scan only when the keyword changed (and
 * only over the previous matches when the new query extends the old one), and one pass over a
 * cached sort order. Facet counts are popcounts of the same bitsets.
 *
 * Semantics (documented for the UI):
 * - keyword: every word must occur (AND), accent- and case-insensitive, as a substring of the
 *   name, location, address, group, notes, location notes, regions or district.
 * - days: weekdays; several days = any of them (OR). With `timeZone` in the query options (the
 *   viewer's zone, as the finder passes it) a meeting is on the weekdays its coming
 *   occurrences fall on in that zone, the days the list shows it under: a Saturday 21:00 New
 *   York meeting is on Saturday for a viewer in Los Angeles, and a Saturday 23:30 one is on
 *   Sunday for a viewer in London. Without it, the meeting's own weekdays. Pass
 *   `todayInZone(now, viewerZone)` for the usual "today" default.
 * - times: buckets of the start time on the same clock (the viewer's with `timeZone`, else the
 *   meeting's): morning 04:00-11:59, afternoon 12:00-16:59, evening 17:00-20:59, night
 *   21:00-03:59; several = OR. `startAfter` (minutes) keeps meetings starting at or after that
 *   time. Meetings without a time (by appointment) match no bucket and no `startAfter`.
 * - types: AND (a meeting must have every selected type).
 * - attendance (OR between values): `in_person` = in person or hybrid (you can walk in),
 *   `online` = online or hybrid (you can join from home), `hybrid` = hybrid only,
 *   `inactive` = inactive only. No value = every meeting, inactive ones included.
 * - region: a path prefix (["Delaware County"] matches ["Delaware County", "Woodlyn"]).
 * - near: a point; with `radius` (in `unit`, default km) keeps meetings with a street-level
 *   location (coordinates and not `approximate`) within it. Distance sort puts meetings
 *   without such a location last. Online meetings have none (`approximate`), nor do TC and
 *   inactive ones (normalization drops a closed place's coordinates): a temporarily closed
 *   room is never "0.3 mi away".
 * - facets: for OR dimensions (days, times, attendance, region) a value's count is the number
 *   of results if the filter of that dimension were that value alone, with all other filters
 *   applied; for types (AND) it is the number of results if that type were added.
 * - sort 'next' (default): the occurrence in progress or the next one from `now` (in progress
 *   first, then soonest start; meetings without a schedule last); cached per minute of `now`.
 */
import { haversineKm, KM_PER_MILE, type DistanceUnit } from './geo.js';
import type { Attendance, Coordinates, Meeting } from './model.js';
import { weekdayOf, zonedDateTime } from '../time/calendar.js';
import { currentOrNextOccurrence, epochDayIn, wallInstant } from './occurrence.js';
import { fold, queryWords } from './search.js';

export type TimeOfDay = 'morning' | 'afternoon' | 'evening' | 'night';
export const TIMES_OF_DAY: readonly TimeOfDay[] = ['morning', 'afternoon', 'evening', 'night'];

/** Start-minute ranges [from, to) of each bucket; night wraps past midnight. */
export const TIME_BUCKETS: Readonly<Record<TimeOfDay, readonly [number, number]>> = {
  morning: [240, 720],
  afternoon: [720, 1020],
  evening: [1020, 1260],
  night: [1260, 240],
};

export function timeOfDay(minutes: number): TimeOfDay {
  if (minutes >= 240 && minutes < 720) return 'morning';
  if (minutes >= 720 && minutes < 1020) return 'afternoon';
  if (minutes >= 1020 && minutes < 1260) return 'evening';
  return 'night';
}

export type AttendanceFilter = Attendance;
export const ATTENDANCE_FILTERS: readonly AttendanceFilter[] = ['in_person', 'online', 'hybrid', 'inactive'];

export interface NearFilter extends Coordinates {
  /** Keep only meetings within this distance. Omit to only measure / sort. */
  radius?: number;
  unit?: DistanceUnit;
}

export interface MeetingFilter {
  keyword?: string;
  days?: number[];
  times?: TimeOfDay[];
  /** Minutes after midnight, on the clock of `QueryOptions.timeZone` (else meeting-local). */
  startAfter?: number | null;
  types?: string[];
  attendance?: AttendanceFilter[];
  /** Region path prefix. */
  region?: string[];
  near?: NearFilter | null;
}

export type SortOrder = 'next' | 'distance' | 'name';

export interface QueryOptions {
  sort?: SortOrder;
  /** Epoch ms for the 'next' sort. Default Date.now(). */
  now?: number;
  /** Compute facet counts (default true). */
  facets?: boolean;
  /** Collation locale for the name sort (default 'en'). */
  locale?: string;
  /**
   * The viewer's IANA zone: `days`, `times`, `startAfter` and the day and time facets are then
   * read on the viewer's clock, as the list shows the meetings. Default: each meeting's own zone.
   */
  timeZone?: string;
}

/** Weekday and time-of-day bitsets, and start minutes, on one clock. */
interface Clock {
  key: string;
  days: Uint32Array[];
  times: Record<TimeOfDay, Uint32Array>;
  start: Int16Array;
}

export interface Facets {
  /** Index = weekday 0-6. */
  days: number[];
  times: Record<TimeOfDay, number>;
  attendance: Record<AttendanceFilter, number>;
  /** Code -> count, for every code present in the feed. */
  types: Record<string, number>;
  /** regionKey(path) -> count, for every path prefix present in the feed. */
  regions: Record<string, number>;
}

export interface QueryResult {
  meetings: Meeting[];
  count: number;
  facets: Facets | null;
}

export interface RegionNode {
  name: string;
  path: string[];
  key: string;
  /** Meetings in this region or below it (no filters). */
  count: number;
  children: RegionNode[];
}

const SEP = '\u001f';
/** Stable key of a region path (used in facets and URLs). */
export function regionKey(path: readonly string[]): string {
  return path.join(SEP);
}

// ---- bitsets -------------------------------------------------------------------------------

function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

function countAnd(a: Uint32Array, b: Uint32Array): number {
  let c = 0;
  for (let i = 0; i < a.length; i++) {
    const w = a[i] & b[i];
    if (w) c += popcount32(w);
  }
  return c;
}

function count(a: Uint32Array): number {
  let c = 0;
  for (let i = 0; i < a.length; i++) if (a[i]) c += popcount32(a[i]);
  return c;
}

function setBit(b: Uint32Array, i: number) {
  b[i >>> 5] |= 1 << (i & 31);
}

// ---- the index -----------------------------------------------------------------------------

export class MeetingIndex {
  readonly meetings: readonly Meeting[];
  /** Type codes present, most frequent first. */
  readonly typeCodes: string[];
  private readonly n: number;
  private readonly words: number;
  private readonly all: Uint32Array;
  private readonly haystacks: string[];
  private readonly corpus: string;
  private readonly starts: Int32Array;
  private readonly dayBits: Uint32Array[] = [];
  private readonly timeBits: Record<TimeOfDay, Uint32Array>;
  private readonly attendanceBits: Record<AttendanceFilter, Uint32Array>;
  private readonly typeBits = new Map<string, Uint32Array>();
  private readonly regionBits = new Map<string, Uint32Array>();
  /** Per meeting, the ids of its types / region prefixes (flattened; `*Off[i]..*Off[i+1]`). */
  private readonly typeKeys: string[] = [];
  private readonly typeIds: Int32Array;
  private readonly typeOff: Int32Array;
  private readonly regionKeys: string[] = [];
  private readonly regionIds: Int32Array;
  private readonly regionOff: Int32Array;
  private readonly startMinutes: Int16Array;
  private readonly empty: Uint32Array;

  private kwCache: { key: string; words: string[]; bits: Uint32Array } | null = null;
  private nearCache: { key: string; bits: Uint32Array | null; dist: Float64Array; order: Uint32Array } | null = null;
  private nextCache: { minute: number; order: Uint32Array } | null = null;
  private nameCache: { locale: string; order: Uint32Array; rank: Uint32Array } | null = null;
  private clockCache: Clock | null = null;

  constructor(meetings: readonly Meeting[]) {
    this.meetings = meetings;
    const n = (this.n = meetings.length);
    const W = (this.words = (n + 31) >>> 5);
    const bits = () => new Uint32Array(W);
    this.empty = bits();
    this.all = bits();
    for (let i = 0; i < n; i++) setBit(this.all, i);
    for (let d = 0; d < 7; d++) this.dayBits.push(bits());
    this.timeBits = { morning: bits(), afternoon: bits(), evening: bits(), night: bits() };
    const raw = { in_person: bits(), online: bits(), hybrid: bits(), inactive: bits() };
    this.startMinutes = new Int16Array(n);
    this.haystacks = new Array<string>(n);
    this.starts = new Int32Array(n + 1);
    const typeCounts = new Map<string, number>();
    const typeId = new Map<string, number>();
    const regionId = new Map<string, number>();
    const tIds: number[] = [];
    const rIds: number[] = [];
    this.typeOff = new Int32Array(n + 1);
    this.regionOff = new Int32Array(n + 1);
    let offset = 0;
    for (let i = 0; i < n; i++) {
      const m = meetings[i];
      for (const d of m.days) setBit(this.dayBits[d], i);
      this.startMinutes[i] = m.start ?? -1;
      if (m.start !== null) setBit(this.timeBits[timeOfDay(m.start)], i);
      setBit(raw[m.attendance], i);
      this.typeOff[i] = tIds.length;
      for (const t of m.types) {
        let b = this.typeBits.get(t);
        if (!b) {
          this.typeBits.set(t, (b = bits()));
          typeId.set(t, this.typeKeys.length);
          this.typeKeys.push(t);
        }
        setBit(b, i);
        tIds.push(typeId.get(t)!);
        typeCounts.set(t, (typeCounts.get(t) ?? 0) + 1);
      }
      this.regionOff[i] = rIds.length;
      let key = '';
      for (let r = 0; r < m.regions.length; r++) {
        key = r ? key + SEP + m.regions[r] : m.regions[r];
        let b = this.regionBits.get(key);
        if (!b) {
          this.regionBits.set(key, (b = bits()));
          regionId.set(key, this.regionKeys.length);
          this.regionKeys.push(key);
        }
        setBit(b, i);
        rIds.push(regionId.get(key)!);
      }
      let h = m.name + '\n' + m.location + '\n' + m.formattedAddress + '\n' + m.group;
      if (m.notes) h += '\n' + m.notes;
      if (m.locationNotes) h += '\n' + m.locationNotes;
      if (m.regions.length) h += '\n' + m.regions.join(' ');
      if (m.district) h += '\n' + m.district;
      h = fold(h);
      this.haystacks[i] = h;
      this.starts[i] = offset;
      offset += h.length + 1;
    }
    this.starts[n] = offset;
    this.typeOff[n] = tIds.length;
    this.regionOff[n] = rIds.length;
    this.typeIds = Int32Array.from(tIds);
    this.regionIds = Int32Array.from(rIds);
    this.corpus = this.haystacks.join('\u0001');
    const or = (a: Uint32Array, b: Uint32Array) => a.map((w, i) => w | b[i]);
    this.attendanceBits = {
      in_person: or(raw.in_person, raw.hybrid),
      online: or(raw.online, raw.hybrid),
      hybrid: raw.hybrid,
      inactive: raw.inactive,
    };
    this.typeCodes = [...typeCounts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map((e) => e[0]);
  }

  get size(): number {
    return this.n;
  }

  /** Region tree (general to specific) with unfiltered counts. */
  regionTree(): RegionNode[] {
    const roots: RegionNode[] = [];
    const byKey = new Map<string, RegionNode>();
    const keys = [...this.regionBits.keys()].sort((a, b) => a.split(SEP).length - b.split(SEP).length || a.localeCompare(b));
    for (const key of keys) {
      const path = key.split(SEP);
      const node: RegionNode = { name: path[path.length - 1], path, key, count: count(this.regionBits.get(key)!), children: [] };
      byKey.set(key, node);
      const parent = byKey.get(path.slice(0, -1).join(SEP));
      (path.length > 1 && parent ? parent.children : roots).push(node);
    }
    return roots;
  }

  /** Distance from `point` to a meeting's street-level location, or null (online, approximate, closed: TC or inactive). */
  distanceTo(m: Meeting, point: Coordinates, unit: DistanceUnit = 'km'): number | null {
    if (!m.coordinates || m.approximate) return null;
    const km = haversineKm(point, m.coordinates);
    return unit === 'mi' ? km / KM_PER_MILE : km;
  }

  query(filter: MeetingFilter = {}, options: QueryOptions = {}): QueryResult {
    const dims: { keyword?: Uint32Array; days?: Uint32Array; times?: Uint32Array; start?: Uint32Array; types?: Uint32Array; attendance?: Uint32Array; region?: Uint32Array; near?: Uint32Array } = {};
    const words = filter.keyword ? queryWords(filter.keyword.replace(/[\u0000-\u001f]/g, ' ')) : [];
    if (words.length) dims.keyword = this.keywordBits(words);
    const now = options.now ?? Date.now();
    const clock = options.timeZone ? this.viewerClock(options.timeZone, now) : this.ownClock();
    if (filter.days?.length) dims.days = this.union(filter.days.map((d) => clock.days[d] ?? this.empty));
    if (filter.times?.length) dims.times = this.union(filter.times.map((t) => clock.times[t] ?? this.empty));
    if (typeof filter.startAfter === 'number' && Number.isFinite(filter.startAfter)) dims.start = this.startAfterBits(clock.start, filter.startAfter);
    if (filter.types?.length) dims.types = this.intersect(filter.types.map((t) => this.typeBits.get(t) ?? this.empty));
    if (filter.attendance?.length) dims.attendance = this.union(filter.attendance.map((a) => this.attendanceBits[a] ?? this.empty));
    if (filter.region?.length) dims.region = this.regionBits.get(regionKey(filter.region)) ?? this.empty;
    const near = filter.near && Number.isFinite(filter.near.lat) && Number.isFinite(filter.near.lng) ? this.nearData(filter.near) : null;
    if (near?.bits) dims.near = near.bits;

    const list = Object.values(dims) as Uint32Array[];
    const combined = list.length ? this.intersect(list) : this.all;

    // Results in sort order.
    const sort = options.sort ?? 'next';
    const order =
      sort === 'distance' && near ? near.order : sort === 'name' ? this.nameData(options.locale ?? 'en').order : this.nextOrder(now, options.locale);
    const meetings: Meeting[] = [];
    const all = this.meetings;
    for (let k = 0; k < order.length; k++) {
      const i = order[k];
      if (combined[i >>> 5] & (1 << (i & 31))) meetings.push(all[i]);
    }

    let facets: Facets | null = null;
    if (options.facets !== false) {
      const except = (skip: keyof typeof dims) => {
        const others = (Object.keys(dims) as (keyof typeof dims)[]).filter((k) => k !== skip).map((k) => dims[k]!);
        return others.length ? this.intersect(others) : this.all;
      };
      const exDays = dims.days ? except('days') : combined;
      const exTimes = dims.times ? except('times') : combined;
      const exAtt = dims.attendance ? except('attendance') : combined;
      const exRegion = dims.region ? except('region') : combined;
      facets = {
        days: clock.days.map((b) => countAnd(exDays, b)),
        times: {
          morning: countAnd(exTimes, clock.times.morning),
          afternoon: countAnd(exTimes, clock.times.afternoon),
          evening: countAnd(exTimes, clock.times.evening),
          night: countAnd(exTimes, clock.times.night),
        },
        attendance: {
          in_person: countAnd(exAtt, this.attendanceBits.in_person),
          online: countAnd(exAtt, this.attendanceBits.online),
          hybrid: countAnd(exAtt, this.attendanceBits.hybrid),
          inactive: countAnd(exAtt, this.attendanceBits.inactive),
        },
        types: {},
        regions: {},
      };
      const tc = this.facetCounts(combined, this.typeIds, this.typeOff, this.typeKeys, this.typeBits);
      for (const code of this.typeCodes) facets.types[code] = tc[this.typeKeys.indexOf(code)];
      const rc = this.facetCounts(exRegion, this.regionIds, this.regionOff, this.regionKeys, this.regionBits);
      for (let k = 0; k < this.regionKeys.length; k++) facets.regions[this.regionKeys[k]] = rc[k];
    }
    return { meetings, count: meetings.length, facets };
  }

  // ---- pieces ------------------------------------------------------------------------------

  /**
   * Counts, per value, the members of `base` that have it. Walks the members of `base` when
   * that is cheaper (few results, or many sparse values such as regions), else ANDs bitsets.
   */
  private facetCounts(base: Uint32Array, ids: Int32Array, off: Int32Array, keys: string[], bitsOf: Map<string, Uint32Array>): Int32Array {
    const out = new Int32Array(keys.length);
    const members = count(base);
    const perMeeting = this.n ? ids.length / this.n : 0;
    if (members * perMeeting <= keys.length * this.words) {
      for (let w = 0; w < base.length; w++) {
        let word = base[w];
        while (word) {
          const bit = word & -word;
          const i = (w << 5) + (31 - Math.clz32(bit));
          word ^= bit;
          for (let k = off[i]; k < off[i + 1]; k++) out[ids[k]]++;
        }
      }
    } else {
      for (let k = 0; k < keys.length; k++) out[k] = countAnd(base, bitsOf.get(keys[k])!);
    }
    return out;
  }

  private union(list: Uint32Array[]): Uint32Array {
    if (list.length === 1) return list[0];
    const out = new Uint32Array(this.words);
    for (const b of list) for (let i = 0; i < out.length; i++) out[i] |= b[i];
    return out;
  }

  private intersect(list: Uint32Array[]): Uint32Array {
    if (list.length === 1) return list[0];
    const out = list[0].slice();
    for (let k = 1; k < list.length; k++) {
      const b = list[k];
      for (let i = 0; i < out.length; i++) out[i] &= b[i];
    }
    return out;
  }

  private startAfterBits(s: Int16Array, minutes: number): Uint32Array {
    const out = new Uint32Array(this.words);
    for (let i = 0; i < this.n; i++) if (s[i] >= minutes) setBit(out, i);
    return out;
  }

  private ownClock(): Clock {
    return { key: '', days: this.dayBits, times: this.timeBits, start: this.startMinutes };
  }

  /**
   * Weekdays and start times on the clock of `zone`, for the week ahead of `now` (cached per zone
   * and calendar day there, so a DST change elsewhere is picked up the next day). A meeting in
   * `zone` keeps its own; for one in another zone, each of its weekdays is the next occurrence
   * on that weekday in its own zone, read on the viewer's clock (memoized per zone, weekday and
   * start: feeds repeat them).
   */
  private viewerClock(zone: string, now: number): Clock {
    let today: number;
    try {
      today = epochDayIn(now, zone);
    } catch {
      return this.ownClock();
    }
    const key = zone + '|' + today;
    if (this.clockCache?.key === key) return this.clockCache;
    const { meetings, n } = this;
    let clock: Clock;
    if (meetings.every((m) => m.timeZone === zone || m.start === null)) clock = { ...this.ownClock(), key };
    else {
      const bits = () => new Uint32Array(this.words);
      clock = { key, days: [0, 1, 2, 3, 4, 5, 6].map(bits), times: { morning: bits(), afternoon: bits(), evening: bits(), night: bits() }, start: new Int16Array(n) };
      const seen = new Map<string, number>();
      for (let i = 0; i < n; i++) {
        const m = meetings[i];
        let start = m.start ?? -1;
        if (m.timeZone === zone || m.start === null) for (const d of m.days) setBit(clock.days[d], i);
        else {
          for (let k = 0; k < m.days.length; k++) {
            const id = m.timeZone + '|' + m.days[k] + '|' + m.start;
            let v = seen.get(id);
            if (v === undefined) {
              v = -1;
              try {
                const own = epochDayIn(now, m.timeZone);
                const day = own + ((((m.days[k] - own - 4) % 7) + 7) % 7);
                const t = zonedDateTime(wallInstant(m.timeZone, day, m.start), zone);
                v = weekdayOf(t) * 1440 + t.hour * 60 + t.minute;
              } catch {
                // A zone this engine does not know: the meeting keeps its own day and time.
                v = m.days[k] * 1440 + m.start;
              }
              seen.set(id, v);
            }
            setBit(clock.days[Math.floor(v / 1440)], i);
            if (!k) start = v % 1440;
          }
        }
        clock.start[i] = start;
        if (start >= 0) setBit(clock.times[timeOfDay(start)], i);
      }
    }
    this.clockCache = clock;
    return clock;
  }

  private keywordBits(words: string[]): Uint32Array {
    const key = words.join(' ');
    const prev = this.kwCache;
    if (prev && prev.key === key) return prev.bits;
    let bits: Uint32Array;
    // A query that extends the previous one can only narrow it: check only previous matches,
    // when they are few (otherwise one native scan of the corpus is faster).
    if (prev && key.startsWith(prev.key) && count(prev.bits) * 8 < this.n) {
      bits = new Uint32Array(this.words);
      const pb = prev.bits;
      for (let w = 0; w < pb.length; w++) {
        let word = pb[w];
        while (word) {
          const bit = word & -word;
          const i = (w << 5) + (31 - Math.clz32(bit));
          word ^= bit;
          if (this.matchesAll(i, words)) setBit(bits, i);
        }
      }
    } else {
      // Scan the corpus for the longest word, then check the others on those candidates.
      let longest = 0;
      for (let k = 1; k < words.length; k++) if (words[k].length > words[longest].length) longest = k;
      bits = this.scan(words[longest]);
      if (words.length > 1) {
        const rest = words.filter((_, k) => k !== longest);
        for (let w = 0; w < bits.length; w++) {
          let word = bits[w];
          while (word) {
            const bit = word & -word;
            const i = (w << 5) + (31 - Math.clz32(bit));
            word ^= bit;
            if (!this.matchesAll(i, rest)) bits[w] &= ~bit;
          }
        }
      }
    }
    this.kwCache = { key, words, bits };
    return bits;
  }

  private matchesAll(i: number, words: string[]): boolean {
    const h = this.haystacks[i];
    for (const w of words) if (h.indexOf(w) < 0) return false;
    return true;
  }

  private scan(word: string): Uint32Array {
    const bits = new Uint32Array(this.words);
    const { corpus, starts, n } = this;
    let i = 0;
    let pos = corpus.indexOf(word);
    while (pos >= 0) {
      // Hits come in increasing order: step forward to the meeting containing pos.
      while (starts[i + 1] <= pos) i++;
      setBit(bits, i);
      if (i + 1 >= n) break;
      pos = corpus.indexOf(word, starts[i + 1]);
    }
    return bits;
  }

  private nearData(near: NearFilter) {
    const unit = near.unit === 'mi' ? 'mi' : 'km';
    const key = `${near.lat},${near.lng},${near.radius ?? ''},${unit}`;
    if (this.nearCache?.key === key) return this.nearCache;
    const dist = new Float64Array(this.n);
    const factor = unit === 'mi' ? 1 / KM_PER_MILE : 1;
    for (let i = 0; i < this.n; i++) {
      const m = this.meetings[i];
      dist[i] = m.coordinates && !m.approximate ? haversineKm(near, m.coordinates) * factor : Infinity;
    }
    let bits: Uint32Array | null = null;
    if (typeof near.radius === 'number' && Number.isFinite(near.radius)) {
      bits = new Uint32Array(this.words);
      for (let i = 0; i < this.n; i++) if (dist[i] <= near.radius) setBit(bits, i);
    }
    const { rank } = this.nameData('en');
    const order = this.indices().sort((a, b) => dist[a] - dist[b] || rank[a] - rank[b] || 0);
    this.nearCache = { key, bits, dist, order };
    return this.nearCache;
  }

  private indices(): Uint32Array {
    const a = new Uint32Array(this.n);
    for (let i = 0; i < this.n; i++) a[i] = i;
    return a;
  }

  private nameData(locale: string) {
    if (this.nameCache?.locale === locale) return this.nameCache;
    let compare: (a: string, b: string) => number;
    try {
      compare = new Intl.Collator(locale, { sensitivity: 'base', numeric: true }).compare;
    } catch {
      compare = new Intl.Collator('en', { sensitivity: 'base', numeric: true }).compare;
    }
    const names = this.meetings.map((m) => m.name);
    const order = this.indices().sort((a, b) => compare(names[a], names[b]) || a - b);
    const rank = new Uint32Array(this.n);
    for (let k = 0; k < order.length; k++) rank[order[k]] = k;
    this.nameCache = { locale, order, rank };
    return this.nameCache;
  }

  private nextOrder(now: number, locale = 'en'): Uint32Array {
    const minute = Math.floor(now / 60_000);
    if (this.nextCache?.minute === minute) return this.nextCache.order;
    const keys = new Float64Array(this.n);
    for (let i = 0; i < this.n; i++) {
      const o = currentOrNextOccurrence(this.meetings[i], now);
      keys[i] = o ? o.start : Infinity;
    }
    const { rank } = this.nameData(locale);
    const order = this.indices().sort((a, b) => keys[a] - keys[b] || rank[a] - rank[b]);
    this.nextCache = { minute, order };
    return order;
  }

  /** Whether meeting `i` (position in `meetings`) passes a keyword alone; for tests and tools. */
  matchesKeyword(i: number, keyword: string): boolean {
    return this.matchesAll(i, queryWords(keyword));
  }
}

/** Builds the search index for a feed (once per load). */
export function createMeetingIndex(meetings: readonly Meeting[]): MeetingIndex {
  return new MeetingIndex(meetings);
}

/** Sort a list by distance from `point` (no index needed; small lists). */
export function sortByDistance(list: Meeting[], point: Coordinates): Meeting[] {
  const d = (m: Meeting) => (m.coordinates && !m.approximate ? haversineKm(point, m.coordinates) : Infinity);
  return list
    .map((m) => [d(m), m] as const)
    .sort((a, b) => a[0] - b[0])
    .map((x) => x[1]);
}

