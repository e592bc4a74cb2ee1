// Feed shapes real intergroups and BMLT servers publish that the other fixtures do not cover.
import { expect } from '@open-wc/testing';
import { text, expectCode } from './feed-helpers.js';
import { loadMeetings, detectFormat, parseCsv, directionsUrls, createMeetingIndex } from '../../../src/core/meetings/index.js';

const NY = 'America/New_York';

describe('core/meetings feed variants', () => {
  it('a Meeting Guide feed served as an object keyed by id (PHP json_encode of a filtered array) loads; bad records are counted', async () => {
    const body = await text('/test/fixtures/feeds-variants/keyed-by-id.json');
    for (const input of [body, JSON.parse(body)]) {
      const r = loadMeetings(input, { timeZone: NY });
      expect(r.format).to.equal('meeting-guide');
      expect(r.meetings.map((m) => [m.slug, m.days, m.start, m.attendance])).to.deep.equal([
        ['keyed-monday', [1], 1170, 'in_person'],
        ['keyed-online', [3], 420, 'online'],
      ]);
      expect(r.skipped.map((s) => s.reason)).to.deep.equal(['not-an-object', 'missing-name']);
    }
    expect(loadMeetings(body, { timeZone: NY, format: 'meeting-guide' }).meetings.length).to.equal(2);
    expect(detectFormat(body).value).to.be.an('array').with.length(4);
    // Objects of other things, or of scalars, are still not feeds.
    expectCode(() => loadMeetings({ a: { title: 'x' }, b: { title: 'y' } }, { timeZone: NY }), 'not-a-feed');
    expectCode(() => loadMeetings({ a: 1, b: 'two' }, { timeZone: NY }), 'not-a-feed');
    expectCode(() => loadMeetings({}, { timeZone: NY }), 'not-a-feed');
  });
});

describe('core/meetings phone fields of digits holding two numbers', () => {
  it('a second "+" starts another number: the first number and its meeting ID are dialed, not the two run together (sepia-2038.json)', async () => {
    const r = loadMeetings(await text('/shared-data/meeting-guide/sepia-2038.json'), { timeZone: NY });
    const m = r.meetings[299];
    expect((m.source.record as { conference_phone: string }).conference_phone).to.equal('+16465588656,,901964988#+16465588656,,901964988#,,1#,417417#');
    // Before: "+16465588656,,901964988#16465588656,,..." (the second number keyed in as tones).
    expect(m.online.phone).to.equal('+16465588656,,901964988#');
    expect(r.meetings[887].online.phone).to.equal('+16465588656,,901964988#');
    const one = (p: string) => loadMeetings([{ name: 'A', slug: 'a', conference_phone: p }], { timeZone: NY }).meetings[0].online.phone;
    expect(one('+13017158592,,85779615129#,,,,005088#')).to.equal('+13017158592,,85779615129#,,,,005088#');
    expect(one('+1 (646) 558-8656 +1 (669) 900-6833')).to.equal('+16465588656');
  });
});

describe('core/meetings BMLT replies that are not meeting lists', () => {
  it('GetFieldValues ([{ meeting_name, ids }]: one row per distinct value) is not a feed, not meetings without a day', async () => {
    const body = await text('/test/fixtures/feeds-variants/bmlt-field-values.json');
    expectCode(() => loadMeetings(body, { timeZone: NY }), 'not-a-feed');
    expectCode(() => loadMeetings([{ weekday_tinyint: '2', ids: '1,2' }], { timeZone: NY }), 'not-a-feed');
    // GetFieldKeys, GetServerInfo and GetFormats replies stay refused too.
    expectCode(() => loadMeetings([{ key: 'meeting_name', description: 'Meeting Name' }], { timeZone: NY }), 'not-a-feed');
    expectCode(() => loadMeetings([{ version: '3.0.0', versionInt: '3000000', langs: 'en' }], { timeZone: NY }), 'not-a-feed');
    expectCode(() => loadMeetings([{ key_string: 'O', name_string: 'Open', world_id: 'OPEN', id: '1' }], { timeZone: NY }), 'not-a-feed');
  });
});

describe('core/meetings lists a PHP feed wrote as objects', () => {
  it('types, day and regions as objects keyed by index ({"0":"O","2":"D"}: PHP json_encode after array_unique) are read as lists', async () => {
    const r = loadMeetings(await text('/test/fixtures/feeds-variants/php-keyed-lists.json'), { timeZone: NY });
    expect(r.skipped).to.deep.equal([]);
    expect(r.meetings.map((m) => [m.slug, m.days, m.types, m.regions])).to.deep.equal([
      ['keyed-types', [2], ['O', 'D', 'X'], ['Kent County', 'Dover']],
      ['keyed-days', [1, 3], ['C'], []],
    ]);
  });
});

describe('core/meetings CSV written by hand', () => {
  it('spaces before a quoted field (", \\"19:30\\"", as PHP\'s str_getcsv reads them) do not split it at its commas or keep its quotes', async () => {
    const body = await text('/test/fixtures/feeds-variants/spaced-quotes.csv');
    const r = loadMeetings(body, { timeZone: NY });
    expect(r.format).to.equal('csv');
    expect(r.skipped).to.deep.equal([]);
    expect(r.meetings.map((m) => [m.name, m.days, m.start, m.types, m.formattedAddress])).to.deep.equal([
      ['Big Book, Group', [1], 1170, ['O', 'D'], '12 Oak St, Dover, DE'],
      ['Noon Step', [2], 720, ['C'], '1 Main St'],
    ]);
    // A quote inside an unquoted field is still text; spaces before an unquoted field still trimmed later.
    expect(parseCsv('a, b "c", d\n')).to.deep.equal([['a', ' b "c"', ' d']]);
  });
});

describe('core/meetings online-only meetings that keep a street address', () => {
  it('BMLT venue_type 2 with its old street address: no directions, not on the map or in "near me"; a hybrid one keeps them', async () => {
    const r = loadMeetings(await text('/test/fixtures/feeds-variants/bmlt-virtual-old-address.json'), { timeZone: NY });
    const [online, hybrid] = r.meetings;
    expect([online.attendance, hybrid.attendance]).to.deep.equal(['online', 'hybrid']);
    // The address stays in the model (where the group met), but it is not a place to go.
    expect(online.formattedAddress).to.equal('128 Main Street, Clifton Springs, NY');
    expect(online.approximate).to.equal(true);
    expect(directionsUrls(online)).to.equal(null);
    expect(hybrid.approximate).to.equal(false);
    expect(directionsUrls(hybrid)).to.not.equal(null);
    const near = { lat: 42.96, lng: -77.12, radius: 10 };
    const q = createMeetingIndex(r.meetings).query({ near }, { sort: 'distance', now: Date.UTC(2024, 2, 5, 12) });
    expect(q.meetings.map((m) => m.name)).to.deep.equal(['Hybrid at St. Mark\'s']);
    // Meeting Guide attendance_option "online" with a street address and no approximate flag: the same.
    const mg = loadMeetings([{ name: 'A', slug: 'a', day: 1, time: '10:00', attendance_option: 'online', address: '1 Main St', city: 'Dover', conference_url: 'https://zoom.us/j/1' }], { timeZone: NY });
    expect(mg.meetings[0].approximate).to.equal(true);
  });
});
