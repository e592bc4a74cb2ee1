// Meetings one cannot walk into: type TC (Location Temporarily Closed) and inactive ones. The
// core never gives them directions, nor a calendar entry that leads to a closed door.
import { expect } from '@open-wc/testing';
import { loadMeetings, directionsUrls, meetingToIcs, googleCalendarUrl, type Meeting } from '../../../src/core/meetings/index.js';
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
});
