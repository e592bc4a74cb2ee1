/**
 * Fuzzing through the elements: seeded mutations of the real feeds set as `.items` /
 * `.meetings`, or served to `src` / `scheme-src` (as blob: URLs, which the loader accepts).
 * No error may escape (window `error` / `unhandledrejection`), the element must still render
 * (content, an empty state or a clear alert), untouched valid entries must still be shown, and
 * the element must recover when good data comes back. Replay: RK_FUZZ_SEED=<seed>.
 */
import { expect } from '@open-wc/testing';
import { fuzzSeed, mutateFeed, prng, type Rng } from './mutate.js';
import { NOW, need } from '../helpers/elements.js';
import { deepUpdate } from '../helpers/dom-audit.js';
import { useHarness } from '../helpers/harness.js';

/** A fresh host, the rk-load / rk-error log, and errors that escape (each test fails on one). */
const h = useHarness(['rk-load', 'rk-error']);

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether the element shows something: content, an empty state or an alert. */
function renders(el: Element): boolean {
  const root = el.shadowRoot;
  if (!root) return false;
  return (root.textContent ?? '').replace(/\s+/g, '').length > 0 || root.querySelector('[role="alert"],[role="status"]') !== null;
}
const questions = (el: Element) => el.shadowRoot!.querySelectorAll('button[aria-expanded]').length;
const cards = (el: Element) => el.shadowRoot!.querySelectorAll('rk-milestone-card').length;

async function settleLoad(el: HTMLElement, n: number): Promise<void> {
  const start = Date.now();
  while (h.log.of('rk-load', el).length + h.log.of('rk-error', el).length < n && Date.now() - start < 8000) await new Promise((r) => setTimeout(r, 5));
  await deepUpdate(el);
}

function blobUrl(value: unknown): string {
  const body = typeof value === 'string' ? value : JSON.stringify(value) ?? 'undefined';
  return URL.createObjectURL(new Blob([body], { type: 'application/json' }));
}

