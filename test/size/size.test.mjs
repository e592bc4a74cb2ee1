// The size check (scripts/size.mjs) fails CI when a budget is exceeded: run it with a budgets
// file whose limit is tiny and expect exit 1 and a FAIL line; with a generous limit, exit 0.
// Run: node --test test/size/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

async function runSize(budgets) {
  const dir = await mkdtemp(path.join(tmpdir(), 'rk-size-test-'));
  const file = path.join(dir, 'budgets.json');
  await writeFile(file, JSON.stringify({ budgets }));
  try {
    return await new Promise((resolve) => {
      execFile(process.execPath, ['scripts/size.mjs', '--budgets', file], { cwd: root }, (err, stdout, stderr) => {
        resolve({ code: err ? err.code : 0, stdout, stderr });
      });
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

test('an exceeded budget fails with exit 1 and a FAIL line', async () => {
  const r = await runSize([{ name: 'rk-crisis-help (tiny budget)', entry: 'src/elements/crisis-help/define.ts', limit: 100 }]);
  assert.equal(r.code, 1, r.stdout + r.stderr);
  assert.match(r.stdout, /^FAIL rk-crisis-help \(tiny budget\)\s+[\d.]+ kB gzip \(budget 0\.1 kB\)/m);
  assert.match(r.stderr, /a budget was exceeded/);
});

test('one exceeded budget among good ones still fails', async () => {
  const r = await runSize([
    { name: 'rk-provider', entry: 'src/elements/provider/define.ts', limit: 1_000_000 },
    { name: 'rk-crisis-help', entry: 'src/elements/crisis-help/define.ts', limit: 100 },
  ]);
  assert.equal(r.code, 1);
  assert.match(r.stdout, /^ok {3}rk-provider/m);
  assert.match(r.stdout, /^FAIL rk-crisis-help/m);
});

test('budgets kept: exit 0, every line ok', async () => {
  const r = await runSize([{ name: 'rk-crisis-help', entry: 'src/elements/crisis-help/define.ts', limit: 1_000_000 }]);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /^ok {3}rk-crisis-help/m);
  assert.doesNotMatch(r.stdout, /FAIL/);
});

test('a missing built file fails', async () => {
  const r = await runSize([{ name: 'missing', file: 'dist/does-not-exist.js', limit: 1_000_000 }]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /does not exist/);
});
