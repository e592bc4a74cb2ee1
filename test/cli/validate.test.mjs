// `recovery-kit validate` on every file in test/fixtures/shared-data and on the repo's fixtures: exit codes
// and counts. Runs the real bin with the current sources (src/integrations/cli-core.ts bundled
// once with esbuild, as `npm run build` does). Run: node --test test/cli/
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import http from 'node:http';
import path from 'node:path';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '../..');
const bin = path.join(root, 'bin/recovery-kit.mjs');
const shared = path.resolve(root, 'test/fixtures/shared-data');
let dir;
let core;

before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'rk-cli-test-'));
  core = path.join(dir, 'core.mjs');
  await build({ entryPoints: [path.join(root, 'src/integrations/cli-core.ts')], bundle: true, format: 'esm', platform: 'node', target: 'node20', outfile: core, logLevel: 'silent', tsconfig: path.join(root, 'tsconfig.json') });
});
after(() => rm(dir, { recursive: true, force: true }));

/** Runs the CLI; resolves { code, stdout, stderr, json? }. */
function cli(...args) {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { cwd: root, env: { ...process.env, RK_CLI_CORE: core }, maxBuffer: 64 << 20 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
      let json;
      if (args.includes('--json')) json = JSON.parse(stdout);
      resolve({ code, stdout, stderr, json });
    });
  });
}

// Every file in test/fixtures/shared-data, read as a meetings feed: [exit, shown, skipped, format].
const MEETINGS = {
  'meeting-guide/sepia-2038.json': [0, 2038, 0, 'meeting-guide'],
  'meeting-guide/orange-county-1967.json': [0, 1967, 0, 'meeting-guide'],
  'meeting-guide/sussex-123.json': [0, 123, 0, 'meeting-guide'],
  'meeting-guide/timezones-2.json': [0, 2, 0, 'meeting-guide'],
  'bmlt/meeting-search-42.867970-day2.json': [0, 53, 0, 'bmlt'],
  'bmlt/meeting-search-42.867970-day3.json': [0, 54, 0, 'bmlt'],
  'meeting-guide/invalid-syntax.json': [3],
  'meeting-guide/types.json': [3],
  'bmlt/formats.json': [3],
  'bmlt/service-bodies.json': [3],
  'bmlt/LICENSE-yap-MIT.txt': [3],
  'README.md': [3],
};

async function walk(d, base = d) {
  const out = [];
  for (const e of await readdir(d, { withFileTypes: true })) {
    const p = path.join(d, e.name);
    if (e.isDirectory()) out.push(...(await walk(p, base)));
    else out.push(path.relative(base, p));
  }
  return out.sort();
}

test('every feed in test/fixtures/shared-data has an expectation', async () => {
  assert.deepEqual(await walk(shared), Object.keys(MEETINGS).sort());
});

for (const [file, [exit, shown, skipped, format]] of Object.entries(MEETINGS)) {
  test(`meetings: ${file} -> exit ${exit}${shown !== undefined ? `, ${shown} shown` : ''}`, async () => {
    const r = await cli('validate', path.join(shared, file), '--type', 'meetings', '--time-zone', 'America/New_York', '--json');
    assert.equal(r.code, exit, r.stdout + r.stderr);
    assert.equal(r.json.exit, exit);
    if (exit === 3) {
      assert.equal(r.json.status, 'unusable');
      assert.ok(r.json.error);
      return;
    }
    assert.equal(r.json.shown, shown);
    assert.equal(r.json.skipped.length, skipped);
    assert.equal(r.json.format, format);
    assert.equal(r.json.records, shown + skipped);
  });
}

test('the same files are unusable as FAQ, milestone wall and scheme feeds (exit 3), never a crash', async () => {
  for (const file of Object.keys(MEETINGS)) {
    for (const type of ['faq', 'milestones', 'scheme']) {
      const r = await cli('validate', path.join(shared, file), '--type', type, '--json');
      assert.equal(r.code, 3, `${type} ${file}: ${r.stdout}${r.stderr}`);
      assert.equal(r.json.status, 'unusable');
    }
  }
});

