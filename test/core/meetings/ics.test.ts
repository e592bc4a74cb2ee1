import { expect } from '@open-wc/testing';
import {
  loadMeetings,
  meetingToIcs,
  googleCalendarUrl,
  directionsUrls,
  escapeText,
  foldLine,
  vtimezone,
  icsFileName,
  type Meeting,
} from '../../../src/core/meetings/index.js';
import { zoneOffsetMinutes } from '../../../src/core/time/calendar.js';
import { utc } from './feed-helpers.js';

const NY = 'America/New_York';
const octets = (s: string) => new TextEncoder().encode(s).length;
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');

function one(record: Record<string, unknown>, timeZone = NY): Meeting {
  return loadMeetings([{ slug: 'night-owls', name: 'Night Owls', ...record }], { timeZone }).meetings[0];
}

/** Checks the RFC 5545 rules every output must follow and returns the unfolded property lines. */
function checkRfc5545(ics: string): string[] {
  expect(ics.endsWith('\r\n')).to.equal(true);
  expect(/\r(?!\n)|(?<!\r)\n/.test(ics), 'bare CR or LF').to.equal(false);
  for (const line of ics.split('\r\n').slice(0, -1)) {
    expect(octets(line), line).to.be.at.most(75);
    expect(line.length).to.be.greaterThan(0);
  }
  const lines = unfold(ics).split('\r\n').slice(0, -1);
  for (const l of lines) expect(l, l).to.match(/^[A-Z-]+(;[A-Z-]+=[^:;]+)*:/);
  // Components balance.
  const stack: string[] = [];
  for (const l of lines) {
    if (l.startsWith('BEGIN:')) stack.push(l.slice(6));
    if (l.startsWith('END:')) expect(stack.pop()).to.equal(l.slice(4));
  }
  expect(stack).to.deep.equal([]);
  return lines;
}

const prop = (lines: string[], name: string) => lines.filter((l) => l.startsWith(name + ':') || l.startsWith(name + ';'));

