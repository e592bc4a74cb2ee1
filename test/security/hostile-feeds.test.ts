/**
 * Hostile data: the XSS corpus (test/security/xss-corpus.ts) in every string field of every
 * feed type, served over real HTTP from test/fixtures/hostile/ (scripts/gen-hostile-fixtures.mjs),
 * and in every attribute of every element. After rendering: the page-level canary is unset,
 * and no event-handler attribute, javascript:/data:/vbscript: URL or script-capable element
 * is anywhere in the rendered tree (light DOM and every open shadow root).
 */
import { expect } from '@open-wc/testing';
import { loadMeetings } from '../../src/core/meetings/index.js';
import { parseFaqJson } from '../../src/core/faq/index.js';
import { parseScheme } from '../../src/core/milestones/index.js';
import { safeUrl } from '../../src/core/html/index.js';
import { XSS_PAYLOADS, pwned, resetCanary } from './xss-corpus.js';
import { auditDom, deepUpdate, settle, urlScheme, allElements } from '../helpers/dom-audit.js';
import { NOW, declaredAttributes, define, need, TAGS, type Tag } from '../helpers/elements.js';
import { useHarness, type Harness } from '../helpers/harness.js';

const H = '/test/fixtures/hostile/';

/** A fresh host and the rk-load / rk-error log for each test (see the suite). */
let h: Harness;

function mount<T extends HTMLElement>(tag: string, attrs: Record<string, string> = {}, parent: HTMLElement = h.host): T {
  const el = document.createElement(tag) as T;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  parent.append(el);
  return el;
}

async function loaded(el: HTMLElement): Promise<'load' | 'error'> {
  const start = Date.now();
  while (Date.now() - start < 15000) {
    if (h.log.of('rk-load', el).length) return 'load';
    if (h.log.of('rk-error', el).length) return 'error';
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`${el.localName}: neither rk-load nor rk-error`);
}

/** Audits `host`'s tree; with `rendered`, only what the mounted elements rendered (their shadow roots), not the attributes the test itself set on them. */
async function expectClean(root: Node = h.host, rendered = false): Promise<void> {
  await deepUpdate(root);
  await settle();
  const roots = rendered ? [...(root as Element).children].flatMap((c) => (c.shadowRoot ? [c.shadowRoot, ...c.children] : [...c.children])) : [root];
  const findings = roots.flatMap((r) => auditDom(r));
  expect(findings.map((f) => `${f.where}: ${f.what}`), 'dangerous markup in the rendered DOM').to.deep.equal([]);
  expect(pwned(), 'a payload ran (window.__pwned set)').to.equal(false);
}

const shadowText = (el: Element) => [...allElements(el)].map((e) => (e.shadowRoot ? e.shadowRoot.textContent : '')).join(' ');