test('sepia: text report lists repairs with record index, reason, field and name', async () => {
  const r = await cli('validate', path.join(shared, 'meeting-guide/sepia-2038.json'), '--time-zone', 'America/New_York', '--limit', '2');
  assert.equal(r.code, 0);
  assert.match(r.stdout, /shown {5}2038 meetings of 2038 records/);
  assert.match(r.stdout, /repaired {2}5 \(first 2\)/);
  assert.match(r.stdout, /#63 end-before-start \(end_time\) "Shoulder to Shoulder Group"/);
  assert.match(r.stdout, /result: ok \(exit 0\)/);
});

test('timezones-2: the records keep their own zones', async () => {
  const r = await cli('validate', path.join(shared, 'meeting-guide/timezones-2.json'), '--time-zone', 'UTC', '--json');
  assert.equal(r.code, 0);
  assert.ok(Object.keys(r.json.summary.timeZones).length >= 1);
  assert.equal(Object.values(r.json.summary.timeZones).reduce((a, b) => a + b, 0), 2);
});

test('--format forces an adapter: BMLT read as Meeting Guide is unusable', async () => {
  const auto = await cli('validate', path.join(shared, 'bmlt/meeting-search-42.867970-day2.json'), '--format', 'bmlt', '--time-zone', 'UTC', '--json');
  assert.equal(auto.json.shown, 53);
  const forced = await cli('validate', path.join(shared, 'bmlt/meeting-search-42.867970-day2.json'), '--format', 'meeting-guide', '--json');
  assert.equal(forced.code, 3);
  assert.match(forced.json.error, /all 53 records skipped/);
});

test('invalid-syntax: exit 3 with the reason in text', async () => {
  const r = await cli('validate', path.join(shared, 'meeting-guide/invalid-syntax.json'));
  assert.equal(r.code, 3);
  assert.match(r.stdout, /unusable: not valid JSON/);
});

test('CSV with a bad row: exit 2, the row named by index and reason', async () => {
  const r = await cli('validate', 'test/fixtures/meetings/sample.csv', '--time-zone', 'UTC', '--json');
  assert.equal(r.code, 2);
  assert.equal(r.json.format, 'csv');
  assert.equal(r.json.shown, 3);
  assert.deepEqual(r.json.skipped, [{ index: 2, reason: 'missing-name' }]);
});

test('FAQ fixtures: array, FAQPage, skips and a non-FAQ', async () => {
  const cases = [
    ['test/fixtures/faq/faq.json', 2, 'array', 5, 2],
    ['test/fixtures/faq/faq-es.json', 0, 'array', 2, 0],
    ['test/fixtures/faq/faq-graph.json', 0, 'faq-page', 2, 0],
    ['test/fixtures/faq/faq-jsonld.json', 2, 'faq-page', 2, 1],
    ['test/fixtures/faq/hostile.json', 0, 'array', 5, 0],
  ];
  for (const [file, exit, format, shown, skipped] of cases) {
    const r = await cli('validate', file, '--type', 'faq', '--json');
    assert.equal(r.code, exit, file);
    assert.equal(r.json.format, format, file);
    assert.equal(r.json.shown, shown, file);
    assert.equal(r.json.skipped.length, skipped, file);
  }
  const bad = await cli('validate', 'test/fixtures/faq/not-faq.json', '--type', 'faq');
  assert.equal(bad.code, 3);
});

test('milestone wall: counts relative to --now, skipped entries named', async () => {
  const r = await cli('validate', 'test/fixtures/milestones/wall.json', '--type', 'milestones', '--now', '2026-03-01', '--time-zone', 'UTC', '--json');
  assert.equal(r.code, 2);
  assert.equal(r.json.records, 12);
  assert.equal(r.json.shown + r.json.skipped.length, 12);
  assert.ok(r.json.skipped.some((s) => s.name === 'Future' && s.reason === 'no-milestone-yet'));
  assert.ok(r.json.skipped.some((s) => s.index === 10 && s.reason === 'not-an-object'));
  const empty = await cli('validate', 'test/fixtures/milestones/empty.json', '--type', 'milestones', '--json');
  assert.equal(empty.code, 0);
  assert.equal(empty.json.empty, true);
  const obj = await cli('validate', 'test/fixtures/milestones/wall-object.json', '--type', 'milestones');
  assert.equal(obj.code, 3);
});

test('custom scheme: valid, mixed (bad entries skipped with field), not a scheme', async () => {
  const ok = await cli('validate', 'test/fixtures/milestones/scheme-valid.json', '--type', 'scheme', '--json');
  assert.equal(ok.code, 0);
  assert.equal(ok.json.shown, 4);
  assert.equal(ok.json.summary.name, 'Hope House alumni');
  const mixed = await cli('validate', 'test/fixtures/milestones/scheme-mixed.json', '--type', 'scheme', '--json');
  assert.equal(mixed.code, 2);
  assert.equal(mixed.json.shown, 3);
  assert.deepEqual(
    mixed.json.skipped.map((s) => [s.index, s.reason, s.field]),
    [
      [2, 'not-a-number', 'days'],
      [4, 'bad-color', 'color'],
    ],
  );
  assert.equal((await cli('validate', 'test/fixtures/milestones/not-a-scheme.json', '--type', 'scheme')).code, 3);
});

test('URLs: http fetched, HTTP errors and other schemes exit 4', async () => {
  const body = await readFile(path.join(shared, 'meeting-guide/sussex-123.json'));
  const server = http.createServer((req, res) => {
    if (req.url === '/feed.json') res.writeHead(200, { 'content-type': 'text/html' }).end(body);
    else res.writeHead(404).end('nope');
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${server.address().port}`;
  try {
    const ok = await cli('validate', `${base}/feed.json`, '--json');
    assert.equal(ok.code, 0);
    assert.equal(ok.json.shown, 123);
    const missing = await cli('validate', `${base}/missing.json`);
    assert.equal(missing.code, 4);
    assert.match(missing.stdout, /HTTP 404/);
  } finally {
    server.close();
  }
  assert.equal((await cli('validate', 'ftp://example.org/feed.json')).code, 4);
  assert.equal((await cli('validate', 'file:///etc/passwd')).code, 4);
});

test('unreadable file: exit 4', async () => {
  const r = await cli('validate', 'no/such/file.json', '--json');
  assert.equal(r.code, 4);
  assert.equal(r.json.status, 'unreadable');
});

test('usage errors: exit 64', async () => {
  assert.equal((await cli('validate', 'x.json', '--type', 'recipes')).code, 64);
  assert.equal((await cli('validate', 'x.json', '--format', 'xml')).code, 64);
  assert.equal((await cli('validate', path.join(shared, 'meeting-guide/sussex-123.json'), '--time-zone', 'Mars/Olympus')).code, 64);
  assert.equal((await cli('validate')).code, 64);
  assert.equal((await cli('frobnicate')).code, 64);
  assert.equal((await cli('--help')).code, 0);
});
