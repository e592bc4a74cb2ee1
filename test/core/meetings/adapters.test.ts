import { expect } from '@open-wc/testing';
import { text, expectCode } from './feed-helpers.js';
import {
  loadMeetings,
  detectFormat,
  parseCsv,
  parseTime,
  safePhone,
  safeUrl,
  typeLabel,
  typeCodeFromLabel,
  TYPE_CODES,
  type LoadResult,
  type Meeting,
} from '../../../src/core/meetings/index.js';

const NY = 'America/New_York';

function bySlug(r: LoadResult, slug: string): Meeting {
  const m = r.meetings.find((x) => x.slug === slug);
  if (!m) throw new Error(`no meeting ${slug}`);
  return m;
}

function countBy<T>(list: T[], key: (t: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const x of list) out[key(x)] = (out[key(x)] ?? 0) + 1;
  return out;
}

describe('core/meetings adapters: every real feed in test/fixtures/shared-data', () => {
  it('sepia-2038.json: 2,038 kept, 0 skipped, 5 end times repaired', async () => {
    const r = loadMeetings(await text('/shared-data/meeting-guide/sepia-2038.json'), { timeZone: NY });
    expect(r.format).to.equal('meeting-guide');
    // Every record has a name, a slug, a day 0-6 and an "HH:MM" time: nothing to skip.
    expect(r.meetings.length).to.equal(2038);
    expect(r.skipped).to.deep.equal([]);
    // Five records end at or before they start and cannot be read as running past midnight
    // (12:15-01:15 would be 13 hours; 17:30-16:30 23 hours; 10:00-10:00 zero): end = start + 60.
    // 23:00-00:00, 23:30-00:30 and 23:59-01:00 are kept as meetings that run past midnight.
    expect(r.repaired.map((x) => [x.index, x.reason])).to.deep.equal([
      [63, 'end-before-start'],
      [389, 'end-before-start'],
      [960, 'end-before-start'],
      [1270, 'end-before-start'],
      [1887, 'end-before-start'],
    ]);
    expect(r.meetings[960]).to.include({ start: 735, end: 795, duration: 60 });
    const late = r.meetings[2037];
    expect(late).to.include({ name: 'Greater Levittown', start: 1410, end: 30, duration: 60 });
    // No timezone in this feed: the page's zone applies.
    expect(r.meetings.every((m) => m.timeZone === NY)).to.equal(true);
    // String coordinates become numbers; regions[] is the path.
    const first = r.meetings[0];
    expect(first.coordinates).to.deep.equal({ lat: 39.8712402, lng: -75.3543743 });
    expect(first.regions).to.deep.equal(['Delaware County', 'Woodlyn']);
    expect(first.address).to.deep.equal({ street: '1937 West MacDade Boulevard', city: 'Woodlyn', state: 'PA', postalCode: '19094', country: 'USA' });
    // No attendance_option: derived. TC with no link -> inactive; "Philadelphia, PA, USA" + link -> online.
    expect(countBy(r.meetings, (m) => m.attendance)).to.deep.equal({ in_person: 1291, online: 305, hybrid: 305, inactive: 137 });
  });

  it('orange-county-1967.json (12 Step Meeting List plugin): 1,967 kept, 0 skipped, 1 by appointment', async () => {
    const r = loadMeetings(await text('/shared-data/meeting-guide/orange-county-1967.json'), { timeZone: 'America/Los_Angeles' });
    expect(r.format).to.equal('meeting-guide');
    expect(r.meetings.length).to.equal(1967);
    expect(r.skipped).to.deep.equal([]);
    expect(r.repaired).to.deep.equal([]);
    // Record 258 ("Women'") has no day and no time: kept, by appointment.
    const appt = r.meetings.filter((m) => m.days.length === 0);
    expect(appt.map((m) => m.source.index)).to.deep.equal([258]);
    expect(appt[0]).to.include({ start: null, end: null, duration: null });
    // attendance_option is trusted as given.
    expect(countBy(r.meetings, (m) => m.attendance)).to.deep.equal({ in_person: 1432, online: 385, hybrid: 148, inactive: 2 });
    // 1,201 records have no end_time: one hour.
    expect(r.meetings.filter((m) => m.duration === 60).length).to.be.greaterThan(1201);
    expect(r.meetings[0]).to.include({ id: '64769', slug: '40-minutes-to-freedom', start: 1170, end: 1215 });
    expect(r.meetings[0].regions).to.deep.equal(['COSTA MESA']);
    // 27 records have no types at all: an empty list, not a crash.
    expect(r.meetings.filter((m) => m.types.length === 0).length).to.equal(27);
    // The plugin's "regions": [null] falls back to nothing rather than a "null" region.
    expect(r.meetings.some((m) => m.regions.includes('null'))).to.equal(false);
  });

  it('sussex-123.json: 123 kept, 0 skipped', async () => {
    const r = loadMeetings(await text('/shared-data/meeting-guide/sussex-123.json'), { timeZone: NY });
    expect([r.meetings.length, r.skipped.length, r.repaired.length]).to.deep.equal([123, 0, 0]);
    expect(r.meetings[0]).to.include({ district: 'District 01', group: 'Rehoboth Beach Sunday Group', attendance: 'in_person' });
    expect(countBy(r.meetings, (m) => m.attendance)).to.deep.equal({ in_person: 94, online: 28, hybrid: 1 });
    // Phone numbers stay dialable: digits, commas, #, leading +.
    for (const m of r.meetings) if (m.online.phone) expect(m.online.phone).to.match(/^\+?[0-9,*#]+$/);
  });

  it('timezones-2.json: 2 kept, each in its own zone', async () => {
    const r = loadMeetings(await text('/shared-data/meeting-guide/timezones-2.json'), { timeZone: 'Europe/London' });
    expect([r.meetings.length, r.skipped.length]).to.deep.equal([2, 0]);
    expect(r.meetings.map((m) => [m.slug, m.timeZone, m.start])).to.deep.equal([
      ['sf-meeting', 'America/Los_Angeles', 540],
      ['pa-meeting', 'America/New_York', 705],
    ]);
    // Only a city: no street address and no link -> inactive.
    expect(r.meetings[0].attendance).to.equal('inactive');
  });

  it('invalid-syntax.json gives a typed error, not a partial feed', async () => {
    const body = await text('/shared-data/meeting-guide/invalid-syntax.json');
    expectCode(() => loadMeetings(body, { timeZone: NY }), 'invalid-json');
    expectCode(() => loadMeetings(body, { timeZone: NY, format: 'meeting-guide' }), 'invalid-json');
  });

  it('BMLT day 2 and day 3 replies: 53 and 54 kept, 0 skipped', async () => {
    const d2 = loadMeetings(await text('/shared-data/bmlt/meeting-search-42.867970-day2.json'), { timeZone: NY });
    const d3 = loadMeetings(await text('/shared-data/bmlt/meeting-search-42.867970-day3.json'), { timeZone: NY });
    expect(d2.format).to.equal('bmlt');
    expect([d2.meetings.length, d2.skipped.length, d2.repaired.length]).to.deep.equal([53, 0, 0]);
    expect([d3.meetings.length, d3.skipped.length, d3.repaired.length]).to.deep.equal([54, 0, 0]);
    // weekday_tinyint "2" is Monday; no duration_time: one hour; no time_zone: the page's.
    expect(d2.meetings.every((m) => m.days[0] === 1 && m.duration === 60 && m.timeZone === NY)).to.equal(true);
    expect(d3.meetings.every((m) => m.days[0] === 2)).to.equal(true);
    const first = d2.meetings[0];
    expect(first).to.include({ id: '2566', slug: '2566', name: 'Step up and Be Free', start: 1140, location: 'Clifton springs Hospital', locationNotes: 'Admin Conference Room' });
    // "O,RF,To": Open maps to the Meeting Guide code; Rotating Format and Topic keep their keys and labels.
    expect(first.types).to.deep.equal(['O', 'RF', 'To']);
    expect(typeLabel('RF', 'en', d2.typeLabels)).to.equal('Rotating Format');
    expect(typeLabel('O', 'es', d2.typeLabels)).to.equal('Abierta');
    const d3first = d3.meetings[0];
    // "O,B,BT,D,St,WC": Beginners -> BE (not Big Book), Basic Text kept, Step -> ST, Wheelchair -> X.
    expect(d3first.types).to.deep.equal(['O', 'BE', 'BT', 'D', 'ST', 'X']);
    expect(first.coordinates).to.deep.equal({ lat: 42.9613734, lng: -77.1205486 });
    expect(first.attendance).to.equal('in_person');
  });

  it('formats.json serves as the format list for a bare-array BMLT reply', async () => {
    const formats = JSON.parse(await text('/shared-data/bmlt/formats.json'));
    expect(formats.length).to.equal(44);
    // Alone it is not a meeting feed.
    expectCode(() => loadMeetings(formats, { timeZone: NY }), 'not-a-feed');
    const r = loadMeetings(await text('/test/fixtures/meetings/bmlt-bare.json'), { timeZone: NY, formats });
    expect(r.format).to.equal('bmlt');
    // 5 records: "Bad weekday" (weekday 9) and the nameless one are skipped.
    expect(r.meetings.length).to.equal(3);
    expect(r.skipped).to.deep.equal([
      { index: 2, reason: 'invalid-day', name: 'Bad weekday' },
      { index: 3, reason: 'missing-name' },
    ]);
    expect(r.repaired).to.deep.equal([{ index: 4, reason: 'invalid-duration', field: 'duration' }]);
    const [sun, sat] = r.meetings;
    expect(sun).to.include({ name: 'Sunday Serenity', start: 1140, end: 1230, duration: 90, timeZone: 'America/Chicago', attendance: 'hybrid' });
    expect(sun.days).to.deep.equal([0]);
    // SL is ASL in BMLT (Slovenian in Meeting Guide): mapped. XX is in no list: kept as is.
    expect(sun.types).to.deep.equal(['O', 'BT', 'ASL', 'XX']);
    expect(typeLabel('BT', 'en', r.typeLabels)).to.equal('Basic Text');
    expect(typeLabel('XX', 'es', r.typeLabels)).to.equal('XX');
    expect(sun.formattedAddress).to.equal('5 Oak St, Springfield, IL 62701, US');
    expect(sat).to.include({ start: 1380, end: 60, duration: 120, attendance: 'online' });
    expect(sat.days).to.deep.equal([6]);
    expect(sat.online.phone).to.equal('+15551234567');
  });

  it('service-bodies.json, types.json and the license text are not meeting feeds', async () => {
    const bodies = await text('/shared-data/bmlt/service-bodies.json');
    expectCode(() => loadMeetings(bodies, { timeZone: NY }), 'not-a-feed');
    const types = await text('/shared-data/meeting-guide/types.json');
    expectCode(() => loadMeetings(types, { timeZone: NY }), 'not-a-feed');
    const license = await text('/shared-data/bmlt/LICENSE-yap-MIT.txt');
    expectCode(() => loadMeetings(license, { timeZone: NY }), 'not-a-feed');
    const readme = await text('/shared-data/README.md');
    expectCode(() => loadMeetings(readme, { timeZone: NY }), 'not-a-feed');
  });

  it('types.json is the catalog: 87 codes, labels in en and es, fallbacks', async () => {
    const types = JSON.parse(await text('/shared-data/meeting-guide/types.json')) as Record<string, Record<string, string>>;
    expect(Object.keys(types).length).to.equal(87);
    expect(Object.keys(TYPE_CODES).sort()).to.deep.equal(Object.keys(types).sort());
    for (const [code, labels] of Object.entries(types)) {
      for (const lang of ['en', 'es', 'fr', 'ja', 'nl', 'pt', 'sk', 'sv', 'th']) {
        expect(typeLabel(code, lang), `${code} ${lang}`).to.equal(labels[lang] || labels.en);
      }
    }
    expect(typeLabel('W', 'es-MX')).to.equal('Mujeres');
    expect(typeLabel('W', 'de')).to.equal('Women');
    expect(typeLabel('ZZZ', 'es')).to.equal('ZZZ');
    expect(typeLabel('ONL', 'es')).to.equal('En línea');
    expect(typeCodeFromLabel('mujeres')).to.equal('W');
    expect(typeCodeFromLabel('Open')).to.equal('O');
  });
});

describe('core/meetings adapters: hostile and odd records', () => {
  let r: LoadResult;
  before(async () => {
    r = loadMeetings(await text('/test/fixtures/meetings/hostile.json'), { timeZone: NY });
  });

  it('skips what cannot be shown truthfully, with reasons, and keeps the rest', () => {
    // 20 records: 13 kept; 7 skipped (25:99 start, empty name, four non-objects, day 9).
    expect(r.meetings.length).to.equal(13);
    expect(r.skipped).to.deep.equal([
      { index: 3, reason: 'invalid-time', name: 'Bad time' },
      { index: 4, reason: 'missing-name' },
      { index: 5, reason: 'not-an-object' },
      { index: 6, reason: 'not-an-object' },
      { index: 7, reason: 'not-an-object' },
      { index: 8, reason: 'not-an-object' },
      { index: 11, reason: 'invalid-day', name: 'Bad day' },
    ]);
  });

  it('keeps markup in names as plain text and drops non-http links', () => {
    const m = bySlug(r, 'safe-harbor');
    expect(m.name).to.equal('<script>alert(1)</script>Safe Harbor');
    expect(m.online.url).to.equal(null);
    expect(m.attendance).to.equal('in_person');
    const d = bySlug(r, 'data-url');
    expect([d.online.url, d.website, d.url]).to.deep.equal([null, null, 'https://example.org/m']);
    expect(r.repaired.filter((x) => x.reason === 'unsafe-url').map((x) => [x.index, x.field])).to.deep.equal([
      [0, 'conference_url'],
      [14, 'conference_url'],
      [14, 'website'],
    ]);
  });

  it('repairs NaN and (0,0) coordinates to null', () => {
    expect(bySlug(r, 'safe-harbor').coordinates).to.equal(null);
    expect(bySlug(r, 'null-island').coordinates).to.equal(null);
    expect(bySlug(r, 'coords').coordinates).to.deep.equal({ lat: 40.1, lng: -75.2 });
    expect(r.repaired.filter((x) => x.reason === 'invalid-coordinates').map((x) => x.index)).to.deep.equal([0, 18]);
  });

  it('makes duplicate slugs unique and says so', () => {
    expect(r.meetings.filter((m) => m.slug.startsWith('dup')).map((m) => m.slug)).to.deep.equal(['dup', 'dup-2']);
    expect(r.repaired).to.deep.include({ index: 2, reason: 'duplicate-slug', field: 'slug' });
    expect(new Set(r.meetings.map((m) => m.slug)).size).to.equal(r.meetings.length);
  });

  it('repairs an impossible end time, an unknown zone, a huge string, day "7", a bad attendance value', () => {
    const dup = bySlug(r, 'dup-2');
    expect(dup).to.include({ start: 1170, end: 1230, duration: 60 });
    expect(dup.days).to.deep.equal([3, 4]);
    expect(bySlug(r, 'mars').timeZone).to.equal(NY);
    expect(r.repaired).to.deep.include({ index: 10, reason: 'unknown-time-zone', field: 'timezone' });
    expect(bySlug(r, 'huge').notes.length).to.equal(5000);
    expect(r.repaired).to.deep.include({ index: 9, reason: 'truncated', field: 'notes' });
    expect(bySlug(r, 'seven').days).to.deep.equal([0]);
    expect(bySlug(r, 'bad-att').attendance).to.equal('online');
    expect(r.repaired).to.deep.include({ index: 19, reason: 'invalid-attendance', field: 'attendance_option' });
  });

  it('reads forgiving variants: names of days, "6:00 AM", coordinates "lat,lng", region + sub_region, bare zoom host', () => {
    expect(bySlug(r, 'coords').days).to.deep.equal([0]);
    expect(bySlug(r, 'coords').regions).to.deep.equal(['North', 'Hill']);
    const m = bySlug(r, 'no-slug-entity');
    expect(m.name).to.equal('No slug & entity');
    expect(r.repaired).to.deep.include({ index: 13, reason: 'missing-slug', field: 'slug' });
    expect(m.start).to.equal(360);
    expect(m.online).to.deep.equal({ url: 'https://zoom.us/j/123', urlNotes: '', phone: '+16465588656,,123#', phoneNotes: '' });
    expect(m.attendance).to.equal('online');
    expect(bySlug(r, 'appt')).to.include({ start: null, attendance: 'inactive' });
    expect(bySlug(r, 'overnight')).to.include({ start: 1410, end: 30, duration: 60 });
  });

  it('cuts huge strings everywhere and stays fast', () => {
    const huge = 'é'.repeat(2_000_000);
    const t0 = performance.now();
    const res = loadMeetings([{ name: huge, slug: huge, day: 1, time: '10:00', location: huge, notes: huge, regions: [huge], types: Array.from({ length: 500 }, (_, i) => `T${i}`) }], { timeZone: NY });
    expect(performance.now() - t0).to.be.below(500);
    const m = res.meetings[0];
    expect([m.name.length, m.location.length, m.notes.length, m.regions[0].length, m.types.length]).to.deep.equal([300, 1000, 5000, 1000, 50]);
    expect(m.slug.length).to.be.at.most(1000);
    expect(res.repaired.filter((x) => x.reason === 'truncated').map((x) => x.field).sort()).to.deep.equal(['location', 'name', 'notes', 'regions', 'slug', 'types']);
  });

  it('treats any http(s) link as online, whatever the provider (no "unknown provider = inactive")', () => {
    const res = loadMeetings(
      [
        { name: 'Jitsi', slug: 'j', day: 1, time: '10:00', conference_url: 'https://meet.jit.si/RecoveryRoom' },
        { name: 'Own server', slug: 'o', day: 1, time: '10:00', conference_url: 'https://video.intergroup.example/room/4', formatted_address: '1 Main St, Media, PA 19063, USA' },
        { name: 'Phone only', slug: 'p', day: 1, time: '10:00', conference_phone: '+1 555 010 0000' },
      ],
      { timeZone: NY },
    );
    expect(res.meetings.map((m) => m.attendance)).to.deep.equal(['online', 'hybrid', 'online']);
  });

  it('reads day names in the languages feeds are written in, accents and case aside', () => {
    const names: [string, number][] = [
      ['Sunday', 0], ['thurs', 4], ['Miercoles', 3], ['sábado', 6], ['Maandag', 1], ['mardi', 2],
      ['Mittwoch', 3], ['quinta-feira', 4], ['lördag', 6], ['piątek', 5], ['Sat.', 6],
    ];
    const r = loadMeetings(names.map(([day], i) => ({ name: `M${i}`, slug: `m${i}`, day, time: '19:00' })), { timeZone: NY });
    expect(r.skipped).to.deep.equal([]);
    expect(r.meetings.map((m) => m.days[0])).to.deep.equal(names.map(([, d]) => d));
    // A short name that means two days (German "So" Sunday, Slovak "so" Saturday) is not guessed.
    const so = loadMeetings([{ name: 'X', slug: 'x', day: 'So', time: '19:00' }], { timeZone: NY });
    expect(so.meetings).to.have.length(0);
    expect(so.skipped.map((s) => s.reason)).to.deep.equal(['invalid-day']);
  });

  it('sorts and de-duplicates day arrays without touching the source record', () => {
    const rec = { name: 'Multi', slug: 'multi', day: [4, '1', 4, 'Sunday'], time: '10:00' };
    const m = loadMeetings([rec], { timeZone: NY }).meetings[0];
    expect(m.days).to.deep.equal([0, 1, 4]);
    expect(rec.day).to.deep.equal([4, '1', 4, 'Sunday']);
    expect(m.source.record).to.equal(rec);
  });

  it('ignores __proto__ and friends in CSV headers', () => {
    const res = loadMeetings('name,__proto__,constructor,day,time\r\nSafe,{"polluted":1},x,1,10:00\r\n', { timeZone: NY, format: 'csv' });
    expect(res.meetings.length).to.equal(1);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('format "csv" given JSON, an HTML page or nothing says so (not a silent empty list)', () => {
    expectCode(() => loadMeetings('[{"name":"A","day":1,"time":"19:00"}]', { timeZone: NY, format: 'csv' }), 'not-a-feed');
    expectCode(() => loadMeetings('<!doctype html><h1>502</h1>', { timeZone: NY, format: 'csv' }), 'not-a-feed');
    expectCode(() => loadMeetings('  \n', { timeZone: NY, format: 'csv' }), 'empty-input');
    // A header with no rows is a real (empty) feed.
    expect(loadMeetings('Meeting Name,Day,Time\n', { timeZone: NY, format: 'csv' }).meetings).to.deep.equal([]);
  });

  it('never throws on a record, only on unusable input', () => {
    expectCode(() => loadMeetings('', { timeZone: NY }), 'empty-input');
    expectCode(() => loadMeetings('<!doctype html><h1>502</h1>', { timeZone: NY }), 'not-a-feed');
    expectCode(() => loadMeetings('{"a":1}', { timeZone: NY }), 'not-a-feed');
    expectCode(() => loadMeetings('"text"', { timeZone: NY }), 'not-a-feed');
    expectCode(() => loadMeetings(null, { timeZone: NY }), 'not-a-feed');
    expectCode(() => loadMeetings('[]', { timeZone: 'Nowhere/City' }), 'invalid-time-zone');
    expectCode(() => loadMeetings('[]', { timeZone: NY, format: 'xml' as never }), 'unknown-format');
    expect(loadMeetings('[]', { timeZone: NY }).meetings).to.deep.equal([]);
    expect(loadMeetings([1, 2, { name: 'x', day: 1, time: '10:00' }], { timeZone: NY }).skipped.length).to.equal(2);
    // Already-parsed values and { meetings: [...] } wrappers work too.
    expect(loadMeetings({ meetings: [{ name: 'A', slug: 'a', day: 1, time: '10:00' }] }, { timeZone: NY }).meetings.length).to.equal(1);
  });
});

describe('core/meetings CSV', () => {
  it('parses RFC 4180: quotes, doubled quotes, CRLF inside fields, BOM, empty last line', () => {
    expect(parseCsv('\ufeffa,b\r\n"x, y","say ""hi"""\r\n"multi\r\nline",\r\n')).to.deep.equal([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
      ['multi\r\nline', ''],
    ]);
    expect(parseCsv('a;b\n1;2')).to.deep.equal([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(parseCsv('a,b\n"open')).to.deep.equal([['a', 'b'], ['open']]);
  });

  it('sample.csv: 3 kept, 1 skipped (no name), labels turned into codes', async () => {
    const body = await text('/test/fixtures/meetings/sample.csv');
    expect(detectFormat(body).format).to.equal('csv');
    const r = loadMeetings(body, { timeZone: NY });
    expect(r.format).to.equal('csv');
    expect(r.meetings.length).to.equal(3);
    expect(r.skipped).to.deep.equal([{ index: 2, reason: 'missing-name' }]);
    const s = bySlug(r, 'serenity');
    expect(s).to.include({ name: 'Serenity, Now', start: 1140, end: 1200, location: "St. Paul's", attendance: 'in_person' });
    expect(s.types).to.deep.equal(['O', 'D', 'W']);
    expect(s.notes).to.equal('Use the "side" door\nParking in rear');
    expect(s.regions).to.deep.equal(['Delaware County', 'Media']);
    expect(bySlug(r, 'early').attendance).to.equal('hybrid');
    expect(bySlug(r, 'espanol').days).to.deep.equal([3]);
    expect(bySlug(r, 'espanol').types).to.deep.equal(['S']);
    expect(bySlug(r, 'serenity').source.format).to.equal('csv');
  });
});

describe('core/meetings CSV from spreadsheets (Excel exports)', () => {
  it('excel-semicolon.csv: "sep=;" line, BOM, CRLF, decimal-comma coordinates, blank rows not counted', async () => {
    const body = await text('/test/fixtures/meetings/excel-semicolon.csv');
    expect(detectFormat(body).format).to.equal('csv');
    const r = loadMeetings(body, { timeZone: 'Europe/Amsterdam' });
    expect(r.meetings.map((m) => m.name)).to.deep.equal(['Groep "Zon"', 'Vrijdag Online']);
    expect(r.skipped).to.deep.equal([]);
    const zon = r.meetings[0];
    expect(zon).to.include({ start: 1170, end: 1260, location: 'Buurthuis', notes: 'Bel aan\nbij de zijdeur', attendance: 'in_person' });
    expect(zon.days).to.deep.equal([1]);
    expect(zon.types).to.deep.equal(['O', 'D']);
    expect(zon.coordinates).to.deep.equal({ lat: 52.3676, lng: 4.9041 });
    expect(r.meetings[1]).to.include({ start: 1140, end: 1200 });
    expect(r.repaired.filter((x) => x.reason === 'invalid-coordinates')).to.deep.equal([]);
  });

  it('a comma inside a quoted header name does not make "," the delimiter of a ";" file', () => {
    const r = loadMeetings('"Name";"Day";"Time";"Address, full"\r\nA;Monday;7:00 PM;"1 Main St, Media"\r\n', { format: 'csv', timeZone: NY });
    expect(r.skipped).to.deep.equal([]);
    expect(r.meetings.map((m) => [m.name, m.days, m.start])).to.deep.equal([['A', [1], 1140]]);
  });

  it('decimal-comma latitude / longitude in JSON too; "sep=," line accepted', () => {
    const r = loadMeetings([{ name: 'A', slug: 'a', day: 1, time: '19:00', latitude: '52,3676', longitude: ' 4,9041 ' }], { timeZone: NY });
    expect(r.meetings[0].coordinates).to.deep.equal({ lat: 52.3676, lng: 4.9041 });
    expect(loadMeetings('sep=,\nname,day,time\nA,1,19:00\n', { timeZone: NY }).meetings.length).to.equal(1);
  });
});

describe('core/meetings field helpers', () => {
  it('reads times forgivingly and rejects impossible ones', () => {
    const cases: [unknown, number | null][] = [
      ['19:30', 1170],
      ['19:30:00', 1170],
      ['7:30 pm', 1170],
      ['7:30PM', 1170],
      ['12:00 AM', 0],
      ['12:15 p.m.', 735],
      ['7 PM', 1140],
      ['noon', 720],
      ['24:00', 0],
      ['', null],
      [null, null],
    ];
    for (const [input, want] of cases) expect(parseTime(input), String(input)).to.equal(want);
    for (const bad of ['25:99', '12:60', '13:00 pm', 'soon', '7', {}, 1.5]) expect(parseTime(bad), String(bad)).to.be.NaN;
  });

  it('keeps only http(s) URLs and tel-safe phones', () => {
    expect(safeUrl('javascript:alert(1)')).to.equal(null);
    expect(safeUrl(' JAVASCRIPT:alert(1)')).to.equal(null);
    expect(safeUrl('ftp://x.org/')).to.equal(null);
    expect(safeUrl('https://zoom.us/j/1?pwd=a b')).to.equal('https://zoom.us/j/1?pwd=a%20b');
    expect(safeUrl('meet.google.com/abc-defg-hij')).to.equal('https://meet.google.com/abc-defg-hij');
    expect(safeUrl('not a url')).to.equal(null);
    expect(safePhone('+1 (301) 715-8592,,123#,,#,*')).to.equal('+13017158592,,123#,,#,*');
    expect(safePhone('1+2')).to.equal('12');
    expect(safePhone('call us')).to.equal(null);
  });
});
