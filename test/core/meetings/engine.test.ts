import { expect } from '@open-wc/testing';
import {
  loadMeetings,
  createMeetingIndex,
  currentOrNextOccurrence,
  nextOccurrence,
  occurrencesBetween,
  meetingStatus,
  viewerTime,
  todayInZone,
  regionKey,
  distance,
  fold,
  timeOfDay,
  formatMinutes,
  type Meeting,
  type MeetingFilter,
  type MeetingIndex,
  type LoadResult,
} from '../../../src/core/meetings/index.js';
import { utc } from './feed-helpers.js';

const NY = 'America/New_York';
const slugs = (list: readonly Meeting[]) => list.map((m) => m.slug);
const sorted = (list: readonly Meeting[]) => slugs(list).sort();

async function load(url: string, timeZone = NY): Promise<LoadResult> {
  return loadMeetings(await (await fetch(url)).text(), { timeZone });
}

function one(record: Record<string, unknown>, timeZone = NY): Meeting {
  const r = loadMeetings([{ slug: 'x', name: 'X', ...record }], { timeZone });
  expect(r.meetings.length).to.equal(1);
  return r.meetings[0];
}

describe('core/meetings engine: filters, facets, sorting (engine.json)', () => {
  let idx: MeetingIndex;
  // Monday 2026-11-23 11:00 in New York (EST, UTC-5).
  const monday11 = utc(2026, 11, 23, 16);
  const q = (f: MeetingFilter) => sorted(idx.query(f, { now: monday11, facets: false }).meetings);

  before(async () => {
    const r = await load('/test/fixtures/meetings/engine.json');
    expect(r.meetings.length).to.equal(9);
    idx = createMeetingIndex(r.meetings);
  });

  it('keyword: accent- and case-insensitive, several words AND, over name, notes, group, address, region', () => {
    expect(q({ keyword: 'serenity' })).to.deep.equal(['a']);
    expect(q({ keyword: 'CAFE' })).to.deep.equal(['b']);
    expect(q({ keyword: 'café women' })).to.deep.equal(['b']);
    expect(q({ keyword: 'REUNION espanol' })).to.deep.equal(['e']);
    expect(q({ keyword: 'women night' })).to.deep.equal([]);
    expect(q({ keyword: 'sponsors' })).to.deep.equal(['h']);
    expect(q({ keyword: 'baltimore pike' })).to.deep.equal(['f']);
    expect(q({ keyword: 'kensington' })).to.deep.equal(['e']);
    expect(q({ keyword: '   ' })).to.have.length(9);
    // Keystrokes narrow the previous result and still agree with a fresh search.
    expect(q({ keyword: 'e' })).to.deep.equal(['a', 'b', 'c', 'd', 'e', 'f', 'h', 'i']);
    expect(q({ keyword: 'ev' })).to.deep.equal(['c']);
    expect(q({ keyword: 'eve' })).to.deep.equal(['c']);
    expect(q({ keyword: 'ev' })).to.deep.equal(['c']);
    expect(q({ keyword: 'la' })).to.deep.equal(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
  });

  it('days (OR), time of day buckets (night wraps), start after', () => {
    expect(q({ days: [1] })).to.deep.equal(['a', 'b', 'g', 'i']);
    expect(q({ days: [1, 6] })).to.deep.equal(['a', 'b', 'd', 'g', 'i']);
    expect(q({ times: ['morning'] })).to.deep.equal(['a', 'i']);
    expect(q({ times: ['afternoon'] })).to.deep.equal(['b', 'g']);
    expect(q({ times: ['evening'] })).to.deep.equal(['c', 'e', 'f']);
    expect(q({ times: ['night'] })).to.deep.equal(['d']);
    expect(q({ times: ['morning', 'night'] })).to.deep.equal(['a', 'd', 'i']);
    expect(q({ startAfter: 19 * 60 })).to.deep.equal(['d', 'e', 'f']);
    expect([timeOfDay(239), timeOfDay(240), timeOfDay(719), timeOfDay(720), timeOfDay(1019), timeOfDay(1020), timeOfDay(1259), timeOfDay(1260), timeOfDay(0)]).to.deep.equal([
      'night', 'morning', 'morning', 'afternoon', 'afternoon', 'evening', 'evening', 'night', 'night',
    ]);
  });

  it('attendance: in person includes hybrid, online includes hybrid, hybrid is only hybrid', () => {
    expect(q({ attendance: ['in_person'] })).to.deep.equal(['a', 'b', 'd', 'e', 'i']);
    expect(q({ attendance: ['online'] })).to.deep.equal(['b', 'c', 'g']);
    expect(q({ attendance: ['hybrid'] })).to.deep.equal(['b']);
    expect(q({ attendance: ['inactive'] })).to.deep.equal(['f', 'h']);
    expect(q({ attendance: ['hybrid', 'inactive'] })).to.deep.equal(['b', 'f', 'h']);
  });

  it('types AND, region prefix, distance in km and miles', () => {
    expect(q({ types: ['W'] })).to.deep.equal(['b', 'c']);
    expect(q({ types: ['O', 'W'] })).to.deep.equal(['c']);
    expect(q({ types: ['NOPE'] })).to.deep.equal([]);
    expect(q({ region: ['Philadelphia'] })).to.deep.equal(['a', 'b', 'e']);
    expect(q({ region: ['Philadelphia', 'Fairmount'] })).to.deep.equal(['b']);
    expect(q({ region: ['Fairmount'] })).to.deep.equal([]);
    const center = { lat: 39.9526, lng: -75.1652 };
    expect(q({ near: { ...center, radius: 5 } })).to.deep.equal(['a', 'b']);
    expect(q({ near: { ...center, radius: 10, unit: 'mi' } })).to.deep.equal(['a', 'b', 'e']);
    // f (type TC, a temporarily closed place) has no distance: never within a radius.
    expect(q({ near: { ...center, radius: 25 } })).to.deep.equal(['a', 'b', 'd', 'e']);
    // Philadelphia to Pittsburgh is about 410 km / 255 mi.
    const pgh = { lat: 40.4406, lng: -79.9959 };
    expect(distance(center, pgh)).to.be.within(400, 420);
    expect(distance(center, pgh, 'mi')).to.be.within(249, 261);
    // Approximate places (c: a city) have no distance.
    const c = idx.meetings.find((m) => m.slug === 'c')!;
    expect(idx.distanceTo(c, center)).to.equal(null);
  });

  it('combines filters', () => {
    expect(q({ days: [1], attendance: ['online'] })).to.deep.equal(['b', 'g']);
    expect(q({ days: [1, 2], types: ['W'], attendance: ['online'], keyword: 'step' })).to.deep.equal(['b']);
    expect(q({ region: ['Philadelphia'], times: ['evening'], types: ['S'] })).to.deep.equal(['e']);
    expect(q({ near: { lat: 39.9526, lng: -75.1652, radius: 25 }, attendance: ['in_person'], days: [6, 0] })).to.deep.equal(['d', 'e']);
  });

  it('facet counts: each OR dimension counted without its own filter; types as "if added"', () => {
    const r = idx.query({ days: [1], attendance: ['online'] }, { now: monday11 });
    expect(r.count).to.equal(2);
    const f = r.facets!;
    // Days given attendance online: b (Mon), c (Tue), g (Mon).
    expect(f.days).to.deep.equal([0, 2, 1, 0, 0, 0, 0]);
    // Attendance given Monday: a, b, g, i.
    expect(f.attendance).to.deep.equal({ in_person: 3, online: 2, hybrid: 1, inactive: 0 });
    // Types within the result (b, g).
    expect(f.types).to.deep.include({ O: 1, C: 1, W: 1, ST: 1, D: 0, S: 0, TC: 0, B: 0 });
    expect(f.times).to.deep.equal({ morning: 0, afternoon: 2, evening: 0, night: 0 });
    expect(f.regions[regionKey(['Philadelphia'])]).to.equal(1);
    expect(f.regions[regionKey(['Philadelphia', 'Fairmount'])]).to.equal(1);

    const all = idx.query({}, { now: monday11 }).facets!;
    expect(all.days).to.deep.equal([1, 4, 2, 2, 2, 1, 1]);
    expect(all.types.O).to.equal(6);
    expect(all.attendance).to.deep.equal({ in_person: 5, online: 3, hybrid: 1, inactive: 2 });
    const reg = idx.query({ region: ['Delaware County'] }, { now: monday11 }).facets!;
    // Region facet ignores the region filter itself, so siblings keep their counts.
    expect(reg.regions[regionKey(['Philadelphia'])]).to.equal(3);
    expect(reg.regions[regionKey(['Delaware County'])]).to.equal(2);
    expect(idx.regionTree().map((n) => [n.name, n.count, n.children.length])).to.deep.equal([
      ['Allegheny', 1, 0],
      ['Delaware County', 2, 1],
      ['Online', 1, 0],
      ['Philadelphia', 3, 3],
    ]);
  });

  it('sorts by next occurrence (zones converted), by name, by distance', () => {
    expect(slugs(idx.query({}, { now: monday11 }).meetings)).to.deep.equal(['b', 'g', 'i', 'c', 'a', 'f', 'd', 'e', 'h']);
    // Sunday 00:10 in New York: Saturday's 23:30-00:30 meeting is still in progress: first.
    expect(slugs(idx.query({}, { now: utc(2026, 11, 22, 5, 10) }).meetings)[0]).to.equal('d');
    expect(slugs(idx.query({}, { sort: 'name' }).meetings)).to.deep.equal(['h', 'b', 'i', 'c', 'g', 'a', 'd', 'e', 'f']);
    const near = { lat: 39.9526, lng: -75.1652 };
    const byDist = slugs(idx.query({ near }, { sort: 'distance' }).meetings);
    expect(byDist.slice(0, 5)).to.deep.equal(['a', 'b', 'e', 'd', 'i']);
    // No street-level location (online, none, or closed: f is type TC): last, by name.
    expect(byDist.slice(5)).to.deep.equal(['h', 'c', 'g', 'f']);
  });

  it('gives the default day as today in the viewer zone', () => {
    // 2026-11-23 03:00 UTC: Monday in London, still Sunday in Los Angeles.
    const t = utc(2026, 11, 23, 3);
    expect(todayInZone(t, 'Europe/London')).to.equal(1);
    expect(todayInZone(t, 'America/Los_Angeles')).to.equal(0);
  });
});

describe('core/meetings engine: agrees with a brute-force filter on the real feeds', () => {
  it('random filter combinations over sepia-2038 match a naive implementation', async () => {
    const r = await load('/shared-data/meeting-guide/sepia-2038.json');
    const idx = createMeetingIndex(r.meetings);
    const types = idx.typeCodes.slice(0, 8);
    let seed = 42;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    const words = ['church', 'group', 'phila', 'step', 'media', 'woodlyn', 'st', 'meeting', 'zoom', 'é'];
    const naive = (f: MeetingFilter) =>
      r.meetings.filter((m) => {
        const hay = fold([m.name, m.location, m.formattedAddress, m.group, m.notes, m.locationNotes, m.regions.join(' '), m.district].join('\n'));
        if (f.keyword && !fold(f.keyword).split(/\s+/).filter(Boolean).every((w) => hay.includes(w))) return false;
        if (f.days?.length && !m.days.some((d) => f.days!.includes(d))) return false;
        if (f.types?.length && !f.types.every((t) => m.types.includes(t))) return false;
        if (f.times?.length && (m.start === null || !f.times.includes(timeOfDay(m.start)))) return false;
        if (f.attendance?.length) {
          const ok = f.attendance.some((a) => (a === 'in_person' ? m.attendance === 'in_person' || m.attendance === 'hybrid' : a === 'online' ? m.attendance === 'online' || m.attendance === 'hybrid' : m.attendance === a));
          if (!ok) return false;
        }
        if (f.region?.length && !f.region.every((x, i) => m.regions[i] === x)) return false;
        return true;
      });
    for (let k = 0; k < 60; k++) {
      const f: MeetingFilter = {};
      if (rnd() < 0.5) f.keyword = words[Math.floor(rnd() * words.length)] + (rnd() < 0.3 ? ' ' + words[Math.floor(rnd() * words.length)] : '');
      if (rnd() < 0.5) f.days = [Math.floor(rnd() * 7), Math.floor(rnd() * 7)];
      if (rnd() < 0.4) f.types = [types[Math.floor(rnd() * types.length)]];
      if (rnd() < 0.3) f.times = [(['morning', 'afternoon', 'evening', 'night'] as const)[Math.floor(rnd() * 4)]];
      if (rnd() < 0.3) f.attendance = [(['in_person', 'online', 'hybrid', 'inactive'] as const)[Math.floor(rnd() * 4)]];
      if (rnd() < 0.2) f.region = ['Philadelphia'];
      const got = idx.query(f, { now: utc(2026, 11, 23, 16) });
      const want = naive(f);
      expect(got.count, JSON.stringify(f)).to.equal(want.length);
      expect(sorted(got.meetings)).to.deep.equal(sorted(want));
      // Facet for each day equals the naive count with that day alone.
      const fd = got.facets!.days;
      for (let d = 0; d < 7; d++) expect(fd[d], `day ${d} ${JSON.stringify(f)}`).to.equal(naive({ ...f, days: [d] }).length);
    }
    // A few plain numbers on the real feed.
    expect(idx.query({ keyword: 'woodlyn' }, { facets: false }).count).to.equal(naive({ keyword: 'woodlyn' }).length);
    expect(idx.query({ region: ['Delaware County'] }).count).to.be.greaterThan(100);
  });
});

describe('core/meetings occurrences: zones, midnight, DST', () => {
  it('a Los Angeles meeting seen from New York (timezones-2.json)', async () => {
    const r = await load('/shared-data/meeting-guide/timezones-2.json', 'Europe/London');
    const [sf, pa] = r.meetings;
    // Saturday 2026-11-21 11:50 in New York = 16:50 UTC. SF 09:00 PST = 12:00 EST = 17:00 UTC.
    const t = utc(2026, 11, 21, 16, 50);
    expect(meetingStatus(pa, t)).to.equal('in-progress');
    expect(meetingStatus(sf, t)).to.equal('starting-soon');
    expect(meetingStatus(sf, t, 5)).to.equal('later');
    expect(currentOrNextOccurrence(sf, t)!.start).to.equal(utc(2026, 11, 21, 17));
    const v = viewerTime(sf, t, NY)!;
    expect([v.weekday, v.start, v.end, v.zoneDiffers]).to.deep.equal([6, 720, 780, true]);
    expect(viewerTime(pa, t, NY)!.zoneDiffers).to.equal(false);
    // 12:30 New York: both in progress.
    expect(meetingStatus(sf, utc(2026, 11, 21, 17, 30))).to.equal('in-progress');
    expect(meetingStatus(pa, utc(2026, 11, 21, 17, 30))).to.equal('in-progress');
    // 12:45 exactly: the PA meeting (11:45-12:45) has ended.
    expect(meetingStatus(pa, utc(2026, 11, 21, 17, 45))).to.equal('later');
  });

  it('a 23:30-00:30 meeting is in progress after midnight, on the next calendar day', () => {
    const m = one({ day: 6, time: '23:30', end_time: '00:30' });
    // Sunday 00:15 EST = 05:15 UTC.
    expect(meetingStatus(m, utc(2026, 11, 22, 5, 15))).to.equal('in-progress');
    expect(currentOrNextOccurrence(m, utc(2026, 11, 22, 5, 15))!.start).to.equal(utc(2026, 11, 22, 4, 30));
    expect(meetingStatus(m, utc(2026, 11, 22, 5, 31))).to.equal('later');
    expect(nextOccurrence(m, utc(2026, 11, 22, 5, 15))!.start).to.equal(utc(2026, 11, 29, 4, 30));
  });

  it('New York spring forward (2026-03-08): a start in the gap moves to 03:30; a meeting across it lasts its hour', () => {
    const gap = one({ day: 0, time: '02:30' });
    expect(nextOccurrence(gap, utc(2026, 3, 7))!.start).to.equal(utc(2026, 3, 8, 7, 30)); // 03:30 EDT
    const across = one({ day: 0, time: '01:30', end_time: '02:30' });
    const o = nextOccurrence(across, utc(2026, 3, 7))!;
    expect(o.start).to.equal(utc(2026, 3, 8, 6, 30)); // 01:30 EST
    expect(meetingStatus(across, utc(2026, 3, 8, 7, 15))).to.equal('in-progress'); // 03:15 EDT
    // The week after, 19:00 is 19:00 EDT (23:00 UTC), not 19:00 EST.
    const evening = one({ day: 1, time: '19:00' });
    expect(occurrencesBetween(evening, utc(2026, 3, 1), utc(2026, 3, 16)).map((x) => x.start)).to.deep.equal([utc(2026, 3, 3, 0), utc(2026, 3, 9, 23)]);
  });

  it('fall back (2026-11-01): 01:30 happens twice; the first one is used', () => {
    const m = one({ day: 0, time: '01:30' });
    expect(nextOccurrence(m, utc(2026, 10, 31))!.start).to.equal(utc(2026, 11, 1, 5, 30)); // 01:30 EDT
  });

  it('a Monday 19:00 New York meeting is Tuesday 00:00 in London after the US changes clocks (a week after the UK)', () => {
    const m = one({ day: 1, time: '19:00' });
    const oct = viewerTime(m, utc(2026, 10, 26, 12), 'Europe/London')!; // UK on GMT, US still on EDT
    expect([oct.weekday, oct.start]).to.deep.equal([1, 23 * 60]);
    const nov = viewerTime(m, utc(2026, 11, 2, 12), 'Europe/London')!; // both on standard time
    expect([nov.weekday, nov.start, nov.date.day]).to.deep.equal([2, 0, 3]);
  });

  it('zones exactly a day apart (Pacific/Apia UTC+13, Pacific/Pago_Pago UTC-11): same clock time, other day, so the zone differs', async () => {
    const r = await load('/test/fixtures/meetings/apia.json', 'Pacific/Apia');
    const [apia, pago] = r.meetings;
    // Monday 2026-11-16 12:00 UTC: Tuesday 01:00 in Apia, Monday 01:00 in Pago Pago.
    const t = utc(2026, 11, 16, 12);
    // Tuesday 19:00 in Apia = 06:00 UTC Tuesday = Monday 19:00 in Pago Pago.
    const v = viewerTime(apia, t, 'Pacific/Pago_Pago')!;
    expect(v.occurrence.start).to.equal(utc(2026, 11, 17, 6));
    expect([v.weekday, v.date.day, v.start, v.end]).to.deep.equal([1, 16, 19 * 60, 20 * 60]);
    // Before: false, because 19:00 = 19:00 and the day was not compared.
    expect([v.zoneDiffers, v.dayDiffers]).to.deep.equal([true, true]);
    // And the other way round: a Pago Pago Monday 19:00 is Tuesday 19:00 in Apia.
    const w = viewerTime(pago, t, 'Pacific/Apia')!;
    expect([w.weekday, w.start, w.zoneDiffers, w.dayDiffers]).to.deep.equal([2, 19 * 60, true, true]);
    // Seen from its own zone, or from a zone with the same clock and day, nothing differs.
    expect([viewerTime(apia, t, 'Pacific/Apia')!.zoneDiffers, viewerTime(apia, t, 'Pacific/Apia')!.dayDiffers]).to.deep.equal([false, false]);
    expect(viewerTime(pago, t, 'Pacific/Midway')!.zoneDiffers).to.equal(false); // also UTC-11
    // Another clock time on the same day: the zone differs, the day does not.
    const tokyo = viewerTime(apia, t, 'Asia/Tokyo')!; // Tuesday 15:00
    expect([tokyo.weekday, tokyo.start, tokyo.zoneDiffers, tokyo.dayDiffers]).to.deep.equal([2, 15 * 60, true, false]);
  });

  it('southern hemisphere: Sydney springs forward on 2026-10-04', () => {
    const m = one({ day: 0, time: '10:00', timezone: 'Australia/Sydney' });
    // 2026-09-27 10:00 AEST (UTC+10) = 00:00 UTC; 2026-10-04 10:00 AEDT (UTC+11) = 23:00 UTC the day before.
    expect(occurrencesBetween(m, utc(2026, 9, 26), utc(2026, 10, 5)).map((x) => x.start)).to.deep.equal([utc(2026, 9, 27, 0), utc(2026, 10, 3, 23)]);
  });

  it('meetings without a schedule have no occurrence; minutes format', () => {
    const m = one({});
    expect(currentOrNextOccurrence(m, Date.now())).to.equal(null);
    expect(meetingStatus(m, Date.now())).to.equal('unscheduled');
    expect(viewerTime(m, Date.now(), NY)).to.equal(null);
    expect([formatMinutes(0), formatMinutes(1170), formatMinutes(1470)]).to.deep.equal(['00:00', '19:30', '00:30']);
  });
});
