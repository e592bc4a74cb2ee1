/**
 * Edge cases of src/core that the feature tests do not reach (issue 9's coverage floor):
 * invalid zones and locales, inputs refused as a whole, meetings without a schedule, BC dates,
 * numeric character references out of range.
 */
import { expect } from '@open-wc/testing';
import { distance, isValidCoordinates, loadMeetings, MeetingsInputError, currentOrNextOccurrence, nextOccurrence, viewerTime, occurrencesBetween, meetingStatus, type Meeting } from '../../../src/core/meetings/index.js';
import { canonicalLocale, pickLanguage, Formatter, formatTimeOfDay, weekdayName } from '../../../src/core/i18n/index.js';
import { parseDateInput, zonedDateTime, zonedToInstant, DateInputError, systemTimeZone } from '../../../src/core/time/calendar.js';
import { decodeEntities } from '../../../src/core/html/index.js';

const code = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return (e as { code?: string }).code ?? (e as Error).name;
  }
  return 'no error';
};

describe('core edge cases', () => {
  it('geo: coordinates are validated and miles converted', () => {
    for (const bad of [null, undefined, 'x', 5, { lat: 91, lng: 0 }, { lat: 0, lng: 181 }, { lat: NaN, lng: 0 }, { lat: '1', lng: 2 }]) expect(isValidCoordinates(bad), String(JSON.stringify(bad))).to.equal(false);
    expect(isValidCoordinates({ lat: -90, lng: 180 })).to.equal(true);
    const km = distance({ lat: 0, lng: 0 }, { lat: 0, lng: 1 });
    expect(distance({ lat: 0, lng: 0 }, { lat: 0, lng: 1 }, 'mi')).to.be.closeTo(km / 1.609344, 1e-9);
  });

  it('loadMeetings refuses unusable input with stable codes', () => {
    expect(code(() => loadMeetings([], { timeZone: 'Mars/Olympus' }))).to.equal('invalid-time-zone');
    expect(code(() => loadMeetings([], { format: 'csv', timeZone: 'UTC' }))).to.equal('not-a-feed');
    expect(code(() => loadMeetings('   ', { format: 'meeting-guide', timeZone: 'UTC' }))).to.equal('empty-input');
    expect(code(() => loadMeetings('{', { format: 'bmlt', timeZone: 'UTC' }))).to.equal('invalid-json');
    expect(code(() => loadMeetings([], { format: 'xml' as never, timeZone: 'UTC' }))).to.equal('unknown-format');
    expect(code(() => loadMeetings({ x: 1 }, { format: 'bmlt', timeZone: 'UTC' }))).to.equal('not-a-feed');
    expect(code(() => loadMeetings({ x: 1 }, { format: 'meeting-guide', timeZone: 'UTC' }))).to.equal('not-a-feed');
    expect(() => loadMeetings('x', { format: 'meeting-guide', timeZone: 'UTC' })).to.throw(MeetingsInputError);
    const bom = loadMeetings('\ufeff[{"name":"A","day":1,"time":"19:00"}]', { format: 'meeting-guide', timeZone: 'UTC' });
    expect(bom.meetings.map((m) => m.name)).to.deep.equal(['A']);
    const bmlt = loadMeetings('\ufeff{"meetings":[{"meeting_name":"B","weekday_tinyint":"2","start_time":"19:00:00"}]}', { format: 'bmlt', timeZone: 'UTC' });
    expect(bmlt.meetings.map((m) => m.name)).to.deep.equal(['B']);
    // Without a zone, the viewer's own is used.
    expect(loadMeetings([{ name: 'C', day: 1, time: '19:00' }]).meetings[0].timeZone).to.equal(systemTimeZone());
  });

  it('occurrences: a meeting without a schedule has none', () => {
    const [m] = loadMeetings([{ name: 'By appointment' }], { format: 'meeting-guide', timeZone: 'UTC' }).meetings;
    const now = Date.UTC(2026, 4, 20, 12);
    expect(m.start).to.equal(null);
    expect(currentOrNextOccurrence(m, now)).to.equal(null);
    expect(nextOccurrence(m, now)).to.equal(null);
    expect(viewerTime(m, now, 'UTC')).to.equal(null);
    expect(occurrencesBetween(m, now, now + 7 * 864e5)).to.deep.equal([]);
    expect(meetingStatus(m, now)).to.equal('unscheduled');
    const weekly: Meeting = { ...loadMeetings([{ name: 'W', day: 3, time: '10:00' }], { timeZone: 'UTC' }).meetings[0] };
    expect(occurrencesBetween(weekly, now, now)).to.deep.equal([]);
    expect(occurrencesBetween(weekly, now, now + 14 * 864e5)).to.have.length(2);
    // Days out of reach (an empty day list) give nothing either.
    expect(nextOccurrence({ ...weekly, days: [] }, now)).to.equal(null);
    expect(currentOrNextOccurrence({ ...weekly, days: [] }, now)).to.equal(null);
  });

  it('i18n: invalid tags fall back, unknown currencies and zones do not throw', () => {
    expect(canonicalLocale(null)).to.equal('');
    expect(canonicalLocale('not a tag!')).to.equal('');
    expect(canonicalLocale('es_mx')).to.equal('es-MX');
    expect(pickLanguage('es-MX')).to.equal('es');
    expect(pickLanguage('zz-ZZ')).to.equal('en');
    expect(pickLanguage('!!')).to.equal('en');
    expect(new Formatter('!!').locale).to.equal('en');
    const f = new Formatter('en-US');
    expect(f.currency(12.5, 'USD')).to.equal('$12.50');
    expect(f.currency(12.5, 'NOT-A-CODE')).to.equal('12.5');
    expect(f.dateTime(0, { timeZone: 'Mars/Olympus', year: 'numeric' })).to.equal('1970');
    expect(weekdayName(f, 0)).to.equal('Sunday');
    expect(weekdayName(new Formatter('es'), 6, 'short')).to.match(/^sáb/);
    expect(f.list(['a', 'b'], 'disjunction')).to.equal('a or b');
    expect(formatTimeOfDay(f, 19 * 60 + 30)).to.match(/7:30\sPM/);
  });

  it('calendar: bad input, bad zones, BC years, midnight as 24', () => {
    expect(code(() => parseDateInput(null as unknown as string))).to.equal('invalid-date');
    expect(code(() => parseDateInput('2026-02-30T10:00'))).to.equal('invalid-date');
    expect(code(() => parseDateInput('2026-02-10T24:00'))).to.equal('invalid-time');
    expect(() => zonedDateTime(0, 'Mars/Olympus')).to.throw(DateInputError);
    const bc = zonedDateTime(Date.UTC(-100, 0, 1, 12), 'UTC');
    expect(bc.year).to.equal(-100);
    expect(zonedDateTime(Date.UTC(2026, 0, 1, 0, 0), 'UTC').hour).to.equal(0);
    expect(zonedToInstant({ year: 2026, month: 5, day: 20 }, 'UTC')).to.equal(Date.UTC(2026, 4, 20));
  });

  it('entities: out-of-range and surrogate references become U+FFFD; legacy names in attributes stay', () => {
    expect(decodeEntities('&#0;&#x110000;&#xD800;&#123456789012;')).to.equal('\ufffd\ufffd\ufffd\ufffd');
    expect(decodeEntities('&#x80;')).to.equal('\u20ac');
    expect(decodeEntities('?a=1&copy=2', true)).to.equal('?a=1&copy=2');
    expect(decodeEntities('&copy', true)).to.equal('©');
    expect(decodeEntities('&copyx', true)).to.equal('&copyx');
    expect(decodeEntities('&amp;&notit;')).to.equal('&¬it;');
    expect(decodeEntities('&zzzz;')).to.equal('&zzzz;');
  });
});
