// Meetings one cannot walk into: type TC (Location Temporarily Closed) and inactive ones. The
// core never gives them directions, nor a calendar entry that leads to a closed door.
import { expect } from '@open-wc/testing';
import {
  loadMeetings,
  directionsUrls,
  meetingToIcs,
  googleCalendarUrl,
  createMeetingIndex,
  sortByDistance,
  type Meeting,
} from '../../../src/core/meetings/index.js';
import { text, utc } from './feed-helpers.js';

const NY = 'America/New_York';
/** Tuesday 2026-11-17 9:00 in New York. */
const now = utc(2026, 11, 17, 14);

let meetings: Meeting[] = [];
const bySlug = (slug: string) => meetings.find((m) => m.slug === slug)!;
const icsLines = (m: Meeting) => meetingToIcs(m, { now })!.split('\r\n');

describe('core/meetings: temporarily closed (TC) and inactive meetings (closed.json)', () => {
  before(async () => {
    meetings = loadMeetings(await text('/test/fixtures/meetings/closed.json'), { timeZone: NY }).meetings;
    expect(meetings.length).to.equal(7);
  });

  it('reads attendance as the feed gives it, else derives it (TC with no link: inactive)', () => {
    expect(meetings.map((m) => [m.slug, m.attendance])).to.deep.equal([
      ['tc-inactive', 'inactive'],
      ['tc-online', 'online'],
      ['tc-in-person', 'in_person'],
      ['tc-hybrid', 'hybrid'],
      ['city-only', 'inactive'],
      ['listed-inactive', 'inactive'],
      ['open-door', 'in_person'],
    ]);
  });

  it('no directions to a temporarily closed place, whatever attendance the feed gave it', () => {
    // A street address and coordinates, and still no route: the door is closed.
    expect(bySlug('tc-inactive').formattedAddress).to.equal('100 State St, Media, PA 19063, USA');
    expect(directionsUrls(bySlug('tc-inactive'))).to.equal(null);
    expect(directionsUrls(bySlug('tc-online'))).to.equal(null);
    expect(directionsUrls(bySlug('tc-in-person'))).to.equal(null);
    expect(directionsUrls(bySlug('tc-hybrid'))).to.equal(null);
    expect(directionsUrls(bySlug('tc-hybrid'), { from: { lat: 39.9, lng: -75.3 } })).to.equal(null);
    // An open place still has them.
    const open = directionsUrls(bySlug('open-door'))!;
    expect(new URL(open.google).searchParams.get('destination')).to.equal('39.92,-75.391');
  });

  it('no directions to an inactive meeting, even one the feed gives a street address', () => {
    const m = bySlug('listed-inactive');
    expect(m.formattedAddress).to.equal('600 State St, Media, PA 19063, USA');
    expect(directionsUrls(m)).to.equal(null);
    expect(directionsUrls(bySlug('city-only'))).to.equal(null);
  });

  it('no calendar entry leads to a closed door: TC, or inactive at a street address, with no online link', () => {
    for (const slug of ['tc-inactive', 'listed-inactive', 'tc-in-person']) {
      expect(meetingToIcs(bySlug(slug), { now }), slug).to.equal(null);
      expect(googleCalendarUrl(bySlug(slug), { now }), slug).to.equal(null);
    }
    // Inactive with only a city and no link: a day and time, and no address in the entry.
    const city = icsLines(bySlug('city-only'));
    expect(city).to.include('DTSTART;TZID=America/New_York:20261117T210000');
    expect(city.some((l) => l.startsWith('LOCATION:') || l.startsWith('GEO:'))).to.equal(false);
    expect(new URL(googleCalendarUrl(bySlug('city-only'), { now })!).searchParams.has('location')).to.equal(false);
    expect(meetingToIcs(bySlug('open-door'), { now })).to.contain('LOCATION:Friends Meeting House\\, 500 State St');
  });

  it('a TC meeting that meets online keeps its calendar entry, located at its link and not the closed address', () => {
    for (const slug of ['tc-online', 'tc-hybrid']) {
      const m = bySlug(slug);
      const lines = icsLines(m);
      expect(lines, slug).to.include('DTSTART;TZID=America/New_York:' + (slug === 'tc-online' ? '20261117T193000' : '20261117T203000'));
      expect(lines.filter((l) => l.startsWith('LOCATION:')), slug).to.deep.equal([`LOCATION:${m.online.url}`]);
      expect(lines.some((l) => l.startsWith('GEO:')), slug).to.equal(false);
      expect(lines.join('\n'), slug).not.to.contain('State St');
      const g = new URL(googleCalendarUrl(m, { now })!);
      expect(g.searchParams.get('location'), slug).to.equal(m.online.url);
    }
  });

  describe('a closed place is not a place: no point, no distance, as an online meeting', () => {
    /** Exactly at the closed Closed Door Group, 0.45 km (0.3 mi) from the open Friends Meeting House. */
    const here = { lat: 39.9168, lng: -75.3877 };
    const closedSlugs = ['tc-inactive', 'tc-online', 'tc-in-person', 'tc-hybrid', 'listed-inactive'];
    const slugs = (list: readonly Meeting[]) => list.map((m) => m.slug);

    it('normalization drops the coordinates of TC and inactive meetings, and keeps their address text', () => {
      for (const slug of closedSlugs) expect(bySlug(slug).coordinates, slug).to.equal(null);
      expect(bySlug('open-door').coordinates).to.deep.equal({ lat: 39.92, lng: -75.391 });
      // The details still show where the closed room is, marked closed: the address text stays,
      // street-level (not approximate) unless the meeting is online only.
      for (const slug of ['tc-inactive', 'tc-in-person', 'tc-hybrid', 'listed-inactive']) {
        expect(bySlug(slug).approximate, slug).to.equal(false);
        expect(bySlug(slug).formattedAddress, slug).to.match(/^\d00 State St, Media/);
      }
      expect(bySlug('tc-online').approximate).to.equal(true);
      // The feed's own values are still in the record.
      expect((bySlug('tc-inactive').source.record as { latitude: number }).latitude).to.equal(39.9168);
    });

    it('the index measures no distance to them, even standing at the closed door', () => {
      const idx = createMeetingIndex(meetings);
      for (const slug of closedSlugs) expect(idx.distanceTo(bySlug(slug), here, 'mi'), slug).to.equal(null);
      expect(idx.distanceTo(bySlug('open-door'), here)).to.be.within(0.4, 0.5);
    });

    it('a radius keeps only the open place; distance sort puts closed places last, by name, as online ones', () => {
      const idx = createMeetingIndex(meetings);
      expect(slugs(idx.query({ near: { ...here, radius: 1, unit: 'mi' } }).meetings)).to.deep.equal(['open-door']);
      expect(slugs(idx.query({ near: { ...here, radius: 20000 } }).meetings)).to.deep.equal(['open-door']);
      const sorted = slugs(idx.query({ near: here }, { sort: 'distance' }).meetings);
      expect(sorted).to.deep.equal(['open-door', 'city-only', 'tc-inactive', 'listed-inactive', 'tc-online', 'tc-hybrid', 'tc-in-person']);
      expect(slugs(sortByDistance([...meetings].reverse(), here))[0]).to.equal('open-door');
      // Without a radius nothing is left out: closed meetings are still found, just never "near".
      expect(idx.query({ near: here }).count).to.equal(7);
    });

    it('the same rule as an online meeting: a TC meeting that meets online ranks with online-only ones', () => {
      // The tc-hybrid record, but online only and without TC: it has no distance either.
      const online = loadMeetings(
        JSON.stringify([
          {
            slug: 'online',
            name: 'Online Group',
            day: 2,
            time: '19:00',
            attendance_option: 'online',
            formatted_address: '400 State St, Media, PA 19063, USA',
            latitude: 39.919,
            longitude: -75.39,
            conference_url: 'https://zoom.us/j/1',
          },
        ]),
        { timeZone: NY },
      ).meetings[0];
      const idx = createMeetingIndex([online, bySlug('tc-hybrid'), bySlug('open-door')]);
      expect(idx.distanceTo(online, here)).to.equal(null);
      expect(idx.distanceTo(bySlug('tc-hybrid'), here)).to.equal(null);
      expect(slugs(idx.query({ near: { ...here, radius: 5 } }).meetings)).to.deep.equal(['open-door']);
    });

    it('BMLT: a TC format drops the point whatever the venue type (closed-bmlt.json)', async () => {
      const r = loadMeetings(await text('/test/fixtures/meetings/closed-bmlt.json'), { timeZone: NY });
      expect(r.format).to.equal('bmlt');
      const m = (name: string) => r.meetings.find((x) => x.name === name)!;
      expect(m('Hall Closed Hybrid').types).to.include('TC');
      expect([m('Hall Closed Hybrid').attendance, m('Hall Closed In Person').attendance]).to.deep.equal(['hybrid', 'in_person']);
      expect(m('Hall Closed Hybrid').coordinates).to.equal(null);
      expect(m('Hall Closed In Person').coordinates).to.equal(null);
      expect(m('Hall Closed In Person').formattedAddress).to.contain('300 State St');
      expect(m('Open Hall').coordinates).to.deep.equal({ lat: 39.92, lng: -75.391 });
      const idx = createMeetingIndex(r.meetings);
      expect(slugs(idx.query({ near: { ...here, radius: 5 } }).meetings)).to.deep.equal([m('Open Hall').slug]);
    });
  });
});
