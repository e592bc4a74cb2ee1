import { expect } from '@open-wc/testing';
import { loadMeetings, createMeetingIndex, viewerTime, todayInZone, type Meeting, type MeetingFilter } from '../../../src/core/meetings/index.js';
import { utc } from './feed-helpers.js';

// Days and times are filtered on the viewer's clock when the query names the viewer's zone: the
// list groups meetings under the viewer's days, so the filter must pick the same days.
const NY = 'America/New_York';
const LA = 'America/Los_Angeles';
const LONDON = 'Europe/London';

// Saturday 2026-11-21 22:00 in Los Angeles = Sunday 01:00 in New York = Sunday 06:00 in London.
const SAT_22_LA = utc(2026, 11, 22, 6);

const feed = [
  { slug: 'sat-1900', name: 'Sat 19:00', day: 6, time: '19:00', end_time: '20:00' },
  { slug: 'sat-2330', name: 'Sat 23:30', day: 6, time: '23:30', end_time: '23:59' },
  { slug: 'sun-0030', name: 'Sun 00:30', day: 0, time: '00:30', end_time: '01:30' },
  { slug: 'sun-1000', name: 'Sun 10:00', day: 0, time: '10:00', end_time: '11:00' },
  { slug: 'mon-0800', name: 'Mon 08:00', day: 1, time: '08:00', end_time: '09:00' },
  { slug: 'mon-wed-2100', name: 'Mon Wed 21:00', day: [1, 3], time: '21:00', end_time: '22:00' },
  { slug: 'appt', name: 'By appointment', day: 2 },
];
const ny = loadMeetings(feed, { timeZone: NY }).meetings;
const slugs = (list: readonly Meeting[]) => list.map((m) => m.slug).sort();

