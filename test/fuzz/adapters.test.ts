/**
 * Fuzzing every adapter with seeded mutations of the real feeds (test/fixtures/shared-data over
 * /shared-data, demo/data, test/fixtures): wrong types, missing and duplicated fields and
 * records, truncated JSON, huge strings and arrays, odd Unicode, invalid zones, days and times.
 * No uncaught exception (loadMeetings may only throw its documented MeetingsInputError), every
 * record is accounted for (kept or skipped), untouched valid records are still kept, the output
 * keeps its invariants, and the skip counts are reported. Replay: RK_FUZZ_SEED=<seed>.
 */
import { expect } from '@open-wc/testing';
import { loadMeetings, MeetingsInputError, type LoadResult, type FeedFormat } from '../../src/core/meetings/index.js';
import { parseFaqJson, type FaqParseResult } from '../../src/core/faq/index.js';
import { parseScheme, readCelebration, type ParsedScheme } from '../../src/core/milestones/index.js';
import { fuzzSeed, mutateCsv, mutateFeed, prng, int, type Rng, type Mutation } from './mutate.js';

const MG_FIELDS = ['id', 'name', 'slug', 'day', 'time', 'end_time', 'timezone', 'location', 'location_notes', 'formatted_address', 'address', 'city', 'state', 'postal_code', 'country', 'region', 'regions', 'sub_region', 'types', 'notes', 'conference_url', 'conference_url_notes', 'conference_phone', 'conference_phone_notes', 'attendance_option', 'latitude', 'longitude', 'coordinates', 'group', 'district', 'website', 'url', 'updated', 'approximate'];
const BMLT_FIELDS = ['id_bigint', 'meeting_name', 'weekday_tinyint', 'start_time', 'duration_time', 'time_zone', 'formats', 'location_text', 'location_info', 'location_street', 'location_municipality', 'location_province', 'location_postal_code_1', 'location_nation', 'latitude', 'longitude', 'venue_type', 'virtual_meeting_link', 'phone_meeting_number', 'comments'];
const FAQ_FIELDS = ['question', 'answer', 'id', 'category', 'name', 'acceptedAnswer', '@type', '@id', 'text'];
const SCHEME_FIELDS = ['days', 'months', 'label', 'color', 'message'];

const TZ = 'America/New_York';
const json = async (url: string) => (await fetch(url)).json();
const text = async (url: string) => (await fetch(url)).text();

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const mgRecords = (v: unknown) => (Array.isArray(v) ? v : isObj(v) && Array.isArray(v.meetings) ? v.meetings : undefined);

