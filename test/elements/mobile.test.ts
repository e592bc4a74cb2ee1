// A person on a phone at night: 360px wide, maybe dark mode. Tap targets, contrast and the
// dark theme on pages that are not dark themselves.
import { expect, fixture, html } from '@open-wc/testing';
import { phoneWidth, scrollsSideways } from '../helpers/media.js';
import '../../src/elements/crisis-help/define.js';
import '../../src/elements/sobriety-counter/define.js';
import '../../src/elements/meeting-map/define.js';
import type { RkMeetingMap } from '../../src/elements/meeting-map/meeting-map.js';
import { loadMeetings, type Meeting } from '../../src/core/meetings/index.js';

type Rgba = [number, number, number, number];
const parse = (c: string): Rgba => {
  const p = c.match(/[\d.]+/g)!.map(Number);
  return [p[0], p[1], p[2], p[3] ?? 1];
};
const over = (top: Rgba, bottom: Rgba): Rgba => {
  const a = top[3];
  return [top[0] * a + bottom[0] * (1 - a), top[1] * a + bottom[1] * (1 - a), top[2] * a + bottom[2] * (1 - a), 1];
};
const luminance = ([r, g, b]: Rgba) => {
  const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
};
const ratio = (a: Rgba, b: Rgba) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};
const parentOf = (e: Element): Element | null =>
  (e as HTMLElement).assignedSlot ?? e.parentElement ?? ((e.parentNode as ShadowRoot | null)?.host as Element | undefined) ?? null;
/** The colour actually behind an element: its own and its ancestors' backgrounds (across shadow roots) over white. */
const backdrop = (e: Element): Rgba => {
  const layers: Rgba[] = [];
  for (let n: Element | null = e; n; n = parentOf(n)) {
    const c = parse(getComputedStyle(n).backgroundColor);
    if (c[3] > 0) layers.unshift(c);
    if (c[3] >= 1) break;
  }
  return layers.reduce((bg, l) => over(l, bg), [255, 255, 255, 1] as Rgba);
};
/** Every element of a shadow root with text of its own, and its contrast against what is behind it. */
const textContrasts = (el: HTMLElement) =>
  [...el.shadowRoot!.querySelectorAll('*')]
    .filter((e) => [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()) && e.getClientRects().length)
    .map((e) => {
      const bg = backdrop(e);
      return { text: e.textContent!.trim().slice(0, 30), ratio: ratio(over(parse(getComputedStyle(e).color), bg), bg) };
    });
const size = (e: Element) => {
  const r = e.getBoundingClientRect();
  return { name: e.textContent!.trim() || e.getAttribute('aria-label'), width: r.width, height: r.height };
};

