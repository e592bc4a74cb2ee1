import { expect } from '@open-wc/testing';
import { text, expectCode } from './feed-helpers.js';
import { loadMeetings, detectFormat } from '../../../src/core/meetings/index.js';

const NY = 'America/New_York';

describe('core/meetings feeds wrapped in an object', () => {
  it('{ "data": [...] } (Meeting Guide records beside other properties) loads, as text and as a parsed value', async () => {
    const body = await text('/test/fixtures/meetings/wrapped-data.json');
    for (const input of [body, JSON.parse(body)]) {
      const r = loadMeetings(input, { timeZone: NY });
      expect(r.format).to.equal('meeting-guide');
      expect(r.meetings.map((m) => [m.name, m.attendance])).to.deep.equal([
        ['Wrapped Monday', 'in_person'],
        ['Wrapped Online', 'online'],
      ]);
      expect(r.skipped).to.deep.equal([]);
    }
    // Asked for Meeting Guide by name: the same.
    expect(loadMeetings(body, { timeZone: NY, format: 'meeting-guide' }).meetings.length).to.equal(2);
  });

  it('{ "results": [...] } of BMLT records is read as BMLT (auto and by name)', async () => {
    const body = await text('/test/fixtures/meetings/wrapped-results-bmlt.json');
    const r = loadMeetings(body, { timeZone: NY });
    expect(r.format).to.equal('bmlt');
    expect(r.meetings.map((m) => [m.name, m.days[0], m.start, m.types.join(',')])).to.deep.equal([
      ['Results Monday', 1, 1170, 'O,D'],
      ['Results Thursday', 4, 1200, 'C'],
    ]);
    expect(loadMeetings(body, { timeZone: NY, format: 'bmlt' }).meetings.length).to.equal(2);
    expect(detectFormat(body).value).to.be.an('array').with.length(2);
  });

  it('items, records and rows wrappers; { meetings } still works (with BMLT formats)', () => {
    const one = [{ name: 'A', slug: 'a', day: 1, time: '10:00' }];
    for (const key of ['items', 'records', 'rows', 'meetings']) {
      expect(loadMeetings({ [key]: one }, { timeZone: NY }).meetings.map((m) => m.slug), key).to.deep.equal(['a']);
    }
    const bmlt = { meetings: [{ id_bigint: '9', weekday_tinyint: '2', start_time: '10:00:00', meeting_name: 'M', formats: 'XY' }], formats: [{ key_string: 'XY', name_string: 'Its own format' }] };
    expect(loadMeetings(bmlt, { timeZone: NY }).typeLabels).to.deep.equal({ XY: { en: 'Its own format' } });
  });

  it('keeps refusing what is not a feed: other records, an empty or ambiguous wrapper, other names, nesting', async () => {
    expectCode(() => loadMeetings(`${'{'}"x":1}`, { timeZone: NY }), 'not-a-feed');
    const items = await text('/test/fixtures/meetings/not-a-feed-items.json');
    expectCode(() => loadMeetings(items, { timeZone: NY }), 'not-a-feed');
    expectCode(() => loadMeetings(items, { timeZone: NY, format: 'meeting-guide' }), 'not-a-feed');
    const one = [{ name: 'A', slug: 'a', day: 1, time: '10:00' }];
    expectCode(() => loadMeetings({ data: [] }, { timeZone: NY }), 'not-a-feed');
    expectCode(() => loadMeetings({ data: one, results: one }, { timeZone: NY }), 'not-a-feed');
    expectCode(() => loadMeetings({ groups: one }, { timeZone: NY }), 'not-a-feed');
    expectCode(() => loadMeetings({ data: { meetings: one } }, { timeZone: NY }), 'not-a-feed');
    expectCode(() => loadMeetings({ data: [1, 2, 3] }, { timeZone: NY, format: 'bmlt' }), 'not-a-feed');
    // Inherited properties are not a wrapper.
    expectCode(() => loadMeetings(Object.create({ data: one }), { timeZone: NY }), 'not-a-feed');
  });
});

describe('core/meetings JSONP replies', () => {
  let globals: Record<string, unknown>;
  beforeEach(() => {
    globals = window as unknown as Record<string, unknown>;
    delete globals.__rkJsonp;
    delete globals.bmltCallback_1;
  });

  it('a BMLT JSONP reply ("/**/callback([...]);", served as text/javascript) loads without running it', async () => {
    let called = false;
    globals.bmltCallback_1 = () => (called = true);
    const body = await text('/__rk/file?file=test/fixtures/meetings/bmlt-search.jsonp&type=text/javascript');
    expect(body.startsWith('/**/bmltCallback_1([')).to.equal(true);
    const r = loadMeetings(body, { timeZone: NY });
    expect(r.format).to.equal('bmlt');
    expect(r.meetings.map((m) => m.name)).to.deep.equal(['JSONP Sunday', 'JSONP Wednesday (a "quoted" name); not code']);
    expect(r.meetings[0]).to.include({ start: 1080, duration: 90, attendance: 'in_person' });
    expect(r.meetings[1].online.phone).to.equal('+16465588656');
    // Asked for BMLT by name: the same.
    expect(loadMeetings(body, { timeZone: NY, format: 'bmlt' }).meetings.length).to.equal(2);
    expect(called).to.equal(false);
  });

  it('other JSONP shapes: dotted callback names, no semicolon, a wrapped object, Express\'s typeof guard, a BOM', () => {
    const mg = '[{"name":"A","slug":"a","day":1,"time":"10:00"}]';
    for (const body of [
      `callback(${mg});`,
      `jQuery3610_17.cb(${mg})`,
      `  cb ( ${mg} ) ;\n`,
      `cb({"meetings":${mg}});`,
      `cb({"data":${mg}});`,
      `/**/ typeof cb === 'function' && cb(${mg});`,
      `\ufeffcb(${mg});`,
    ]) {
      expect(loadMeetings(body, { timeZone: NY }).meetings.map((m) => m.slug), body).to.deep.equal(['a']);
      expect(loadMeetings(body, { timeZone: NY, format: 'meeting-guide' }).meetings.length, body).to.equal(1);
    }
  });

  it('anything beyond the wrapper is invalid JSON, never evaluated; a call that is not JSONP is not a feed', () => {
    for (const body of [
      'cb([{"name":"A"}], window.__rkJsonp = 1);',
      'cb([{"name":"A"}]); window.__rkJsonp = 1; x()',
      'cb([{"name":"A"}',
      'cb([1]);cb([2]);',
    ]) {
      expectCode(() => loadMeetings(body, { timeZone: NY }), 'invalid-json');
    }
    expectCode(() => loadMeetings('alert(1)', { timeZone: NY }), 'not-a-feed');
    expectCode(() => loadMeetings('window.__rkJsonp=1;cb([])', { timeZone: NY }), 'not-a-feed');
    expect(globals.__rkJsonp).to.equal(undefined);
    // A JSONP reply of something else (BMLT's service bodies, say) is refused like the bare JSON.
    expectCode(() => loadMeetings('cb([{"id":"1","name":"Region","type":"RS"}]);', { timeZone: NY }), 'not-a-feed');
  });
});
