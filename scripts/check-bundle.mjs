#!/usr/bin/env node
// The blogger's path, end to end: a plain page with only the built CDN script works; the
// script loaded twice breaks nothing; a page under a strict CSP raises no violation.
// Serves the repo on 127.0.0.1 and drives Debian's Chromium with puppeteer-core.
import path from 'node:path';
import { launchChromium } from './find-chromium.mjs';
import { serveStatic } from './static-server.mjs';

const root = path.resolve(import.meta.dirname, '..');
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'";
const body = (scripts) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>plain page</title>
${scripts.map((s) => `<script type="module" src="${s}"></script>`).join('\n')}</head>
<body><main><h1>A blog post</h1><p>Some text.</p><rk-crisis-help></rk-crisis-help></main></body></html>`;
const pages = {
  '/plain.html': { html: body(['/dist/cdn/recovery-kit.js']) },
  '/twice.html': { html: body(['/dist/cdn/recovery-kit.js', '/dist/cdn/recovery-kit.js?copy=2']) },
  '/csp.html': { html: body(['/dist/cdn/recovery-kit.js']), csp: true },
};

// The repo's files (the built bundle) are served with the strict CSP too.
const server = await serveStatic({
  root,
  headers: { 'content-security-policy': CSP },
  route(url, req, res) {
    const page = pages[url.pathname];
    return page && res.writeHead(200, { 'content-type': 'text/html', ...(page.csp ? { 'content-security-policy': CSP } : {}) }).end(page.html);
  },
});
const base = server.origin;

const browser = await launchChromium();
let failures = 0;
try {
  for (const name of Object.keys(pages)) {
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
    page.on('request', (r) => !r.url().startsWith(base) && problems.push(`request outside the page's origin: ${r.url()}`));
    await page.evaluateOnNewDocument(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(base + name, { waitUntil: 'networkidle0' });
    const result = await page.evaluate(async () => {
      await customElements.whenDefined('rk-crisis-help');
      const els = document.querySelectorAll('rk-crisis-help');
      await els[0].updateComplete;
      const root = els[0].shadowRoot;
      return {
        count: els.length,
        text: root?.textContent ?? '',
        links: [...(root?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href')),
        adopted: root?.adoptedStyleSheets?.length ?? 0,
        violations: window.__violations,
      };
    });
    if (result.count !== 1) problems.push(`expected one element, found ${result.count}`);
    if (!result.text.includes('Call 988') || !result.links.includes('tel:988')) problems.push('the element did not render its links');
    if (result.violations.length) problems.push(`CSP violations: ${result.violations.join(', ')}`);
    console.log(`${problems.length ? 'FAIL' : 'ok  '} ${name}${problems.length ? '\n  ' + problems.join('\n  ') : ''}`);
    failures += problems.length ? 1 : 0;
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
process.exit(failures ? 1 : 0);