describe('hostile data', function () {
  this.timeout(60000);

  before(() => {
    expect(XSS_PAYLOADS.length).to.be.at.least(50);
  });
  // Registered first, so the host is gone before the canary is read below.
  h = useHarness(['rk-load', 'rk-error'], { failOnEscaped: false });
  beforeEach(() => resetCanary());
  afterEach(() => {
    expect(pwned(), 'a payload ran after the test').to.equal(false);
  });

  it('the canary and the DOM audit catch what they should (self-test)', async () => {
    const div = document.createElement('div');
    h.host.append(div);
    const root = div.attachShadow({ mode: 'open' });
    const a = document.createElement('a');
    a.setAttribute('href', ' JaVa\tScRiPt:void 0');
    const img = document.createElement('img');
    img.setAttribute('onerror', 'top.__pwned=1');
    img.src = '/__rk/status/404';
    root.append(a, img);
    const found = auditDom(h.host).map((f) => f.what);
    expect(found.some((w) => w.startsWith('href='))).to.equal(true);
    expect(found.some((w) => w.includes('onerror'))).to.equal(true);
    await settle(300);
    expect(pwned(), 'an inline handler on this page runs, so the canary would see a payload that ran').to.equal(true);
    resetCanary();
  });

  describe('adapters keep every URL safe and every text plain', () => {
    const isSafe = (u: string | null) => u === null || /^(https?:|mailto:|tel:)/i.test(u);

    for (const [file, format] of [
      ['meeting-guide.json', 'auto'],
      ['bmlt.json', 'auto'],
      ['meetings.csv', 'csv'],
    ] as const) {
      it(`loadMeetings: ${file}`, async () => {
        const text = await (await fetch(H + file)).text();
        const r = loadMeetings(text, { format, timeZone: 'America/New_York' });
        expect(r.meetings.length, 'records with a usable day and time are kept').to.be.at.least(XSS_PAYLOADS.length / 2);
        for (const m of r.meetings) {
          for (const u of [m.website, m.url, m.online.url]) expect(isSafe(u), `unsafe URL ${u}`).to.equal(true);
          if (m.online.phone) expect(m.online.phone).to.match(/^\+?[0-9,*#]+$/);
          expect(() => new Intl.DateTimeFormat('en', { timeZone: m.timeZone })).not.to.throw();
        }
      });
    }

    it('parseFaqJson: faq.json and faq-jsonld.json answers hold only allowlisted tags and safe links', async () => {
      for (const file of ['faq.json', 'faq-jsonld.json']) {
        const r = parseFaqJson(await (await fetch(H + file)).json(), { base: location.href });
        expect(r.items.length, file).to.be.greaterThan(XSS_PAYLOADS.length / 2);
        const walk = (nodes: unknown[]): void => {
          for (const n of nodes as { tag?: string; attrs?: Record<string, string>; children?: unknown[] }[]) {
            if (!n.tag) continue;
            expect(['p', 'br', 'ul', 'ol', 'li', 'a', 'strong', 'em', 'b', 'i', 'h3', 'h4', 'h5', 'h6']).to.include(n.tag);
            for (const [k, v] of Object.entries(n.attrs ?? {})) {
              expect(k.toLowerCase().startsWith('on'), k).to.equal(false);
              if (k === 'href') expect(['http', 'https', 'mailto', 'tel']).to.include(urlScheme(v));
            }
            walk(n.children ?? []);
          }
        };
        for (const item of r.items) {
          walk(item.answer);
        }
      }
    });

    it('parseScheme: scheme.json keeps plain labels and only safe colours', async () => {
      const r = parseScheme(await (await fetch(H + 'scheme.json')).json());
      expect(r.scheme.milestones.length).to.be.greaterThan(0);
      for (const m of r.scheme.milestones) expect(m.color).to.match(/^#[0-9a-f]{3,6}$|^[a-z]+$/i);
      expect(r.errors.some((e) => e.reason === 'bad-color')).to.equal(true);
    });

    it('safeUrl refuses every payload that is not http(s)/mailto/tel', () => {
      for (const p of XSS_PAYLOADS) {
        const u = safeUrl(p);
        if (u !== null) expect(['http', 'https', 'mailto', 'tel']).to.include(urlScheme(u));
      }
    });
  });

  describe('feeds rendered by the elements', () => {
    for (const file of ['faq.json', 'faq-jsonld.json']) {
      it(`<rk-faq src> with ${file} (all open, searchable, structured data)`, async function () {
        await need(this, 'rk-faq');
        const el = mount('rk-faq', { src: H + file, searchable: '', 'expand-all': '', 'structured-data': '' });
        expect(await loaded(el)).to.equal('load');
        await deepUpdate(el);
        // Open every question so every answer is rendered.
        for (const b of el.shadowRoot!.querySelectorAll<HTMLElement>('button[aria-expanded="false"]')) b.click();
        await expectClean();
        expect(shadowText(h.host)).to.contain('Answer 1');
        // The JSON-LD block in <head> is one well-formed data script: no </script> breakout.
        const ld = [...document.head.querySelectorAll('script[type="application/ld+json"]')];
        for (const s of ld) {
          expect(() => JSON.parse(s.textContent!)).not.to.throw();
          expect(s.textContent!.toLowerCase()).not.to.contain('</script');
          expect([...s.attributes].map((a) => a.name).filter((n) => n.startsWith('on'))).to.deep.equal([]);
        }
        // Search with a payload as the query: highlighted matches stay text.
        const search = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]');
        if (search) {
          for (const p of XSS_PAYLOADS.slice(0, 10)) {
            search.value = p;
            search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
            await deepUpdate(el);
          }
          await expectClean();
        }
      });
    }

    it('<rk-faq>.items with the hostile array', async function () {
      await need(this, 'rk-faq');
      const items = await (await fetch(H + 'faq.json')).json();
      const el = mount<HTMLElement & { items: unknown }>('rk-faq', { 'expand-all': '' });
      el.items = items;
      // The sanitizer chunk loads on first use.
      const start = Date.now();
      while (!shadowText(h.host).includes('Answer 2') && Date.now() - start < 10000) await new Promise((r) => setTimeout(r, 20));
      await expectClean();
      expect(shadowText(h.host)).to.contain('Answer 2');
    });

    it('<rk-milestone-wall src> with the hostile celebrations', async function () {
      await need(this, 'rk-milestone-wall');
      const el = mount('rk-milestone-wall', { src: H + 'wall.json', now: NOW, 'time-zone': 'UTC', share: '', 'page-size': '0' });
      expect(await loaded(el)).to.equal('load');
      await expectClean();
      expect(el.shadowRoot!.querySelectorAll('rk-milestone-card').length).to.be.greaterThan(XSS_PAYLOADS.length / 2);
    });

    it('<rk-milestone-card scheme-src> with the hostile scheme, at many thresholds', async function () {
      await need(this, 'rk-milestone-card');
      for (const days of [1, 2, 5, 13, 40, 77]) {
        mount('rk-milestone-card', { 'scheme-src': H + 'scheme.json', days: String(days), now: NOW, 'time-zone': 'UTC', 'show-date': '' });
      }
      for (const months of [1, 3, 30]) mount('rk-milestone-card', { 'scheme-src': H + 'scheme.json', since: '2020-01-01', now: NOW, 'time-zone': 'UTC', months: String(months) });
      for (const el of h.host.children) await loaded(el as HTMLElement);
      await expectClean();
    });

    for (const file of ['meeting-guide.json', 'bmlt.json', 'meetings.csv']) {
      it(`meeting finder parts with ${file}, every meeting opened`, async function () {
        await need(this, 'rk-meeting-provider', 'rk-meeting-list');
        const provider = mount('rk-meeting-provider', { src: H + file, 'time-zone': 'America/New_York', now: NOW });
        for (const tag of ['rk-meeting-search', 'rk-meeting-filters', 'rk-meeting-list', 'rk-meeting-details'] as Tag[]) {
          if (await define(tag)) mount(tag, tag === 'rk-meeting-list' ? { 'page-size': '1000' } : {}, provider);
        }
        expect(await loaded(provider)).to.equal('load');
        await deepUpdate(h.host);
        const list = provider.querySelector('rk-meeting-list')!;
        // Any day: the feed's meetings are spread over the week.
        const anyDay = [...list.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => /any day/i.test(b.textContent ?? ''));
        anyDay?.click();
        await deepUpdate(h.host);
        const open = [...list.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[part~="open"]')];
        expect(open.length, 'meetings listed').to.be.greaterThan(0);
        // Open meetings one by one so the details view renders each hostile record.
        for (const b of open.slice(0, 80)) {
          b.click();
          await deepUpdate(h.host);
        }
        await expectClean();
      });
    }
  });

  describe('attributes', () => {
    for (const tag of TAGS) {
      it(`every attribute of <${tag}> set to each payload`, async function () {
        await need(this, tag);
        const attrs = declaredAttributes(tag);
        expect(attrs.length).to.be.greaterThan(0);
        for (const p of XSS_PAYLOADS) {
          const a: Record<string, string> = {};
          for (const { name } of attrs) a[name] = p;
          mount(tag, a);
        }
        await deepUpdate(h.host);
        // Loads of hostile src values settle (refused, 404 or parsed) before the audit.
        await settle(300);
        await expectClean(h.host, true);
      });
    }
  });
});
