import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/provider/define.js';
import '../../src/elements/milestone-card/define.js';
import type { RkMilestoneCard, RkShareDetail } from '../../src/elements/milestone-card/milestone-card.js';
import { contrastRatio } from '../../src/core/color.js';
import { ManualClock } from '../../src/base/clock.js';
import type { RkProvider } from '../../src/elements/provider/provider.js';
import { EventLog } from '../helpers/events.js';
import { emulateReducedMotion, resetReducedMotion } from '../helpers/media.js';

/** Records console.error calls until `restore()` (the card must fall back quietly). */
function captureConsoleErrors(): { list: unknown[]; restore: () => void } {
  const original = console.error;
  const list: unknown[] = [];
  console.error = (...args: unknown[]) => list.push(args);
  return { list, restore: () => (console.error = original) };
}

const part = (el: HTMLElement, name: string) =>
  el.shadowRoot!.querySelector(`[part~="${name}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
const shadowText = (el: HTMLElement) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
/** After rk-load the scheme is checked (the validator loads on demand); wait until the card shows it. */
const schemeReady = (el: HTMLElement) => waitUntil(() => !el.shadowRoot!.querySelector('[part="status"]'), 'scheme not shown');
const button = (el: HTMLElement) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="share"]')!;

async function card(t: ReturnType<typeof html>): Promise<RkMilestoneCard> {
  const el = await fixture<RkMilestoneCard>(t);
  await el.updateComplete;
  return el;
}

/** Shows `since` on the card at noon UTC of `today`. */
const at = (since: string, today: string, scheme = 'na') =>
  card(html`<rk-milestone-card lang="en" time-zone="UTC" scheme=${scheme} since=${since} now=${`${today}T12:00`} name="Sam"></rk-milestone-card>`);

/** Records clicks on download links created by the card, without starting a real download. */
function downloads(el: HTMLElement) {
  const clicks: HTMLAnchorElement[] = [];
  el.shadowRoot!.addEventListener(
    'click',
    (e) => {
      const a = e.target as HTMLAnchorElement;
      if (a instanceof HTMLAnchorElement && a.hasAttribute('download')) {
        e.preventDefault();
        clicks.push(a);
      }
    },
    true,
  );
  return clicks;
}

/** Stubs the Web Share API on this test's navigator; returns the restore function. */
function stubShare(share: (data: ShareData) => Promise<void>, canShare = true): { calls: ShareData[]; restore: () => void } {
  const calls: ShareData[] = [];
  Object.defineProperty(navigator, 'share', {
    configurable: true,
    value: (data: ShareData) => {
      calls.push(data);
      return share(data);
    },
  });
  Object.defineProperty(navigator, 'canShare', { configurable: true, value: (data: ShareData) => canShare && !!data.files?.length });
  return {
    calls,
    restore: () => {
      delete (navigator as unknown as Record<string, unknown>).share;
      delete (navigator as unknown as Record<string, unknown>).canShare;
    },
  };
}

describe('<rk-milestone-card>', () => {
  let log: EventLog;
  beforeEach(() => (log = new EventLog(['rk-share', 'rk-load', 'rk-error'])));
  afterEach(() => log.dispose());

  describe('thresholds at the exact boundary day', () => {
    it('day 0 is the welcome keytag, and the next milestone does not repeat its count ("in 30 days")', async () => {
      const el = await at('2026-01-01', '2026-01-01');
      expect(part(el, 'heading')).to.equal('Welcome');
      expect(part(el, 'next')).to.equal('Next: 30 days');
      await expect(el).to.be.accessible();
    });

    it('29 days is still the welcome keytag; day 30 is the orange one', async () => {
      let el = await at('2026-01-01', '2026-01-30');
      expect(part(el, 'heading')).to.equal('Welcome');
      expect(part(el, 'tag-name')).to.equal('White keytag');
      expect(part(el, 'message')).to.equal('Welcome, Sam. We are glad you are here.');
      expect(part(el, 'next')).to.equal('Next: 30 days, in 1 day');
      await expect(el).to.be.accessible();
      el = await at('2026-01-01', '2026-01-31');
      expect(part(el, 'heading')).to.equal('30 days');
      expect(part(el, 'tag-name')).to.equal('Orange keytag');
      expect(part(el, 'message')).to.equal('Congratulations, Sam! Keep coming back.');
      expect(part(el, 'next')).to.equal('Next: 60 days, in 30 days');
      await expect(el).to.be.accessible();
    });

    it('6 months from Aug 31 is the clamped anniversary, Feb 28', async () => {
      let el = await at('2025-08-31', '2026-02-27');
      expect(part(el, 'heading')).to.equal('90 days');
      expect(part(el, 'next')).to.equal('Next: 6 months, in 1 day');
      el = await at('2025-08-31', '2026-02-28');
      expect(part(el, 'heading')).to.equal('6 months');
      expect(part(el, 'tag-name')).to.equal('Blue keytag');
      expect(part(el, 'next')).to.equal('Next: 9 months, in 92 days');
      // And from Feb 28 the 6-month day is Aug 28, not the month's end.
      el = await at('2026-02-28', '2026-08-27');
      expect(part(el, 'heading')).to.equal('90 days');
      el = await at('2026-02-28', '2026-08-28');
      expect(part(el, 'heading')).to.equal('6 months');
    });

    it('a Feb 29 date reaches 1 year on Feb 28, and every later year too', async () => {
      let el = await at('2024-02-29', '2025-02-27');
      expect(part(el, 'heading')).to.equal('9 months');
      expect(part(el, 'next')).to.equal('Next: 1 year, in 1 day');
      el = await at('2024-02-29', '2025-02-28');
      expect(part(el, 'heading')).to.equal('1 year');
      expect(part(el, 'tag-name')).to.equal('Glow in the dark keytag');
      await expect(el).to.be.accessible();
      el = await at('2024-02-29', '2028-02-28');
      expect(part(el, 'heading')).to.equal('3 years');
      expect(part(el, 'next')).to.equal('Next: 4 years, in 1 day');
      el = await at('2024-02-29', '2028-02-29');
      expect(part(el, 'heading')).to.equal('4 years');
      expect(part(el, 'tag-name')).to.equal('Black keytag');
    });

    it('counts calendar days in the given time zone', async () => {
      // 03:00 UTC on Jan 31 is still Jan 30 in Chicago: day 29.
      const el = await card(
        html`<rk-milestone-card lang="en" scheme="na" since="2026-01-01" now="2026-01-31T03:00Z" time-zone="America/Chicago"></rk-milestone-card>`,
      );
      expect(part(el, 'heading')).to.equal('Welcome');
    });
  });

  describe('each scheme', () => {
    it('NA keytags from a count of days', async () => {
      const el = await card(html`<rk-milestone-card lang="en" scheme="na" days="90" now="2026-05-01T12:00" time-zone="UTC"></rk-milestone-card>`);
      expect(part(el, 'heading')).to.equal('90 days');
      expect(part(el, 'tag-name')).to.equal('Red keytag');
      expect(part(el, 'next')).to.match(/^Next: 6 months, in \d+ days$/);
      const article = el.shadowRoot!.querySelector('article')!;
      expect(article.getAttribute('aria-labelledby')).to.equal(el.shadowRoot!.querySelector('[role="heading"]')!.id);
      await expect(el).to.be.accessible();
    });

    it('AA chips: 24 hours, and a bronze medallion each year', async () => {
      let el = await card(html`<rk-milestone-card lang="en" scheme="aa" days="1" name="J." now="2026-05-01T12:00" time-zone="UTC"></rk-milestone-card>`);
      expect(part(el, 'heading')).to.equal('24 hours');
      expect(part(el, 'tag-name')).to.equal('Silver chip');
      expect(part(el, 'name')).to.equal('J.');
      await expect(el).to.be.accessible();
      el = await card(html`<rk-milestone-card lang="en" scheme="aa" months="24" now="2026-05-01T12:00" time-zone="UTC"></rk-milestone-card>`);
      expect(part(el, 'heading')).to.equal('2 years');
      expect(part(el, 'tag-name')).to.equal('Bronze chip');
      expect(part(el, 'next')).to.equal('Next: 3 years, in 365 days');
      await expect(el).to.be.accessible();
    });

    it('the neutral default scheme has no fellowship colour names', async () => {
      const el = await card(html`<rk-milestone-card lang="en" days="7" now="2026-05-01T12:00" time-zone="UTC"></rk-milestone-card>`);
      expect(part(el, 'heading')).to.equal('7 days');
      expect(part(el, 'tag-name')).to.equal(null);
      expect(part(el, 'next')).to.equal('Next: 30 days, in 23 days');
      await expect(el).to.be.accessible();
    });

    it('shows the scheme colour with readable text on the tag', async () => {
      for (const [scheme, days] of [
        ['na', 0],
        ['na', 365],
        ['na', 30],
        ['aa', 60],
        ['default', 7],
      ] as const) {
        const el = await card(html`<rk-milestone-card scheme=${scheme} days=${days} now="2026-05-01T12:00" time-zone="UTC"></rk-milestone-card>`);
        const tag = getComputedStyle(el.shadowRoot!.querySelector('[part="tag"]')!);
        const hex = (rgb: string) => '#' + rgb.match(/\d+/g)!.slice(0, 3).map((n) => Number(n).toString(16).padStart(2, '0')).join('');
        expect(contrastRatio(hex(tag.backgroundColor), hex(tag.color)), `${scheme} ${days}`).to.be.at.least(4.5);
      }
    });

    it('a personal message replaces the default one', async () => {
      const el = await card(html`<rk-milestone-card lang="en" days="60" message="So proud of you!" now="2026-05-01T12:00" time-zone="UTC"></rk-milestone-card>`);
      expect(part(el, 'message')).to.equal('So proud of you!');
    });

    it('a long unbroken name or message (a URL) wraps inside a narrow card', async () => {
      const url = 'https://example.org/' + 'celebrations-'.repeat(30);
      const el = await card(html`<rk-milestone-card style="width:240px" lang="en" days="60" name=${'Sam'.repeat(26)} message=${url} now="2026-05-01T12:00" time-zone="UTC"></rk-milestone-card>`);
      const box = el.shadowRoot!.querySelector<HTMLElement>('.card')!;
      expect(box.getBoundingClientRect().width).to.be.at.most(240);
      for (const p of ['name', 'message']) {
        const r = el.shadowRoot!.querySelector<HTMLElement>(`[part~="${p}"]`)!.getBoundingClientRect();
        expect(r.right, `${p} stays inside the card`).to.be.at.most(box.getBoundingClientRect().right + 0.5);
      }
      expect(box.scrollWidth).to.be.at.most(box.clientWidth);
    });

    it('a future date is a fresh start; bad input says what to give', async () => {
      let el = await card(html`<rk-milestone-card lang="en" scheme="na" since="2026-05-04" now="2026-05-01T12:00" time-zone="UTC"></rk-milestone-card>`);
      expect(part(el, 'heading')).to.equal('A fresh start');
      expect(part(el, 'message')).to.equal('Starts in 3 days.');
      expect(part(el, 'next')).to.equal('Next: Welcome, in 3 days');
      await expect(el).to.be.accessible();
      el = await card(html`<rk-milestone-card lang="en" since="2026-02-30" now="2026-05-01T12:00" time-zone="UTC"></rk-milestone-card>`);
      expect(part(el, 'heading')).to.equal('Add a sobriety date (YYYY-MM-DD) or a number of days.');
      expect(el.shadowRoot!.querySelector('[part="share"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('an unreadable `now`', () => {
    /** The counter's sentence (shared from base/load-messages*.ts). */
    const en = (now: string) => `“${now}” is not a date we can read. Use the form YYYY-MM-DD, for example 2024-03-01.`;
    /** Nothing that is counted (on the real clock or any other) is on the card. */
    function expectNoMilestone(el: RkMilestoneCard) {
      for (const name of ['tag-name', 'message', 'next', 'date', 'share']) expect(part(el, name), name).to.equal(null);
      expect(shadowText(el)).not.to.match(/NaN|Invalid|keytag|Congratulations|Welcome/);
    }

    it('shows the same clear error as the counter (attribute), in English and Spanish, instead of counting on the real clock', async () => {
      for (const now of ['2025-02-30', 'tomorrow', '2026-01-10T25:00']) {
        const el = await card(
          html`<rk-milestone-card lang="en" scheme="na" since="2026-01-01" now=${now} time-zone="UTC" name="Sam" show-date></rk-milestone-card>`,
        );
        expect(part(el, 'heading')).to.equal(en(now));
        expect(part(el, 'name')).to.equal('Sam');
        expectNoMilestone(el);
        await expect(el).to.be.accessible();
      }
      // A count of days needs `now` too.
      let el = await card(html`<rk-milestone-card lang="en" days="30" now="soon" time-zone="UTC"></rk-milestone-card>`);
      expect(part(el, 'heading')).to.equal(en('soon'));
      expectNoMilestone(el);
      el = await card(html`<rk-milestone-card lang="es" scheme="na" since="2026-01-01" now="ayer" time-zone="UTC" name="Ana"></rk-milestone-card>`);
      expect(part(el, 'heading')).to.equal('«ayer» no es una fecha válida. Use el formato AAAA-MM-DD, por ejemplo 2024-03-01.');
      expectNoMilestone(el);
      await expect(el).to.be.accessible();
    });

    it('from <rk-provider now> too, with no timers; a readable `now` brings the milestone back', async () => {
      const clock = new ManualClock(Date.UTC(2026, 0, 31, 12));
      const wrap = await fixture<RkProvider>(html`<rk-provider now="31/01/2026" .clock=${clock}>
        <rk-milestone-card lang="en" scheme="na" since="2026-01-01" time-zone="UTC" name="Sam"></rk-milestone-card>
        <rk-milestone-card lang="es" scheme="na" since="2026-01-01" time-zone="UTC" name="Ana"></rk-milestone-card>
      </rk-provider>`);
      const [el, es] = wrap.querySelectorAll('rk-milestone-card');
      await el.updateComplete;
      await es.updateComplete;
      expect(part(el, 'heading')).to.equal(en('31/01/2026'));
      expect(part(es, 'heading')).to.equal('«31/01/2026» no es una fecha válida. Use el formato AAAA-MM-DD, por ejemplo 2024-03-01.');
      expectNoMilestone(el);
      expect(clock.pending).to.equal(0);
      await expect(el).to.be.accessible();
      await expect(es).to.be.accessible();
      // Days passing on the real clock change nothing.
      clock.advance(86_400_000 * 40);
      await el.updateComplete;
      expect(part(el, 'heading')).to.equal(en('31/01/2026'));
      // A readable `now` on the card brings it back (still no timers: time is fixed).
      el.now = '2026-01-31';
      await el.updateComplete;
      expect(part(el, 'heading')).to.equal('30 days');
      expect(part(el, 'tag-name')).to.equal('Orange keytag');
      expect(part(el, 'share')).to.equal('Download image');
      expect(clock.pending).to.equal(0);
      // So does a readable `now` on the provider (the Spanish card follows it).
      wrap.now = '2026-01-31T12:00';
      await wrap.updateComplete;
      await es.updateComplete;
      expect(part(es, 'heading')).to.equal('30 días');
      expect(part(es, 'message')).to.equal('¡Felicidades, Ana! Sigue viniendo.');
      // Without any `now`, the provider's clock counts and wakes the cards at midnight.
      wrap.now = undefined;
      el.now = undefined;
      await wrap.updateComplete;
      await el.updateComplete;
      await es.updateComplete;
      expect(part(el, 'heading')).to.equal('60 days');
      expect(clock.pending).to.equal(2);
    });
  });

  describe('privacy', () => {
    it('never shows the sobriety date unless show-date is set', async () => {
      let el = await at('2025-08-31', '2026-02-28');
      expect(part(el, 'date')).to.equal(null);
      expect(shadowText(el)).not.to.match(/2025|Aug/);
      el = await card(
        html`<rk-milestone-card lang="en" show-date since="2025-08-31" now="2026-02-28T12:00" time-zone="UTC"></rk-milestone-card>`,
      );
      expect(part(el, 'date')).to.equal('Since August 31, 2025');
      await expect(el).to.be.accessible();
    });
  });

  describe('languages', () => {
    it('speaks Spanish', async () => {
      const el = await card(
        html`<rk-milestone-card lang="es" scheme="na" since="2026-01-01" now="2026-04-01T12:00" time-zone="UTC" name="Ana"></rk-milestone-card>`,
      );
      expect(part(el, 'heading')).to.equal('90 días');
      expect(part(el, 'tag-name')).to.equal('Llavero rojo');
      expect(part(el, 'message')).to.equal('¡Felicidades, Ana! Sigue viniendo.');
      expect(part(el, 'next')).to.equal('Siguiente: 6 meses, en 91 días');
      expect(part(el, 'share')).to.equal('Descargar imagen');
      await expect(el).to.be.accessible();
    });

    it('follows the page language and AA chips in Spanish', async () => {
      const wrap = await fixture<HTMLElement>(
        html`<div lang="es-MX"><rk-milestone-card scheme="aa" days="1" now="2026-05-01T12:00" time-zone="UTC"></rk-milestone-card></div>`,
      );
      const el = wrap.querySelector('rk-milestone-card')!;
      await el.updateComplete;
      expect(part(el, 'heading')).to.equal('24 horas');
      expect(part(el, 'tag-name')).to.equal('Ficha de color plateado');
      expect(part(el, 'message')).to.equal('Te damos la bienvenida. Nos alegra que estés aquí.');
    });
  });

  describe('custom scheme from scheme-src (real HTTP)', () => {
    it('loads a valid scheme with localized labels, colours and messages', async () => {
      const el = await card(html`<rk-milestone-card
        lang="en"
        scheme-src="/test/fixtures/milestones/scheme-valid.json"
        days="8"
        now="2026-05-01T12:00"
        time-zone="UTC"
      ></rk-milestone-card>`);
      await log.wait('rk-load', el);
      await schemeReady(el);
      expect(part(el, 'heading')).to.equal('First week');
      expect(part(el, 'message')).to.equal('One week. Proud of you.');
      expect(part(el, 'next')).to.equal('Next: 45 days, in 37 days');
      expect(part(el, 'warning')).to.equal(null);
      expect(getComputedStyle(el.shadowRoot!.querySelector('[part="tag"]')!).backgroundColor).to.equal('rgb(42, 125, 123)');
      await expect(el).to.be.accessible();
      el.setAttribute('lang', 'es');
      await el.updateComplete;
      expect(part(el, 'heading')).to.equal('Primera semana');
      expect(part(el, 'next')).to.equal('Siguiente: 45 days, en 37 días');
    });

    it('skips bad entries and says how many, in both languages', async () => {
      const el = await card(html`<rk-milestone-card
        lang="en"
        scheme-src="/test/fixtures/milestones/scheme-mixed.json"
        days="95"
        now="2026-05-01T12:00"
        time-zone="UTC"
      ></rk-milestone-card>`);
      await log.wait('rk-load', el);
      await schemeReady(el);
      // Entry 3 ("60" as a string) and 5 (a bad colour) are skipped, so day 95 is still "Thirty".
      expect(part(el, 'heading')).to.equal('Thirty');
      expect(part(el, 'next')).to.equal('Next: Six months, in 86 days');
      expect(part(el, 'warning')).to.equal('2 milestones in the scheme were skipped (entries 3 and 5).');
      await expect(el).to.be.accessible();
      el.setAttribute('lang', 'es');
      await el.updateComplete;
      expect(part(el, 'warning')).to.equal('Se omitieron 2 hitos del esquema (entradas 3 y 5).');
    });

    it('shows a loading status, then falls back to the built-in scheme on errors', async () => {
      let el = await card(html`<rk-milestone-card
        lang="en"
        scheme="na"
        scheme-src=${'/__rk/slow?ms=300&file=test/fixtures/milestones/scheme-valid.json'}
        days="30"
      ></rk-milestone-card>`);
      expect(part(el, 'status')).to.equal('Loading…');
      await expect(el).to.be.accessible();
      expect(el.shadowRoot!.querySelector('[part="tag"]')).to.equal(null);
      await log.wait('rk-load', el);
      await schemeReady(el);
      expect(part(el, 'heading')).to.equal('First week');

      el = await card(html`<rk-milestone-card lang="en" scheme="na" scheme-src="/__rk/status/404" days="30"></rk-milestone-card>`);
      const err = await log.wait<{ status: number }>('rk-error', el);
      expect(err.detail.status).to.equal(404);
      await el.updateComplete;
      const alert = el.shadowRoot!.querySelector('[role="alert"]')!.textContent!.replace(/\s+/g, ' ');
      expect(alert).to.contain('Could not load the milestone scheme');
      expect(alert).to.contain('not found (404)');
      expect(part(el, 'heading')).to.equal('30 days');
      expect(part(el, 'tag-name')).to.equal('Orange keytag');
      await expect(el).to.be.accessible();

      el = await card(html`<rk-milestone-card lang="en" scheme="na" scheme-src="/__rk/invalid-json" days="30"></rk-milestone-card>`);
      await log.wait('rk-error', el);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('not valid JSON');

      el = await card(html`<rk-milestone-card lang="en" scheme="na" scheme-src="/test/fixtures/milestones/not-a-scheme.json" days="30"></rk-milestone-card>`);
      await log.wait('rk-load', el);
      await schemeReady(el);
      expect(part(el, 'warning')).to.equal('The milestone scheme is not a list of milestones; showing the standard milestones.');
      expect(part(el, 'heading')).to.equal('30 days');
      await expect(el).to.be.accessible();
    });
  });

  describe('sharing', () => {
    it('shares a PNG through the Web Share API when files can be shared', async () => {
      const stub = stubShare(() => Promise.resolve());
      try {
        const el = await card(html`<rk-milestone-card lang="en" scheme="na" days="90" name="Sam" now="2026-05-01T12:00" time-zone="UTC"></rk-milestone-card>`);
        const clicks = downloads(el);
        expect(part(el, 'share')).to.equal('Share image');
        await expect(el).to.be.accessible();
        button(el).click();
        const ev = await log.wait<RkShareDetail>('rk-share', el);
        expect(ev.detail.method).to.equal('share');
        expect(ev.detail.size).to.equal('square');
        expect(stub.calls).to.have.length(1);
        const file = stub.calls[0].files![0];
        expect(file.type).to.equal('image/png');
        expect(file.name).to.equal('90-days.png');
        expect(file).to.equal(ev.detail.file);
        expect(clicks).to.have.length(0);
      } finally {
        stub.restore();
      }
    });

    it('downloads the image where sharing files is not possible', async () => {
      expect('canShare' in navigator && navigator.canShare({ files: [new File([], 'x.png', { type: 'image/png' })] })).to.equal(false);
      const el = await card(html`<rk-milestone-card lang="en" scheme="na" days="30" now="2026-05-01T12:00" time-zone="UTC"></rk-milestone-card>`);
      const clicks = downloads(el);
      expect(part(el, 'share')).to.equal('Download image');
      button(el).click();
      const ev = await log.wait<RkShareDetail>('rk-share', el);
      expect(ev.detail.method).to.equal('download');
      expect(clicks).to.have.length(1);
      expect(clicks[0].download).to.equal('30-days.png');
      expect(clicks[0].href).to.match(/^blob:/);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('Image downloaded.');
      expect(el.shadowRoot!.querySelector('a')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('falls back to a download after NotAllowedError (an iframe without web-share), with no console error', async () => {
      const stub = stubShare(() => Promise.reject(new DOMException('refused', 'NotAllowedError')));
      const errors = captureConsoleErrors();
      try {
        const el = await card(html`<rk-milestone-card lang="en" scheme="aa" days="60" now="2026-05-01T12:00" time-zone="UTC"></rk-milestone-card>`);
        const clicks = downloads(el);
        button(el).click();
        const ev = await log.wait<RkShareDetail>('rk-share', el);
        expect(stub.calls).to.have.length(1);
        expect(ev.detail.method).to.equal('download');
        expect(clicks).to.have.length(1);
        expect(errors.list).to.deep.equal([]);
      } finally {
        errors.restore();
        stub.restore();
      }
    });

    it('does nothing when the person cancels the share sheet (AbortError): no download, no rk-share, no error', async () => {
      let cancelled!: () => void;
      const sheetClosed = new Promise<void>((r) => (cancelled = r));
      const stub = stubShare(() => {
        queueMicrotask(cancelled);
        return Promise.reject(new DOMException('Share canceled', 'AbortError'));
      });
      const errors = captureConsoleErrors();
      try {
        const el = await card(html`<rk-milestone-card lang="en" scheme="aa" days="60" now="2026-05-01T12:00" time-zone="UTC"></rk-milestone-card>`);
        const clicks = downloads(el);
        expect(part(el, 'share')).to.equal('Share image');
        button(el).click();
        await sheetClosed;
        // Give the card every chance to (wrongly) fall back: the drawing, the download, the event.
        await new Promise((r) => setTimeout(r, 300));
        await el.updateComplete;
        expect(stub.calls).to.have.length(1);
        expect(clicks).to.have.length(0);
        expect(log.of('rk-share', el)).to.have.length(0);
        expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('');
        expect(errors.list).to.deep.equal([]);
        await expect(el).to.be.accessible();
        // The button still works: the next try shares.
        stub.restore();
        const again = stubShare(() => Promise.resolve());
        try {
          button(el).click();
          const ev = await log.wait<RkShareDetail>('rk-share', el);
          expect(ev.detail.method).to.equal('share');
          expect(clicks).to.have.length(0);
        } finally {
          again.restore();
        }
      } finally {
        errors.restore();
        stub.restore();
      }
    });

    it('draws 1080x1080 and 1200x630 images', async () => {
      for (const [size, w, h] of [
        ['square', 1080, 1080],
        ['wide', 1200, 630],
      ] as const) {
        const el = await card(html`<rk-milestone-card
          lang="en"
          scheme="na"
          days="365"
          name="Sam"
          share-size=${size}
          now="2026-05-01T12:00"
          time-zone="UTC"
        ></rk-milestone-card>`);
        downloads(el);
        button(el).click();
        const ev = await waitUntil(() => log.of<RkShareDetail>('rk-share', el)[0], 'no rk-share', { timeout: 5000 }).then(
          () => log.of<RkShareDetail>('rk-share', el)[0],
        );
        expect(ev.detail.size).to.equal(size);
        const bitmap = await createImageBitmap(ev.detail.file);
        expect([bitmap.width, bitmap.height]).to.deep.equal([w, h]);
      }
    });
  });

  describe('celebration', () => {
    const animations = (el: HTMLElement) => el.shadowRoot!.querySelector('[part="tag"]')!.getAnimations();

    it('animates once when the card comes into view', async () => {
      const el = await card(html`<rk-milestone-card days="30" scheme="na" now="2026-05-01T12:00" time-zone="UTC"></rk-milestone-card>`);
      await waitUntil(() => animations(el).length > 0, 'no celebration');
      await expect(el).to.be.accessible();
    });

    it('does not animate with the reduced-motion attribute', async () => {
      const el = await card(html`<rk-milestone-card reduced-motion days="30" scheme="na" now="2026-05-01T12:00" time-zone="UTC"></rk-milestone-card>`);
      await new Promise((r) => setTimeout(r, 100));
      expect(animations(el)).to.have.length(0);
    });

    it('does not animate under prefers-reduced-motion: reduce (the attribute where the engine cannot emulate it)', async () => {
      const emulated = await emulateReducedMotion();
      try {
        const el = emulated
          ? await card(html`<rk-milestone-card days="365" scheme="na" now="2026-05-01T12:00" time-zone="UTC"></rk-milestone-card>`)
          : await card(html`<rk-milestone-card reduced-motion days="365" scheme="na" now="2026-05-01T12:00" time-zone="UTC"></rk-milestone-card>`);
        await new Promise((r) => setTimeout(r, 100));
        expect(animations(el)).to.have.length(0);
        await expect(el).to.be.accessible();
      } finally {
        await resetReducedMotion();
      }
    });
  });
});