function checkMeetings(r: LoadResult, where: string): void {
  for (const m of r.meetings.slice(0, 400)) {
    expect(typeof m.name === 'string' && m.name.length > 0, `${where}: name`).to.equal(true);
    expect(m.days.every((d) => Number.isInteger(d) && d >= 0 && d <= 6), `${where}: days ${m.days}`).to.equal(true);
    if (m.start !== null) expect(m.start >= 0 && m.start <= 1439, `${where}: start ${m.start}`).to.equal(true);
    if (m.end !== null) expect(m.end >= 0 && m.end <= 1439, `${where}: end`).to.equal(true);
    if (m.duration !== null) expect(m.duration > 0, `${where}: duration`).to.equal(true);
    expect(() => new Intl.DateTimeFormat('en', { timeZone: m.timeZone }), `${where}: zone ${m.timeZone}`).not.to.throw();
    for (const u of [m.website, m.url, m.online.url]) if (u !== null) expect(u, `${where}: url`).to.match(/^https?:\/\//);
    if (m.coordinates) expect(Math.abs(m.coordinates.lat) <= 90 && Math.abs(m.coordinates.lng) <= 180, `${where}: coordinates`).to.equal(true);
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'), 'prototype polluted').to.equal(false);
  }
  const slugs = new Set(r.meetings.map((m) => m.slug));
  expect(slugs.size, `${where}: slugs unique`).to.equal(r.meetings.length);
}

const stats: Record<string, { runs: number; kept: number; skipped: number; repaired: number; refused: number }> = {};
function stat(name: string) {
  return (stats[name] ??= { runs: 0, kept: 0, skipped: 0, repaired: 0, refused: 0 });
}

describe('fuzz: adapters over mutated real feeds', function () {
  this.timeout(120000);
  let seed = 0;
  let total = 0;

  before(async () => {
    seed = await fuzzSeed('adapters');
  });
  after(() => {
    console.log(`[fuzz adapters] seed ${seed}: ${total} mutations`);
    for (const [name, s] of Object.entries(stats)) console.log(`  ${name}: ${s.runs} runs, ${s.kept} kept, ${s.skipped} skipped, ${s.repaired} repaired, ${s.refused} inputs refused as a whole`);
  });

  function runMeetings(label: string, rng: Rng, feed: unknown, format: 'auto' | FeedFormat, fields: readonly string[], n: number, window?: number) {
    const base = (() => {
      const list = mgRecords(feed)!;
      if (!window || list.length <= window) return feed;
      const at = int(rng, list.length - window);
      return Array.isArray(feed) ? list.slice(at, at + window) : { ...(feed as Obj), meetings: list.slice(at, at + window) };
    })();
    const baseline = loadMeetings(base, { format, timeZone: TZ });
    for (let i = 0; i < n; i++) {
      total++;
      const mut: Mutation = format === 'csv' ? mutateCsv(rng, base as string) : mutateFeed(rng, base, mgRecords, fields);
      const where = `seed ${seed} ${label} #${i} [${mut.ops.join('; ')}]`;
      let r: LoadResult;
      try {
        r = loadMeetings(mut.input, { format, timeZone: TZ });
      } catch (e) {
        expect(e, `${where}: threw ${(e as Error)?.stack ?? e}`).to.be.instanceOf(MeetingsInputError);
        stat(label).refused++;
        continue;
      }
      const s = stat(label);
      s.runs++;
      s.kept += r.meetings.length;
      s.skipped += r.skipped.length;
      s.repaired += r.repaired.length;
      checkMeetings(r, where);
      if (mut.shapeIntact && format !== 'csv') {
        const records = mgRecords(typeof mut.input === 'string' ? JSON.parse(mut.input) : mut.input);
        if (records) expect(r.meetings.length + r.skipped.length, `${where}: every record kept or skipped`).to.equal(records.length);
        if (Number.isFinite(mut.touched)) expect(r.meetings.length, `${where}: untouched valid records kept`).to.be.at.least(baseline.meetings.length - mut.touched);
      }
      if (format === 'csv' && mut.shapeIntact && Number.isFinite(mut.touched)) {
        expect(r.meetings.length, `${where}: untouched valid rows kept`).to.be.at.least(baseline.meetings.length - mut.touched);
      }
    }
  }

  it('Meeting Guide JSON: sussex, orange county, sepia, time zones, engine fixture (450 mutations)', async () => {
    const rng = prng(seed ^ 0x1001);
    runMeetings('meeting-guide', rng, await json('/shared-data/meeting-guide/sussex-123.json'), 'auto', MG_FIELDS, 150);
    runMeetings('meeting-guide', rng, await json('/shared-data/meeting-guide/orange-county-1967.json'), 'auto', MG_FIELDS, 100, 120);
    runMeetings('meeting-guide', rng, await json('/shared-data/meeting-guide/sepia-2038.json'), 'auto', MG_FIELDS, 100, 120);
    runMeetings('meeting-guide', rng, await json('/shared-data/meeting-guide/timezones-2.json'), 'meeting-guide', MG_FIELDS, 50);
    runMeetings('meeting-guide', rng, await json('/test/fixtures/meetings/engine.json'), 'auto', MG_FIELDS, 50);
  });

  it('BMLT: two real search replies and the demo feed (250 mutations)', async () => {
    const rng = prng(seed ^ 0x2002);
    runMeetings('bmlt', rng, await json('/shared-data/bmlt/meeting-search-42.867970-day2.json'), 'auto', BMLT_FIELDS, 100);
    runMeetings('bmlt', rng, await json('/shared-data/bmlt/meeting-search-42.867970-day3.json'), 'bmlt', BMLT_FIELDS, 100);
    runMeetings('bmlt', rng, await json('/demo/data/bmlt-meetings.json'), 'auto', BMLT_FIELDS, 50);
  });

  it('CSV (150 mutations)', async () => {
    const rng = prng(seed ^ 0x3003);
    runMeetings('csv', rng, await text('/test/fixtures/meetings/sample.csv'), 'csv', [], 150);
  });

  it('parseFaqJson: array, FAQPage, @graph, Spanish (200 mutations)', async () => {
    const rng = prng(seed ^ 0x4004);
    const faqRecords = (v: unknown): unknown[] | undefined => {
      if (Array.isArray(v)) return v;
      if (!isObj(v)) return undefined;
      if (Array.isArray(v.mainEntity)) return v.mainEntity;
      const page = Array.isArray(v['@graph']) ? (v['@graph'] as unknown[]).find((n) => isObj(n) && JSON.stringify(n['@type'] ?? '').includes('FAQPage')) : undefined;
      return isObj(page) && Array.isArray(page.mainEntity) ? page.mainEntity : undefined;
    };
    for (const file of ['faq.json', 'faq-jsonld.json', 'faq-graph.json', 'faq-es.json']) {
      const feed = await json(`/test/fixtures/faq/${file}`);
      const baseline = parseFaqJson(feed);
      for (let i = 0; i < 50; i++) {
        total++;
        const mut = mutateFeed(rng, feed, faqRecords, FAQ_FIELDS);
        const where = `seed ${seed} faq ${file} #${i} [${mut.ops.join('; ')}]`;
        let r: FaqParseResult;
        try {
          r = parseFaqJson(mut.input);
        } catch (e) {
          throw new Error(`${where}: parseFaqJson threw ${(e as Error)?.stack ?? e}`);
        }
        const s = stat('faq');
        s.runs++;
        s.kept += r.items.length;
        s.skipped += r.skipped.length;
        if (r.format === 'unknown') s.refused++;
        expect(new Set(r.items.map((x) => x.id)).size, `${where}: ids unique`).to.equal(r.items.length);
        for (const item of r.items) {
          expect(item.question.trim().length > 0, `${where}: question`).to.equal(true);
          expect(item.answerText.trim().length > 0, `${where}: answer`).to.equal(true);
          expect(item.id, `${where}: id`).to.match(/^[^\s]+$/);
        }
        if (mut.shapeIntact && Number.isFinite(mut.touched) && baseline.format !== 'unknown' && r.format === baseline.format) {
          expect(r.items.length, `${where}: untouched questions kept`).to.be.at.least(Math.min(500, baseline.items.length - mut.touched));
        }
      }
    }
  });

  it('parseScheme: valid, mixed and demo schemes (200 mutations)', async () => {
    const rng = prng(seed ^ 0x5005);
    const schemeRecords = (v: unknown) => (Array.isArray(v) ? v : isObj(v) && Array.isArray(v.milestones) ? v.milestones : undefined);
    for (const url of ['/test/fixtures/milestones/scheme-valid.json', '/test/fixtures/milestones/scheme-mixed.json', '/demo/data/scheme.json']) {
      const feed = await json(url);
      const baseline = parseScheme(feed);
      const n = url.includes('demo') ? 66 : 67;
      for (let i = 0; i < n; i++) {
        total++;
        const mut = mutateFeed(rng, feed, schemeRecords, SCHEME_FIELDS);
        const where = `seed ${seed} scheme ${url} #${i} [${mut.ops.join('; ')}]`;
        let r: ParsedScheme;
        try {
          r = parseScheme(mut.input);
        } catch (e) {
          throw new Error(`${where}: parseScheme threw ${(e as Error)?.stack ?? e}`);
        }
        const s = stat('scheme');
        s.runs++;
        s.kept += r.scheme.milestones.length;
        s.skipped += r.errors.filter((e) => e.index >= 0).length;
        if (r.errors.some((e) => e.index === -1 && e.reason === 'not-a-scheme')) s.refused++;
        const keys = new Set<string>();
        for (const m of r.scheme.milestones) {
          const k = m.days !== undefined ? `d${m.days}` : `m${m.months}`;
          expect(keys.has(k), `${where}: duplicate ${k}`).to.equal(false);
          keys.add(k);
          expect(Number.isInteger(m.days ?? m.months) && (m.days ?? m.months)! >= 0, `${where}: threshold`).to.equal(true);
          expect(m.color, `${where}: color`).to.be.a('string');
        }
        if (mut.shapeIntact && Number.isFinite(mut.touched)) {
          // A changed entry can take an untouched entry's threshold: that one is then a duplicate.
          expect(r.scheme.milestones.length, `${where}: untouched entries kept`).to.be.at.least(baseline.scheme.milestones.length - 2 * mut.touched);
        }
      }
    }
  });

  it('readCelebration (milestone wall entries): test fixture and demo feed (150 mutations)', async () => {
    const rng = prng(seed ^ 0x6006);
    for (const url of ['/test/fixtures/milestones/wall.json', '/demo/data/celebrations.json']) {
      const feed = (await json(url)) as unknown[];
      const baseline = feed.filter((x) => readCelebration(x)).length;
      for (let i = 0; i < 75; i++) {
        total++;
        const mut = mutateFeed(rng, feed, (v) => (Array.isArray(v) ? v : undefined), ['name', 'since', 'days', 'scheme', 'message', 'showDate']);
        const where = `seed ${seed} wall ${url} #${i} [${mut.ops.join('; ')}]`;
        let list: unknown = mut.input;
        if (typeof list === 'string') {
          try {
            list = JSON.parse(list);
          } catch {
            stat('wall').refused++;
            continue;
          }
        }
        if (!Array.isArray(list)) {
          stat('wall').refused++;
          continue;
        }
        let kept = 0;
        for (const x of list) {
          let c;
          try {
            c = readCelebration(x);
          } catch (e) {
            throw new Error(`${where}: readCelebration threw ${(e as Error)?.stack ?? e}`);
          }
          if (!c) continue;
          kept++;
          expect(c.name.length > 0 && c.name.length <= 80, `${where}: name`).to.equal(true);
          expect((c.since === undefined) !== (c.days === undefined), `${where}: exactly one of since / days`).to.equal(true);
          if (c.days !== undefined) expect(Number.isInteger(c.days) && c.days >= 0, `${where}: days`).to.equal(true);
          if (c.message !== undefined) expect(c.message.length <= 500, `${where}: message`).to.equal(true);
          expect(typeof c.showDate, `${where}: showDate`).to.equal('boolean');
        }
        const s = stat('wall');
        s.runs++;
        s.kept += kept;
        s.skipped += list.length - kept;
        if (mut.shapeIntact && Number.isFinite(mut.touched)) expect(kept, `${where}: untouched entries kept`).to.be.at.least(baseline - mut.touched);
      }
    }
    expect(total, 'at least 1,000 adapter mutations').to.be.at.least(1000);
  });
});
