#!/usr/bin/env node
// The built dist/cdn/autoloader.js on a plain page under a strict CSP: nothing but the autoloader
// loads up front; a tag inserted late is defined then (its chunk fetched on demand); a tag never
// used is never fetched. Run after `npm run build`: node test/integrations/cdn-autoloader.check.mjs
import { existsSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from '../../scripts/find-chromium.mjs';
import { serveStatic } from '../../scripts/static-server.mjs';

const root = path.resolve(import.meta.dirname, '../..');
if (!existsSync(path.join(root, 'dist/cdn/autoloader.js'))) {
  console.error('FAIL dist/cdn/autoloader.js does not exist (run npm run build first)');
  process.exit(1);
}
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'";
const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>autoloader</title>
<script type="module" src="/dist/cdn/autoloader.js"></script></head>
<body><main><h1>A blog post</h1><div id="later"></div></main></body></html>`;

const server = await serveStatic({
  root,
  route: (url, req, res) => url.pathname === '/page.html' && res.writeHead(200, { 'content-type': 'text/html', 'content-security-policy': CSP }).end(html),
});
const base = server.origin;
const browser = await launchChromium();
const problems = [];
try {
  const page = await browser.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
  await page.evaluateOnNewDocument(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`${base}/page.html`, { waitUntil: 'networkidle0' });
  const before = await page.evaluate(() => ({ crisis: !!customElements.get('rk-crisis-help'), provider: !!customElements.get('rk-provider') }));
  if (before.crisis || before.provider) problems.push('an element was defined before its tag appeared');
  const upFront = requests.filter((p) => p.includes('/chunks/'));
  const result = await page.evaluate(async () => {
    document.getElementById('later').append(document.createElement('rk-crisis-help'));
    const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error('rk-crisis-help was not defined within 10 s')), 10_000));
    await Promise.race([customElements.whenDefined('rk-crisis-help'), timeout]);
    const el = document.querySelector('rk-crisis-help');
    await el.updateComplete;
    return { text: el.shadowRoot?.textContent ?? '', provider: !!customElements.get('rk-provider'), violations: window.__violations };
  });
  if (!result.text.includes('988')) problems.push('the late element did not render');
  if (result.provider) problems.push('rk-provider was loaded though the page never used it');
  if (result.violations.length) problems.push(`CSP violations: ${result.violations.join(', ')}`);
  const lazy = requests.filter((p) => p.includes('/chunks/')).length - upFront.length;
  if (lazy < 1) problems.push('no chunk was fetched on demand');
  console.log(`${problems.length ? 'FAIL' : 'ok  '} dist/cdn/autoloader.js: ${upFront.length} chunk(s) up front, ${lazy} fetched when <rk-crisis-help> appeared`);
} finally {
  await browser.close();
  server.close();
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