describe('core/meetings filter: days and times on the viewer\'s clock', () => {
  const idx = createMeetingIndex(ny);
  const q = (f: MeetingFilter, timeZone?: string, now = SAT_22_LA) => slugs(idx.query(f, { now, timeZone, facets: false }).meetings);

  it('a viewer in the feed\'s own zone sees the meetings\' own days and times', () => {
    expect(q({ days: [6] }, NY)).to.deep.equal(['sat-1900', 'sat-2330']);
    expect(q({ days: [0] }, NY)).to.deep.equal(['sun-0030', 'sun-1000']);
    expect(q({ times: ['night'] }, NY)).to.deep.equal(['mon-wed-2100', 'sat-2330', 'sun-0030']);
    expect(q({ days: [6] }, NY)).to.deep.equal(q({ days: [6] }));
  });

  it('"today" for a viewer three hours west holds the meetings the list shows under today', () => {
    const today = todayInZone(SAT_22_LA, LA);
    expect(today).to.equal(6);
    // NY Saturday 19:00 and 23:30 are LA Saturday 16:00 and 20:30; NY Sunday 00:30 is LA Saturday 21:30.
    expect(q({ days: [today] }, LA)).to.deep.equal(['sat-1900', 'sat-2330', 'sun-0030']);
    expect(q({ days: [0] }, LA)).to.deep.equal(['sun-1000']);
    // Every listed meeting's next occurrence falls on the filtered weekday in LA.
    for (const m of idx.query({ days: [0] }, { now: SAT_22_LA, timeZone: LA }).meetings) expect(viewerTime(m, SAT_22_LA, LA)!.weekday).to.equal(0);
  });

  it('a viewer five hours east sees a late Saturday meeting on Sunday', () => {
    // New York Saturday 19:00 (EST) is midnight in London: Sunday.
    expect(q({ days: [6] }, LONDON)).to.deep.equal([]);
    expect(q({ days: [0] }, LONDON)).to.deep.equal(['sat-1900', 'sat-2330', 'sun-0030', 'sun-1000']);
    // Monday and Wednesday 21:00 in New York are Tuesday and Thursday 02:00 in London.
    expect(q({ days: [2] }, LONDON)).to.deep.equal(['appt', 'mon-wed-2100']);
    expect(q({ days: [4] }, LONDON)).to.deep.equal(['mon-wed-2100']);
    expect(q({ days: [1, 3] }, LONDON)).to.deep.equal(['mon-0800']);
  });

  it('time-of-day buckets and "starts after" use the viewer\'s clock too', () => {
    // NY 23:30 and 00:30 are London 04:30 and 05:30 (morning); NY 08:00 and 10:00 are 13:00 and
    // 15:00 (afternoon); NY 19:00 and 21:00 are 00:00 and 02:00 (night).
    expect(q({ times: ['morning'] }, LONDON)).to.deep.equal(['sat-2330', 'sun-0030']);
    expect(q({ times: ['afternoon'] }, LONDON)).to.deep.equal(['mon-0800', 'sun-1000']);
    expect(q({ times: ['evening'] }, LONDON)).to.deep.equal([]);
    expect(q({ times: ['night'] }, LONDON)).to.deep.equal(['mon-wed-2100', 'sat-1900']);
    // NY 21:00 and 23:30 are LA 18:00 and 20:30 (evening); NY 19:00 is LA 16:00 (afternoon).
    expect(q({ times: ['evening'] }, LA)).to.deep.equal(['mon-wed-2100', 'sat-2330']);
    expect(q({ times: ['afternoon'] }, LA)).to.deep.equal(['sat-1900']);
    expect(q({ startAfter: 20 * 60 }, LA)).to.deep.equal(['sat-2330', 'sun-0030']);
    // A meeting without a time matches no bucket on any clock.
    expect(q({ times: ['morning', 'afternoon', 'evening', 'night'] }, LONDON)).to.not.include('appt');
  });

  it('facets count on the same clock as the filter', () => {
    const facets = idx.query({}, { now: SAT_22_LA, timeZone: LONDON }).facets!;
    for (let d = 0; d < 7; d++) expect(facets.days[d], `day ${d}`).to.equal(q({ days: [d] }, LONDON).length);
    expect(facets.times).to.deep.equal({ morning: 2, afternoon: 2, evening: 0, night: 2 });
  });

  it('follows DST: the gap between New York and London is 4 hours for a week in spring', () => {
    // 2026-03-21 (Saturday) 12:00 UTC: New York is on EDT (UTC-4), London still on GMT.
    const spring = utc(2026, 3, 21, 12);
    // NY Saturday 19:00 EDT = London 23:00 Saturday (in November, with 5 hours, it is Sunday 00:00).
    expect(q({ days: [6] }, LONDON, spring)).to.deep.equal(['sat-1900']);
    expect(q({ times: ['night'] }, LONDON, spring)).to.include('sat-1900');
    expect(q({ days: [6] }, LONDON)).to.not.include('sat-1900');
  });

  it('meetings from several zones are each read from their own zone', () => {
    const mixed = [
      ...loadMeetings([{ slug: 'ny', name: 'NY', day: 6, time: '23:30' }], { timeZone: NY }).meetings,
      ...loadMeetings([{ slug: 'la', name: 'LA', day: 6, time: '20:30' }], { timeZone: LA }).meetings,
    ];
    const both = createMeetingIndex(mixed);
    // Both start at the same instant: Saturday 20:30 in LA, Sunday 04:30 in London.
    const at = (zone: string, d: number) => slugs(both.query({ days: [d] }, { now: SAT_22_LA, timeZone: zone, facets: false }).meetings);
    expect(at(LA, 6)).to.deep.equal(['la', 'ny']);
    expect(at(NY, 6)).to.deep.equal(['la', 'ny']);
    expect(at(LONDON, 0)).to.deep.equal(['la', 'ny']);
    expect(at(LONDON, 6)).to.deep.equal([]);
  });

  it('an unknown viewer zone falls back to the meetings\' own days instead of throwing', () => {
    expect(q({ days: [6] }, 'Mars/Olympus_Mons')).to.deep.equal(['sat-1900', 'sat-2330']);
  });
});