describe('fuzz: elements with mutated feeds', function () {
  this.timeout(120000);
  let seed = 0;
  let rng: Rng;

  before(async () => {
    seed = await fuzzSeed('elements');
    rng = prng(seed ^ 0xe1e);
  });

  it('<rk-faq>.items: 60 mutations', async function () {
    await need(this, 'rk-faq');
    const feed = (await (await fetch('/test/fixtures/faq/faq.json')).json()) as unknown[];
    const el = document.createElement('rk-faq') as HTMLElement & { items?: unknown };
    h.host.append(el);
    el.items = feed;
    // The sanitizer chunk loads on first use.
    const start = Date.now();
    while (questions(el) === 0 && Date.now() - start < 10000) {
      await new Promise((r) => setTimeout(r, 20));
      await deepUpdate(el);
    }
    const baseline = questions(el);
    expect(baseline).to.be.greaterThan(0);
    for (let i = 0; i < 60; i++) {
      const mut = mutateFeed(rng, feed, (v) => (Array.isArray(v) ? v : undefined), ['question', 'answer', 'id', 'category']);
      const where = `seed ${seed} faq #${i} [${mut.ops.join('; ')}]`;
      const items = typeof mut.input === 'string' ? (() => { try { return JSON.parse(mut.input); } catch { return mut.input; } })() : mut.input;
      el.items = items;
      await new Promise((r) => setTimeout(r, 0));
      await deepUpdate(el);
      expect(h.escaped, where).to.deep.equal([]);
      expect(renders(el), `${where}: renders`).to.equal(true);
      if (mut.shapeIntact && Number.isFinite(mut.touched) && Array.isArray(items)) expect(questions(el), `${where}: untouched questions shown`).to.be.at.least(Math.min(baseline - mut.touched, 500));
    }
    el.items = feed;
    await new Promise((r) => setTimeout(r, 0));
    await deepUpdate(el);
    expect(questions(el), 'recovers').to.equal(baseline);
  });

  it('<rk-milestone-wall src>: 80 mutations', async function () {
    await need(this, 'rk-milestone-wall');
    const feed = (await (await fetch('/test/fixtures/milestones/wall.json')).json()) as unknown[];
    const el = document.createElement('rk-milestone-wall');
    for (const [k, v] of Object.entries({ now: NOW, 'time-zone': 'UTC', 'reduced-motion': '' })) el.setAttribute(k, v);
    el.setAttribute('src', '/test/fixtures/milestones/wall.json');
    h.host.append(el);
    await settleLoad(el, 1);
    const baseline = cards(el);
    expect(baseline).to.be.greaterThan(0);
    for (let i = 0; i < 80; i++) {
      const mut = mutateFeed(rng, feed, (v) => (Array.isArray(v) ? v : undefined), ['name', 'since', 'days', 'scheme', 'message', 'showDate']);
      const where = `seed ${seed} wall #${i} [${mut.ops.join('; ')}]`;
      const url = blobUrl(mut.input);
      el.setAttribute('src', url);
      await settleLoad(el, i + 2);
      URL.revokeObjectURL(url);
      expect(h.escaped, where).to.deep.equal([]);
      expect(renders(el), `${where}: renders`).to.equal(true);
      const ok = h.log.of<{ src: string }>('rk-load', el).some((e) => e.detail.src === url);
      if (ok && mut.shapeIntact && Number.isFinite(mut.touched)) expect(cards(el), `${where}: untouched celebrations shown`).to.be.at.least(baseline - mut.touched);
      if (!ok) expect(el.shadowRoot!.querySelector('[role="alert"]'), `${where}: a clear error`).not.to.equal(null);
    }
    el.setAttribute('src', '/test/fixtures/milestones/wall.json?again');
    await settleLoad(el, 82);
    expect(cards(el), 'recovers').to.equal(baseline);
  });

  it('<rk-milestone-card scheme-src>: 40 mutations', async function () {
    await need(this, 'rk-milestone-card');
    const feed = await (await fetch('/test/fixtures/milestones/scheme-valid.json')).json();
    const el = document.createElement('rk-milestone-card');
    for (const [k, v] of Object.entries({ days: '45', now: NOW, 'time-zone': 'UTC', 'reduced-motion': '', 'no-share': '' })) el.setAttribute(k, v);
    el.setAttribute('scheme-src', '/test/fixtures/milestones/scheme-valid.json');
    h.host.append(el);
    await settleLoad(el, 1);
    for (let i = 0; i < 40; i++) {
      const mut = mutateFeed(rng, feed, (v) => (Array.isArray(v) ? v : isObj(v) && Array.isArray(v.milestones) ? v.milestones : undefined), ['days', 'months', 'label', 'color', 'message']);
      const where = `seed ${seed} card #${i} [${mut.ops.join('; ')}]`;
      const url = blobUrl(mut.input);
      el.setAttribute('scheme-src', url);
      await settleLoad(el, i + 2);
      await new Promise((r) => setTimeout(r, 20)); // the validator chunk resolves after rk-load
      await deepUpdate(el);
      URL.revokeObjectURL(url);
      expect(h.escaped, where).to.deep.equal([]);
      expect(renders(el), `${where}: renders`).to.equal(true);
    }
  });

  for (const [tag, child] of [
    ['rk-meeting-provider', 'rk-meeting-list'],
    ['rk-group-finder', ''],
  ] as const) {
    it(`<${tag}>.meetings: 40 mutations of a real feed`, async function () {
      await need(this, tag, ...(child ? ([child] as const) : []));
      const all = (await (await fetch('/shared-data/meeting-guide/sussex-123.json')).json()) as unknown[];
      const feed = all.slice(0, 60);
      const el = document.createElement(tag) as HTMLElement & { meetings?: unknown };
      for (const [k, v] of Object.entries({ now: NOW, 'time-zone': 'America/New_York', 'url-state': 'none' })) el.setAttribute(k, v);
      if (child) el.append(document.createElement(child));
      h.host.append(el);
      el.meetings = feed;
      await deepUpdate(h.host);
      const view = child ? el.querySelector(child)! : el;
      for (let i = 0; i < 40; i++) {
        const mut = mutateFeed(rng, feed, (v) => (Array.isArray(v) ? v : undefined), ['name', 'day', 'time', 'end_time', 'timezone', 'types', 'conference_url', 'latitude', 'longitude', 'regions', 'attendance_option']);
        const where = `seed ${seed} ${tag} #${i} [${mut.ops.join('; ')}]`;
        el.meetings = mut.input;
        await deepUpdate(h.host);
        await new Promise((r) => setTimeout(r, 0));
        expect(h.escaped, where).to.deep.equal([]);
        expect(renders(view), `${where}: renders`).to.equal(true);
      }
      el.meetings = feed;
      await deepUpdate(h.host);
      expect(renders(view)).to.equal(true);
      expect(view.shadowRoot!.querySelector('[role="alert"]'), 'recovers from bad data').to.equal(null);
    });
  }
});
