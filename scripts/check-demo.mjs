#!/usr/bin/env node
// The newcomer's path: what `npm start` serves works. Starts the demo's Vite server (the CDN
// bundle must be built, as `npm start` does first), opens every page of demo/ in Chromium and
// fails on a page error, a console error, a request that leaves localhost, an element that did
// not render, or an error message shown by an element (the demo ships its own data).
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { createServer } from 'vite';
import { launchChromium } from './find-chromium.mjs';

const root = path.resolve(import.meta.dirname, '..');
const pages = readdirSync(path.join(root, 'demo')).filter((f) => f.endsWith('.html')).sort();
const server = await createServer({ configFile: path.join(root, 'demo/vite.config.ts'), logLevel: 'warn', server: { port: 0, strictPort: false, hmr: false } });
await server.listen();
const base = server.resolvedUrls.local[0].replace(/\/$/, '');

const browser = await launchChromium();
let failures = 0;
try {
  for (const name of pages) {
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
    page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
    page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
    page.on('request', (r) => !/^(https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/|data:|blob:)/.test(r.url()) && problems.push(`request leaving localhost: ${r.url()}`));
    await page.goto(`${base}/demo/${name}`, { waitUntil: 'networkidle0', timeout: 60000 });
    // Elements that load data or chunks settle after the network goes quiet.
    await page.waitForFunction(
      () => {
        const all = [];
        const walk = (r) => r.querySelectorAll('*').forEach((e) => (e.localName.startsWith('rk-') && all.push(e), e.shadowRoot && walk(e.shadowRoot)));
        walk(document);
        return all.length > 0 && all.every((e) => e.shadowRoot && e.shadowRoot.childNodes.length > 0 && !e.shadowRoot.querySelector('[aria-busy="true"]'));
      },
      { timeout: 30000 },
    ).catch(() => problems.push('not every rk-* element rendered (or one stayed busy) within 30 s'));
    const seen = await page.evaluate(() => {
      const out = { tags: {}, alerts: [] };
      const walk = (r) =>
        r.querySelectorAll('*').forEach((e) => {
          if (e.localName.startsWith('rk-')) out.tags[e.localName] = (out.tags[e.localName] ?? 0) + 1;
          if (e.getAttribute('role') === 'alert' && e.textContent.trim()) out.alerts.push(e.textContent.trim().replace(/\s+/g, ' ').slice(0, 120));
          if (e.shadowRoot) walk(e.shadowRoot);
        });
      walk(document);
      return out;
    });
    for (const a of seen.alerts) problems.push(`an element shows an error: ${a}`);
    const tags = Object.entries(seen.tags).map(([t, n]) => (n > 1 ? `${t} x${n}` : t)).join(', ');
    console.log(`${problems.length ? 'FAIL' : 'ok  '} demo/${name}: ${tags || 'no elements'}`);
    for (const p of problems) console.log(`     ${p}`);
    failures += problems.length ? 1 : 0;
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
if (failures) {
  console.error(`${failures} demo page(s) failed`);
  process.exit(1);
}
