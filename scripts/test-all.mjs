#!/usr/bin/env node
// `npm run test:all`: the whole suite in each engine, one runner per engine so a broken
// browser cannot hide the others' results. RK_BROWSERS picks engines (default all three).
// Extra arguments go to the runner, e.g. `npm run test:all -- --files 'test/core/**/*.test.ts'`.
// Prints "engine: N passed, N failed" per engine, then the total on a line of its own.
import { spawn } from 'node:child_process';

const engines = (process.env.RK_BROWSERS ?? 'chromium,firefox,webkit').split(',').map((s) => s.trim()).filter(Boolean);
const args = process.argv.slice(2);
const results = [];

for (const engine of engines) {
  console.log(`\n==> ${engine}`);
  const started = Date.now();
  const out = await new Promise((resolve) => {
    let text = '';
    const child = spawn(process.execPath, ['scripts/test.mjs', ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, RK_BROWSERS: engine },
    });
    child.stdout.on('data', (d) => {
      text += d;
      process.stdout.write(d);
    });
    child.stderr.on('data', (d) => {
      text += d;
      process.stderr.write(d);
    });
    child.on('exit', (code, signal) => resolve({ code: signal ? 1 : (code ?? 1), text }));
  });
  const matches = [...out.text.replace(/\x1b\[[0-9;]*m/g, '').matchAll(/(\d+) passed, (\d+) failed/g)];
  const last = matches.at(-1);
  results.push({
    engine,
    code: out.code,
    passed: last ? Number(last[1]) : 0,
    failed: last ? Number(last[2]) : 0,
    seconds: Math.round((Date.now() - started) / 1000),
  });
}

console.log('\nEngines:');
for (const r of results) console.log(`  ${r.engine}: ${r.passed} passed, ${r.failed} failed (exit ${r.code}, ${r.seconds} s)`);
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(results.every((r) => r.code === 0) ? 0 : 1);