describe('core/meetings .ics', () => {
  const now = utc(2026, 11, 21, 12); // Saturday

  it('escapes TEXT and folds at 75 octets without splitting characters', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).to.equal('a\\\\b\\;c\\,d\\ne\\nf');
    const long = 'DESCRIPTION:' + 'é'.repeat(50) + '日本語'.repeat(20) + '😀'.repeat(30);
    const folded = foldLine(long);
    for (const l of folded.split('\r\n')) expect(octets(l)).to.be.at.most(75);
    expect(folded.replace(/\r\n /g, '')).to.equal(long);
    expect(foldLine('SHORT:x')).to.equal('SHORT:x');
  });

  it('writes a weekly event with TZID, VTIMEZONE, UID, DTSTAMP, location, URL, escaped text', () => {
    const m = one({
      name: 'Café; Step, Study \\ Group — a name long enough to need folding across lines',
      day: [1, 3],
      time: '23:30',
      end_time: '00:30',
      notes: 'Side door; ring twice,\nthen wait',
      location: "St. Mary's",
      formatted_address: '1 Main St, Media, PA 19063, USA',
      latitude: 39.9,
      longitude: -75.4,
      conference_url: 'https://zoom.us/j/1?pwd=a,b',
      url: 'https://aa.example.org/meetings/night-owls',
    });
    const ics = meetingToIcs(m, { now })!;
    const lines = checkRfc5545(ics);
    expect(lines.slice(0, 3)).to.deep.equal(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//recovery-kit//meetings//EN']);
    expect(prop(lines, 'UID')).to.deep.equal(['UID:night-owls@aa.example.org']);
    expect(prop(lines, 'DTSTAMP')).to.deep.equal(['DTSTAMP:20261121T120000Z']);
    // Next Monday 23:30 in New York; ends 00:30 the next day.
    expect(prop(lines, 'DTSTART').pop()).to.equal('DTSTART;TZID=America/New_York:20261123T233000');
    expect(prop(lines, 'DTEND')).to.deep.equal(['DTEND;TZID=America/New_York:20261124T003000']);
    expect(prop(lines, 'RRULE').pop()).to.equal('RRULE:FREQ=WEEKLY;BYDAY=MO,WE');
    expect(prop(lines, 'SUMMARY')).to.deep.equal(['SUMMARY:Café\\; Step\\, Study \\\\ Group — a name long enough to need folding across lines']);
    expect(prop(lines, 'LOCATION')).to.deep.equal(["LOCATION:St. Mary's\\, 1 Main St\\, Media\\, PA 19063\\, USA"]);
    expect(prop(lines, 'GEO')).to.deep.equal(['GEO:39.9;-75.4']);
    expect(prop(lines, 'URL')).to.deep.equal(['URL:https://zoom.us/j/1?pwd=a,b']);
    expect(prop(lines, 'DESCRIPTION')[0]).to.equal(
      'DESCRIPTION:Side door\\; ring twice\\,\\nthen wait\\n\\nhttps://zoom.us/j/1?pwd=a\\,b\\n\\nhttps://aa.example.org/meetings/night-owls',
    );
    expect(icsFileName(m)).to.equal('night-owls.ics');
  });

  it('VTIMEZONE for America/New_York: EST/EDT with the 2nd-Sunday-of-March and 1st-Sunday-of-November rules', () => {
    const lines = vtimezone(NY, 2026);
    expect(lines).to.deep.equal([
      'BEGIN:VTIMEZONE',
      'TZID:America/New_York',
      'BEGIN:DAYLIGHT',
      'DTSTART:20250309T020000',
      'TZOFFSETFROM:-0500',
      'TZOFFSETTO:-0400',
      'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU',
      'END:DAYLIGHT',
      'BEGIN:STANDARD',
      'DTSTART:20251102T020000',
      'TZOFFSETFROM:-0400',
      'TZOFFSETTO:-0500',
      'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
    // The rules agree with the engine's own offsets in 2026: 2026-03-08 and 2026-11-01.
    expect(zoneOffsetMinutes(utc(2026, 3, 8, 6, 59), NY)).to.equal(-300);
    expect(zoneOffsetMinutes(utc(2026, 3, 8, 7, 0), NY)).to.equal(-240);
    expect(zoneOffsetMinutes(utc(2026, 11, 1, 5, 59), NY)).to.equal(-240);
    expect(zoneOffsetMinutes(utc(2026, 11, 1, 6, 0), NY)).to.equal(-300);
  });

  it('VTIMEZONE for Australia/Sydney (southern hemisphere: daylight time in October-April)', () => {
    const m = one({ day: 0, time: '10:00', timezone: 'Australia/Sydney' });
    const lines = checkRfc5545(meetingToIcs(m, { now })!);
    const tz = lines.slice(lines.indexOf('BEGIN:VTIMEZONE'), lines.indexOf('END:VTIMEZONE') + 1);
    expect(tz).to.deep.equal([
      'BEGIN:VTIMEZONE',
      'TZID:Australia/Sydney',
      'BEGIN:STANDARD',
      'DTSTART:20250406T030000',
      'TZOFFSETFROM:+1100',
      'TZOFFSETTO:+1000',
      'RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU',
      'END:STANDARD',
      'BEGIN:DAYLIGHT',
      'DTSTART:20251005T020000',
      'TZOFFSETFROM:+1000',
      'TZOFFSETTO:+1100',
      'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU',
      'END:DAYLIGHT',
      'END:VTIMEZONE',
    ]);
    // Sunday 2026-11-22 10:00 AEDT is the first occurrence after Saturday noon UTC.
    expect(prop(lines, 'DTSTART').pop()).to.equal('DTSTART;TZID=Australia/Sydney:20261122T100000');
  });

  it('zones without DST get one STANDARD component; zones whose rules change get explicit transitions', () => {
    expect(vtimezone('Asia/Kolkata', 2026)).to.deep.equal([
      'BEGIN:VTIMEZONE',
      'TZID:Asia/Kolkata',
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      'TZOFFSETFROM:+0530',
      'TZOFFSETTO:+0530',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
    const london = vtimezone('Europe/London', 2026);
    expect(london).to.include('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU');
    expect(london).to.include('RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU');
    // Morocco moves its clocks around Ramadan: no yearly rule holds, so no RRULE is claimed.
    const casa = vtimezone('Africa/Casablanca', 2026);
    expect(casa.some((l) => l.startsWith('RRULE'))).to.equal(false);
    expect(casa.filter((l) => l.startsWith('BEGIN:DAYLIGHT')).length).to.be.at.least(1);
  });

  it('an online meeting: URL, LOCATION is the link; unscheduled meetings have no calendar entry', () => {
    const m = one({ day: 2, time: '18:00', conference_url: 'https://meet.example.org/x', formatted_address: 'Philadelphia, PA, USA' });
    const lines = checkRfc5545(meetingToIcs(m, { now, uidDomain: 'finder.example' })!);
    expect(prop(lines, 'LOCATION')).to.deep.equal(['LOCATION:https://meet.example.org/x']);
    expect(prop(lines, 'UID')).to.deep.equal(['UID:night-owls@finder.example']);
    expect(prop(lines, 'GEO')).to.deep.equal([]);
    expect(meetingToIcs(one({}), { now })).to.equal(null);
    expect(googleCalendarUrl(one({}), { now })).to.equal(null);
  });

  it('builds a Google Calendar template link in the meeting zone', () => {
    const m = one({ day: 1, time: '19:00', end_time: '20:30', location: 'Hall', formatted_address: '1 Main St, Media, PA 19063, USA' });
    const u = new URL(googleCalendarUrl(m, { now })!);
    expect(u.origin + u.pathname).to.equal('https://calendar.google.com/calendar/render');
    expect(u.searchParams.get('action')).to.equal('TEMPLATE');
    expect(u.searchParams.get('text')).to.equal('Night Owls');
    expect(u.searchParams.get('dates')).to.equal('20261123T190000/20261123T203000');
    expect(u.searchParams.get('ctz')).to.equal(NY);
    expect(u.searchParams.get('recur')).to.equal('RRULE:FREQ=WEEKLY;BYDAY=MO');
    expect(u.searchParams.get('location')).to.equal('Hall, 1 Main St, Media, PA 19063, USA');
  });
});

describe('core/meetings directions', () => {
  it('links Apple, Google and OpenStreetMap to coordinates, or to the address', () => {
    const m = one({ day: 1, time: '19:00', location: 'Hall', formatted_address: '1 Main St, Media, PA 19063, USA', latitude: 39.9168, longitude: -75.3877 });
    const d = directionsUrls(m)!;
    expect(new URL(d.apple).searchParams.get('daddr')).to.equal('39.9168,-75.3877');
    expect(new URL(d.google).searchParams.get('destination')).to.equal('39.9168,-75.3877');
    expect(new URL(d.google).searchParams.get('api')).to.equal('1');
    expect(decodeURIComponent(new URL(d.osm).searchParams.get('route')!)).to.equal(';39.9168,-75.3877');
    const from = directionsUrls(m, { from: { lat: 40, lng: -75 } })!;
    expect(new URL(from.google).searchParams.get('origin')).to.equal('40,-75');
    const noCoords = directionsUrls(one({ day: 1, time: '19:00', formatted_address: '1 Main St, Media, PA 19063, USA' }))!;
    expect(new URL(noCoords.google).searchParams.get('destination')).to.equal('1 Main St, Media, PA 19063, USA');
    expect(new URL(noCoords.osm).searchParams.get('query')).to.equal('1 Main St, Media, PA 19063, USA');
    for (const u of Object.values(noCoords)) expect(u).to.match(/^https:\/\//);
    expect(directionsUrls(one({ day: 1, time: '19:00', conference_url: 'https://zoom.us/j/1' }))).to.equal(null);
  });
});