describe('mobile: theme="dark" on a light page', () => {
  before(phoneWidth);

  for (const [name, tpl] of [
    ['rk-crisis-help', html`<rk-crisis-help theme="dark"></rk-crisis-help>`],
    ['rk-crisis-help variant="inline"', html`<p>If you need it, <rk-crisis-help theme="dark" variant="inline"></rk-crisis-help></p>`],
    ['rk-sobriety-counter', html`<rk-sobriety-counter theme="dark" since="2024-01-01" now="2025-01-01" daily-cost="10"></rk-sobriety-counter>`],
  ] as const) {
    it(`${name}: the host takes the dark surface and every text keeps 4.5:1`, async () => {
      const wrap = await fixture(html`<div style="background:#fff;color:#000">${tpl}</div>`);
      const el = wrap.querySelector<HTMLElement>('rk-crisis-help, rk-sobriety-counter')!;
      expect(parse(getComputedStyle(el).backgroundColor)).to.deep.equal([22, 27, 34, 1]);
      const texts = textContrasts(el);
      expect(texts.length).to.be.greaterThan(0);
      for (const t of texts) expect(t.ratio, `"${t.text}" ${t.ratio.toFixed(2)}:1`).to.be.at.least(4.5);
    });
  }

  it('a site\'s light tokens stay out of the dark palette; --rk-dark-color-* set its colours', async () => {
    // A purple brand and a cream surface, set for the site's light pages: 1.7:1 on the dark surface.
    const brand = '--rk-color-primary:#5b2a86;--rk-color-surface:#fffbe6;--rk-color-text:#222';
    const wrap = await fixture(html`<div style="background:#fff;${brand}">
      <rk-sobriety-counter theme="dark" since="2024-01-01" now="2025-01-01"></rk-sobriety-counter>
      <rk-sobriety-counter theme="dark" since="2024-01-01" now="2025-01-01" style="--rk-dark-color-primary:#c9a7ea"></rk-sobriety-counter>
      <rk-sobriety-counter since="2024-01-01" now="2025-01-01"></rk-sobriety-counter>
    </div>`);
    const [dark, darkBranded, light] = [...wrap.querySelectorAll<HTMLElement>('rk-sobriety-counter')];
    const number = (el: HTMLElement) => getComputedStyle(el.shadowRoot!.querySelector('[part=number]')!).color;
    expect(parse(getComputedStyle(dark).backgroundColor)).to.deep.equal([22, 27, 34, 1]);
    expect(number(dark)).to.equal('rgb(140, 196, 255)');
    for (const t of textContrasts(dark)) expect(t.ratio, `"${t.text}" ${t.ratio.toFixed(2)}:1`).to.be.at.least(4.5);
    expect(number(darkBranded)).to.equal('rgb(201, 167, 234)');
    expect(number(light), 'the light palette takes the brand').to.equal('rgb(91, 42, 134)');
    // "Today: 1 year!" pops in (opacity from 0): axe reads contrast once it has.
    await Promise.all(dark.shadowRoot!.getAnimations().map((a) => a.finished));
    await expect(dark).to.be.accessible();
  });

  it('a light element keeps a transparent host (the page shows through)', async () => {
    const el = await fixture<HTMLElement>(html`<rk-crisis-help theme="light"></rk-crisis-help>`);
    expect(getComputedStyle(el).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
  });
});

describe('mobile: <rk-crisis-help> tap targets at 360px', () => {
  before(phoneWidth);

  for (const variant of ['card', 'banner']) {
    it(`${variant}: every link is at least 44x44 CSS px${variant === 'card' ? ', "Call 911" included' : ''}`, async () => {
      const el = await fixture<HTMLElement>(html`<rk-crisis-help variant=${variant}></rk-crisis-help>`);
      const links = [...el.shadowRoot!.querySelectorAll('a')];
      expect(links.length).to.be.greaterThan(2);
      if (variant === 'card') expect(links.map((a) => a.getAttribute('href'))).to.include('tel:911');
      for (const s of links.map(size)) {
        expect(s.width, `${s.name} width`).to.be.at.least(44);
        expect(s.height, `${s.name} height`).to.be.at.least(44);
      }
      expect(scrollsSideways(), 'the page scrolls sideways').to.equal(false);
    });
  }
});

describe('mobile: <rk-meeting-map> tap targets', () => {
  const TILES = '/test/fixtures/map/tile.png?z={z}&x={x}&y={y}&k=mobile';
  const few: Meeting[] = [];
  before(async () => {
    await phoneWidth();
    const res = await fetch('/shared-data/meeting-guide/sepia-2038.json');
    const all = loadMeetings(await res.text(), { timeZone: 'America/New_York' }).meetings;
    const seen = new Set<string>();
    for (const m of all) {
      const c = m.coordinates;
      if (!c || m.approximate || seen.has(`${c.lat},${c.lng}`)) continue;
      seen.add(`${c.lat},${c.lng}`);
      few.push(m);
      if (few.length === 24) break;
    }
  });
  async function until(check: () => unknown, ms = 5000): Promise<void> {
    const start = Date.now();
    while (!check()) {
      if (Date.now() - start > ms) throw new Error(`condition not met within ${ms} ms: ${check}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  it('a 24px pin answers taps 21px from its centre (a 44px target), the popup close button is 44x44', async () => {
    const el = await fixture<RkMeetingMap>(html`<rk-meeting-map cluster-size="0" map-tiles=${TILES} .meetings=${few.slice(0, 1)}></rk-meeting-map>`);
    await until(() => el.markerCount > 0);
    const root = el.shadowRoot!;
    const frame = root.querySelector('.leaflet-container')!.getBoundingClientRect();
    const pins = [...root.querySelectorAll<HTMLElement>('.leaflet-marker-icon.rk-pin')];
    const centre = (p: HTMLElement) => {
      const r = p.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2, r };
    };
    // A pin well inside the map with no other pin within 60px (here: the only one).
    const pin = pins.find((p) => {
      const c = centre(p);
      return (
        c.r.width === 24 &&
        c.x - 30 > frame.left && c.x + 30 < frame.right && c.y - 30 > frame.top && c.y + 30 < frame.bottom &&
        pins.every((q) => q === p || Math.hypot(centre(q).x - c.x, centre(q).y - c.y) > 60)
      );
    });
    expect(pin, 'an isolated pin inside the map').to.exist;
    const { x, y } = centre(pin!);
    for (const [dx, dy] of [[21, 0], [-21, 0], [0, 21], [0, -21]]) {
      expect(root.elementFromPoint(x + dx, y + dy), `tap at ${dx},${dy}`).to.equal(pin);
    }
    pin!.click();
    await until(() => root.querySelector('.leaflet-popup-close-button'));
    const close = size(root.querySelector('.leaflet-popup-close-button')!);
    expect(close.width).to.be.at.least(44);
    expect(close.height).to.be.at.least(44);
  });
});
