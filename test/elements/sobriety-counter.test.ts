import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/provider/define.js';
import '../../src/elements/sobriety-counter/define.js';
import { RkSobrietyCounter } from '../../src/elements/sobriety-counter/sobriety-counter.js';
import { ManualClock } from '../../src/base/clock.js';
import type { RkProvider } from '../../src/elements/provider/provider.js';
import { EventLog } from '../helpers/events.js';

const KEY = 'recovery-kit:sobriety-counter:default';
const root = (el: HTMLElement) => el.shadowRoot!;
const part = (el: HTMLElement, name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (el: HTMLElement, name: string) => part(el, name)?.textContent!.replace(/\s+/g, ' ').trim();
const all = (el: HTMLElement) => root(el).textContent!.replace(/\s+/g, ' ');
const live = (el: HTMLElement) => root(el).querySelector('[role="status"]')!.textContent!.trim();
const dateInput = (el: HTMLElement) => root(el).querySelector<HTMLInputElement>('input[type="date"]')!;
const checkbox = (el: HTMLElement) => root(el).querySelector<HTMLInputElement>('input[type="checkbox"]');
const button = (el: HTMLElement, name: string) =>
  [...root(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === name);

async function enter(el: RkSobrietyCounter, value: string) {
  const input = dateInput(el);
  input.value = value;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

async function counter(attrs: string) {
  const wrap = await fixture<HTMLElement>(html`<div></div>`);
  // Attributes as a site would write them (tests the attribute -> property mapping too).
  const lang = attrs.includes('lang=') ? '' : 'lang="en" ';
  wrap.insertAdjacentHTML('beforeend', `<rk-sobriety-counter ${lang}${attrs}></rk-sobriety-counter>`);
  const el = wrap.querySelector('rk-sobriety-counter')!;
  await el.updateComplete;
  return el;
}

describe('<rk-sobriety-counter>', () => {
  afterEach(() => localStorage.clear());

  it('shows total days, the years/months/days breakdown and the next milestone for a known date', async () => {
    const el = await counter('since="2024-03-01" now="2025-06-15T12:00" time-zone="UTC"');
    expect(text(el, 'count')).to.equal('471 days');
    expect(text(el, 'number')).to.equal('471');
    expect(text(el, 'breakdown')).to.equal('1 year, 3 months, and 14 days');
    expect(text(el, 'milestone')).to.equal('78 days until 18 months (Sep 1, 2025)');
    expect(all(el)).not.to.contain('NaN');
    expect(live(el)).to.equal('');
    // The counter itself is not a live region: only the hidden status is.
    expect(part(el, 'base')!.hasAttribute('aria-live')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('counts a Feb 29 date by the clamped anniversary: one year on Feb 28', async () => {
    const el = await counter('since="2024-02-29" now="2025-02-28" time-zone="UTC"');
    expect(text(el, 'count')).to.equal('365 days');
    expect(text(el, 'breakdown')).to.equal('1 year');
    const milestones = [...root(el).querySelectorAll('[part="milestone"]')].map((p) => p.textContent!.replace(/\s+/g, ' ').trim());
    expect(milestones).to.deep.equal(['Today: 1 year!', '182 days until 18 months (Aug 29, 2025)']);
    const leap = await counter('since="2020-02-29" now="2024-02-28" time-zone="UTC"');
    expect(text(leap, 'breakdown')).to.equal('3 years, 11 months, and 30 days');
    expect(text(leap, 'milestone')).to.equal('Tomorrow: 4 years (Feb 29, 2024)');
  });

  it('counts month ends by the clamped anniversary (Jan 31 + 1 month = Feb 28)', async () => {
    const feb = await counter('since="2025-01-31" now="2025-02-28" time-zone="UTC"');
    expect(text(feb, 'count')).to.equal('28 days');
    expect(text(feb, 'breakdown')).to.equal('1 month');
    const mar = await counter('since="2025-01-31" now="2025-03-30" time-zone="UTC"');
    expect(text(mar, 'count')).to.equal('58 days');
    expect(text(mar, 'breakdown')).to.equal('1 month and 30 days');
    expect(text(mar, 'milestone')).to.equal('2 days until 60 days (Apr 1, 2025)');
  });

  it('hides the breakdown under a month and says "1 day" in the singular', async () => {
    const el = await counter('since="2026-01-01" now="2026-01-02" time-zone="UTC"');
    expect(text(el, 'count')).to.equal('1 day');
    expect(part(el, 'breakdown')).to.equal(null);
    const lines = [...root(el).querySelectorAll('[part="milestone"]')].map((p) => p.textContent!.replace(/\s+/g, ' ').trim());
    expect(lines).to.deep.equal(['Today: 1 day!', '6 days until 7 days (Jan 8, 2026)']);
  });

  it('shows a future date as "starts in N days", never negative numbers', async () => {
    const el = await counter('since="2026-12-25" now="2026-12-20T10:00" time-zone="UTC"');
    expect(text(el, 'future')).to.equal('Starts in 5 days');
    expect(all(el)).to.contain('Start date: December 25, 2026');
    expect(part(el, 'count')).to.equal(null);
    expect(all(el)).not.to.match(/-\d/);
    await expect(el).to.be.accessible();
    const later = await counter('since="2026-12-20T18:00" now="2026-12-20T10:00" time-zone="UTC"');
    expect(text(later, 'future')).to.equal('Starts later today');
  });

  it('shows a clear error for an invalid date, not NaN', async () => {
    for (const since of ['2025-02-30', 'yesterday']) {
      const el = await counter(`since="${since}" now="2026-01-01" time-zone="UTC"`);
      expect(text(el, 'error')).to.equal(`“${since}” is not a date we can read. Use the form YYYY-MM-DD, for example 2024-03-01.`);
      expect(part(el, 'count')).to.equal(null);
      expect(all(el)).not.to.contain('NaN');
      await expect(el).to.be.accessible();
    }
    const es = await counter('lang="es" since="2025-02-30" now="2026-01-01" time-zone="UTC"');
    expect(text(es, 'error')).to.contain('«2025-02-30» no es una fecha válida');
  });

  it('shows the same clear error for an unreadable `now` (attribute or provider) instead of counting on the real clock', async () => {
    for (const now of ['2025-02-30', 'tomorrow', '2026-01-10T25:00']) {
      const el = await counter(`since="2024-03-01" now="${now}" time-zone="UTC"`);
      expect(text(el, 'error')).to.equal(`“${now}” is not a date we can read. Use the form YYYY-MM-DD, for example 2024-03-01.`);
      expect(part(el, 'count')).to.equal(null);
      expect(part(el, 'milestone')).to.equal(null);
      expect(all(el)).not.to.contain('NaN');
      await expect(el).to.be.accessible();
    }
    const es = await counter('lang="es" since="2024-03-01" now="ayer" time-zone="UTC"');
    expect(text(es, 'error')).to.equal('«ayer» no es una fecha válida. Use el formato AAAA-MM-DD, por ejemplo 2024-03-01.');
    // From <rk-provider now>: the same, and no timers run on the real clock.
    const clock = new ManualClock(Date.UTC(2026, 0, 31, 12));
    const wrap = await fixture<RkProvider>(html`<rk-provider now="31/01/2026" .clock=${clock}>
      <rk-sobriety-counter lang="en" since="2026-01-01" time-zone="UTC"></rk-sobriety-counter>
    </rk-provider>`);
    const el = wrap.querySelector('rk-sobriety-counter')!;
    await el.updateComplete;
    expect(text(el, 'error')).to.equal('“31/01/2026” is not a date we can read. Use the form YYYY-MM-DD, for example 2024-03-01.');
    expect(part(el, 'count')).to.equal(null);
    expect(clock.pending).to.equal(0);
    // A readable `now` brings the count back.
    el.now = '2026-01-31';
    await el.updateComplete;
    expect(part(el, 'error')).to.equal(null);
    expect(text(el, 'count')).to.equal('30 days');
  });

  it('counts the same instant in different zones as different days', async () => {
    const utc = await counter('since="2026-02-01" now="2026-03-01T03:00Z" time-zone="UTC"');
    const la = await counter('since="2026-02-01" now="2026-03-01T03:00Z" time-zone="America/Los_Angeles"');
    expect(text(utc, 'count')).to.equal('28 days');
    expect(text(la, 'count')).to.equal('27 days');
    expect(text(utc, 'breakdown')).to.equal('1 month');
    expect(part(la, 'breakdown')).to.equal(null);
  });

  it('reads a zone pasted with spaces around it (" Asia/Tokyo ") as that zone, with no note', async () => {
    // 2026-01-11T20:00Z is already January 12 in Tokyo: day 11, where UTC (and most viewers) say 10.
    const el = await counter('since="2026-01-01" now="2026-01-11T20:00Z" time-zone=" Asia/Tokyo "');
    expect(text(el, 'count')).to.equal('11 days');
    expect(part(el, 'note')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('falls back to the viewer zone for an unknown zone and says so quietly', async () => {
    const el = await counter('since="2026-01-01" now="2026-01-11T12:00Z" time-zone="Mars/Olympus"');
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(text(el, 'note')).to.equal(`Time zone “Mars/Olympus” is not known here; counting in ${zone}.`);
    expect(text(el, 'number')).to.match(/^1[01]$/);
    await expect(el).to.be.accessible();
  });

  it('uses the milestone scheme it is given (default, na, aa)', async () => {
    const base = 'since="2026-01-01" now="2026-01-01T08:00" time-zone="UTC"';
    // Day 0: one day left reads "Tomorrow", and a count that would repeat the label ("30 days
    // until 30 days", "1 day until 1 day") is left out.
    expect(text(await counter(base), 'milestone')).to.equal('Tomorrow: 1 day (Jan 2, 2026)');
    expect(text(await counter(`${base} scheme="na"`), 'milestone')).to.equal('Next: 30 days (Jan 31, 2026)');
    expect(text(await counter(`${base} scheme="aa"`), 'milestone')).to.equal('Tomorrow: 24 hours (Jan 2, 2026)');
    expect(text(await counter(`${base} scheme="nope"`), 'milestone')).to.equal('Tomorrow: 1 day (Jan 2, 2026)');
    expect(text(await counter('since="2026-01-01" now="2026-01-29T08:00" time-zone="UTC" scheme="na"'), 'milestone')).to.equal('2 days until 30 days (Jan 31, 2026)');
    const na = await counter('since="2025-07-01" now="2026-01-01" time-zone="UTC" scheme="na"');
    const lines = [...root(na).querySelectorAll('[part="milestone"]')].map((p) => p.textContent!.replace(/\s+/g, ' ').trim());
    expect(lines).to.deep.equal(['Today: 6 months!', '90 days until 9 months (Apr 1, 2026)']);
  });

  it('shows live hours and minutes in the first days with show-hours', async () => {
    const el = await counter('since="2026-01-10T20:00" now="2026-01-11T09:30" time-zone="UTC" show-hours');
    expect(text(el, 'count')).to.equal('1 day');
    expect(text(el, 'hours')).to.equal('13 hours, 30 minutes');
    const bare = await counter('since="2026-01-10" now="2026-01-12T05:01" time-zone="UTC" show-hours');
    expect(text(bare, 'hours')).to.equal('53 hours, 1 minute');
    const without = await counter('since="2026-01-10T20:00" now="2026-01-11T09:30" time-zone="UTC"');
    expect(part(without, 'hours')).to.equal(null);
    const later = await counter('since="2026-01-01" now="2026-01-04T09:30" time-zone="UTC" show-hours');
    expect(part(later, 'hours')).to.equal(null);
  });

  it('shows money saved in the given currency and time saved', async () => {
    const el = await counter('since="2026-01-01" now="2026-01-11" time-zone="UTC" daily-cost="12.5" currency="EUR" daily-hours="3"');
    const items = [...part(el, 'savings')!.querySelectorAll('li')].map((li) => li.textContent!.trim());
    expect(items).to.deep.equal(['€125.00 saved', '1 day, 6 hours of time back']);
    const usd = await counter('since="2026-01-01" now="2026-01-11" time-zone="UTC" daily-cost="20"');
    expect(text(usd, 'savings')).to.equal('$200.00 saved');
    const none = await counter('since="2026-01-01" now="2026-01-11" time-zone="UTC"');
    expect(part(none, 'savings')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('has compact, card and hero variants, and a caption', async () => {
    for (const variant of ['compact', 'card', 'hero']) {
      const el = await counter(`since="2024-03-01" now="2025-06-15" time-zone="UTC" variant="${variant}" label="Clean time"`);
      expect(el.variant).to.equal(variant);
      expect(text(el, 'label')).to.equal('Clean time');
      expect(text(el, 'number')).to.equal('471');
      await expect(el).to.be.accessible();
    }
    const compact = await counter('since="2024-03-01" now="2025-06-15" time-zone="UTC" variant="compact"');
    const hero = await counter('since="2024-03-01" now="2025-06-15" time-zone="UTC" variant="hero"');
    const size = (el: HTMLElement) => parseFloat(getComputedStyle(part(el, 'number')!).fontSize);
    expect(size(hero)).to.be.greaterThan(size(compact));
  });

  it('speaks Spanish', async () => {
    const el = await counter('lang="es" since="2024-03-01" now="2025-06-15" time-zone="UTC" daily-cost="10" currency="MXN"');
    expect(text(el, 'count')).to.equal('471 días');
    expect(text(el, 'breakdown')).to.equal('1 año, 3 meses y 14 días');
    expect(text(el, 'milestone')).to.match(/^Faltan 78 días para 18 meses \(1 sept? 2025\)$/);
    const day0 = await counter('lang="es" since="2026-01-01" now="2026-01-01T08:00" time-zone="UTC" scheme="na"');
    expect(text(day0, 'milestone')).to.match(/^Próximo: 30 días \(31 ene 2026\)$/);
    const tomorrow = await counter('lang="es" since="2026-01-01" now="2026-01-30T08:00" time-zone="UTC" scheme="na"');
    expect(text(tomorrow, 'milestone')).to.match(/^Mañana: 30 días \(31 ene 2026\)$/);
    await expect(tomorrow).to.be.accessible();
    expect(text(el, 'savings')).to.match(/^4710,00\sMXN ahorrados$/);
    const future = await counter('lang="es" since="2026-12-21" now="2026-12-20" time-zone="UTC"');
    expect(text(future, 'future')).to.equal('Empieza en 1 día');
    const wrap = await fixture<HTMLElement>(html`<div lang="es-MX"><rk-sobriety-counter editable></rk-sobriety-counter></div>`);
    const inner = wrap.querySelector('rk-sobriety-counter')!;
    await inner.updateComplete;
    expect(root(inner).querySelector('label')!.textContent).to.equal('Su fecha de sobriedad');
    await expect(el).to.be.accessible();
  });

  it('says "no start date" without since, and shows nothing broken', async () => {
    const el = await counter('now="2026-01-01"');
    expect(text(el, 'note')).to.equal('No start date yet.');
    await expect(el).to.be.accessible();
  });

  describe('editable', () => {
    it('lets a visitor enter a date; without opt-in nothing is stored', async () => {
      const log = new EventLog(['rk-change']);
      const el = await counter('editable now="2026-03-01T12:00" time-zone="UTC"');
      const input = dateInput(el);
      expect(root(el).querySelector(`label[for="${input.id}"]`)!.textContent).to.equal('Your sobriety date');
      expect(checkbox(el)).to.equal(null);
      await expect(el).to.be.accessible();
      await enter(el, '2026-01-30');
      expect(text(el, 'count')).to.equal('30 days');
      expect(live(el)).to.equal('30 days');
      expect(log.of('rk-change', el).map((e) => e.detail)).to.deep.equal([{ since: '2026-01-30' }]);
      expect(localStorage.length).to.equal(0);
      await expect(el).to.be.accessible();
      log.dispose();
    });

    it('offers "Remember on this device" only with storage="local", unchecked; still stores nothing until ticked', async () => {
      const el = await counter('editable storage="local" now="2026-03-01T12:00" time-zone="UTC"');
      const box = checkbox(el)!;
      expect(box.checked).to.equal(false);
      expect(box.closest('label')!.textContent!.trim()).to.equal('Remember on this device');
      await enter(el, '2026-02-01');
      expect(text(el, 'count')).to.equal('28 days');
      expect(localStorage.length).to.equal(0);
      expect(button(el, 'Forget this date')).to.equal(undefined);
      await expect(el).to.be.accessible();
    });

    it('stores with opt-in, restores on the next visit, and forgets with one click', async () => {
      const log = new EventLog(['rk-change']);
      const el = await counter('editable storage="local" now="2026-03-01T12:00" time-zone="UTC"');
      await enter(el, '2026-02-01');
      checkbox(el)!.click();
      await el.updateComplete;
      expect(localStorage.getItem(KEY)).to.equal('2026-02-01');
      expect(Object.keys(localStorage)).to.deep.equal([KEY]);
      await enter(el, '2026-02-10');
      expect(localStorage.getItem(KEY)).to.equal('2026-02-10');

      const again = await counter('editable storage="local" now="2026-03-01T12:00" time-zone="UTC"');
      expect(dateInput(again).value).to.equal('2026-02-10');
      expect(checkbox(again)!.checked).to.equal(true);
      expect(text(again, 'count')).to.equal('19 days');
      await expect(again).to.be.accessible();

      button(again, 'Forget this date')!.click();
      await again.updateComplete;
      expect(localStorage.getItem(KEY)).to.equal(null);
      expect(checkbox(again)!.checked).to.equal(false);
      expect(part(again, 'count')).to.equal(null);
      expect(live(again)).to.equal('The date was removed from this device.');
      expect(log.of('rk-change', again).at(-1)!.detail).to.deep.equal({ since: null });
      log.dispose();
    });

    it('unticking "Remember" removes the stored date; storage-key namespaces the slot', async () => {
      const el = await counter('editable storage="local" storage-key="alumni" now="2026-03-01T12:00" time-zone="UTC"');
      await enter(el, '2026-02-01');
      checkbox(el)!.click();
      await el.updateComplete;
      expect(localStorage.getItem('recovery-kit:sobriety-counter:alumni')).to.equal('2026-02-01');
      checkbox(el)!.click();
      await el.updateComplete;
      expect(localStorage.length).to.equal(0);
      expect(text(el, 'count')).to.equal('28 days');
    });

    it('ignores a stored value that is not a date', async () => {
      localStorage.setItem(KEY, 'garbage');
      const el = await counter('editable storage="local" now="2026-03-01T12:00" time-zone="UTC"');
      expect(dateInput(el).value).to.equal('');
      expect(checkbox(el)!.checked).to.equal(false);
    });

    it('"A new start" clears the date gently, and Undo brings it back', async () => {
      const log = new EventLog(['rk-change']);
      const el = await counter('editable storage="local" now="2026-03-01T12:00" time-zone="UTC"');
      await enter(el, '2026-02-01');
      checkbox(el)!.click();
      await el.updateComplete;
      button(el, 'A new start')!.click();
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 0));
      expect(part(el, 'count')).to.equal(null);
      expect(dateInput(el).value).to.equal('');
      expect(el.shadowRoot!.activeElement).to.equal(dateInput(el));
      expect(live(el)).to.equal('Ready for a new start. Enter the date whenever you are ready.');
      expect(localStorage.getItem(KEY)).to.equal(null);
      await expect(el).to.be.accessible();
      button(el, 'Undo')!.click();
      await el.updateComplete;
      expect(text(el, 'count')).to.equal('28 days');
      expect(localStorage.getItem(KEY)).to.equal('2026-02-01');
      expect(log.of('rk-change', el).map((e) => e.detail)).to.deep.equal([{ since: '2026-02-01' }, { since: null }, { since: '2026-02-01' }]);
      // A new date after the new start.
      button(el, 'A new start')!.click();
      await el.updateComplete;
      await enter(el, '2026-03-01');
      expect(text(el, 'count')).to.equal('0 days');
      expect(button(el, 'Undo')).to.equal(undefined);
      expect(localStorage.getItem(KEY)).to.equal('2026-03-01');
      log.dispose();
    });

    it('accepts a future date and validates the year', async () => {
      const el = await counter('editable now="2026-03-01T12:00" time-zone="UTC"');
      await enter(el, '2026-03-08');
      expect(text(el, 'future')).to.equal('Starts in 7 days');
      expect(live(el)).to.equal('Starts in 7 days');
      await expect(el).to.be.accessible();
      await enter(el, '0202-03-08');
      const input = dateInput(el);
      // Mid-typing values (Chrome fires change per year digit) are not flagged until blur.
      expect(input.getAttribute('aria-invalid')).to.equal('false');
      input.dispatchEvent(new Event('blur'));
      await el.updateComplete;
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      const err = part(el, 'error')!;
      expect(err.textContent).to.equal('Check the year: four digits, 1900 or later.');
      expect(input.getAttribute('aria-describedby')).to.contain(err.id);
      // The last good date still counts.
      expect(text(el, 'future')).to.equal('Starts in 7 days');
      await expect(el).to.be.accessible();
      await enter(el, '2026-03-09');
      expect(input.getAttribute('aria-invalid')).to.equal('false');
      expect(part(el, 'error')).to.equal(null);
      expect(text(el, 'future')).to.equal('Starts in 8 days');
      // A fifth and sixth year digit (date fields take up to six): flagged, nothing changes or is sent.
      const log = new EventLog(['rk-change']);
      await enter(el, '202603-03-09');
      expect(log.of('rk-change', el)).to.have.length(0);
      input.dispatchEvent(new Event('blur'));
      await el.updateComplete;
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(part(el, 'error')!.textContent).to.equal('Check the year: four digits, 1900 or later.');
      expect(text(el, 'future')).to.equal('Starts in 8 days');
      expect(root(el).textContent).to.not.contain('is not a date we can read');
      await expect(el).to.be.accessible();
      log.dispose();
    });

    it('ignores editable when since is given', async () => {
      const el = await counter('editable since="2026-01-01" now="2026-01-11" time-zone="UTC"');
      expect(root(el).querySelector('input')).to.equal(null);
      expect(text(el, 'count')).to.equal('10 days');
    });
  });

  describe('live updates', () => {
    it('rolls over at local midnight, fires rk-milestone and announces it politely', async () => {
      const log = new EventLog(['rk-milestone']);
      // 23:59 in Chicago on Jan 30 (day 29 of a Jan 1 date).
      const clock = new ManualClock(Date.UTC(2026, 0, 31, 5, 59));
      const wrap = await fixture<RkProvider>(html`<rk-provider time-zone="America/Chicago" locale="en" .clock=${clock}>
        <rk-sobriety-counter since="2026-01-01"></rk-sobriety-counter>
      </rk-provider>`);
      const el = wrap.querySelector('rk-sobriety-counter')!;
      await el.updateComplete;
      expect(text(el, 'count')).to.equal('29 days');
      expect(live(el)).to.equal('');
      expect(clock.pending).to.equal(1);
      clock.advance(30_000);
      await el.updateComplete;
      expect(text(el, 'count')).to.equal('29 days');
      clock.advance(30_000);
      await el.updateComplete;
      expect(text(el, 'count')).to.equal('30 days');
      expect(live(el)).to.equal('Milestone reached: 30 days! Now 30 days.');
      const events = log.of<{ id: string; label: string; days: number; date: string }>('rk-milestone', el);
      expect(events.map((e) => e.detail)).to.deep.equal([{ id: 'default-30d', label: '30 days', days: 30, date: '2026-01-31' }]);
      expect(events[0].bubbles && events[0].composed).to.equal(true);
      // The next day: only the day count is announced, no event.
      clock.advance(24 * 3600_000);
      await el.updateComplete;
      expect(text(el, 'count')).to.equal('31 days');
      expect(live(el)).to.equal('Now 31 days.');
      expect(log.of('rk-milestone', el)).to.have.length(1);
      await expect(el).to.be.accessible();
      el.remove();
      expect(clock.pending).to.equal(0);
      log.dispose();
    });

    it('does not fire rk-milestone for milestones already reached at load, or when the date changes', async () => {
      const log = new EventLog(['rk-milestone']);
      const clock = new ManualClock(Date.UTC(2026, 0, 31, 12));
      const wrap = await fixture<RkProvider>(html`<rk-provider time-zone="UTC" .clock=${clock}>
        <rk-sobriety-counter lang="en" since="2026-01-01"></rk-sobriety-counter>
      </rk-provider>`);
      const el = wrap.querySelector('rk-sobriety-counter')!;
      await el.updateComplete;
      expect(text(el, 'milestone')).to.equal('Today: 30 days!');
      el.since = '2025-12-02';
      await el.updateComplete;
      expect(text(el, 'count')).to.equal('60 days');
      expect(log.of('rk-milestone')).to.have.length(0);
      expect(live(el)).to.equal('');
      log.dispose();
    });

    it('updates hours every minute while they show, without announcing them', async () => {
      const clock = new ManualClock(Date.UTC(2026, 0, 11, 9, 30, 20));
      const wrap = await fixture<RkProvider>(html`<rk-provider time-zone="UTC" .clock=${clock}>
        <rk-sobriety-counter lang="en" since="2026-01-10T20:00" show-hours></rk-sobriety-counter>
      </rk-provider>`);
      const el = wrap.querySelector('rk-sobriety-counter')!;
      await el.updateComplete;
      expect(text(el, 'hours')).to.equal('13 hours, 30 minutes');
      expect(clock.pending).to.equal(2);
      clock.advance(40_000);
      await el.updateComplete;
      expect(text(el, 'hours')).to.equal('13 hours, 31 minutes');
      expect(live(el)).to.equal('');
      el.remove();
      expect(clock.pending).to.equal(0);
    });

    it('uses the zone for the rollover: the same clock rolls over at different instants', async () => {
      const clock = new ManualClock(Date.UTC(2026, 0, 31, 0, 30));
      const wrap = await fixture<RkProvider>(html`<rk-provider .clock=${clock}>
        <rk-sobriety-counter lang="en" since="2026-01-01" time-zone="UTC"></rk-sobriety-counter>
        <rk-sobriety-counter lang="en" since="2026-01-01" time-zone="Asia/Tokyo"></rk-sobriety-counter>
      </rk-provider>`);
      const [utc, tokyo] = wrap.querySelectorAll('rk-sobriety-counter');
      await utc.updateComplete;
      await tokyo.updateComplete;
      expect(text(utc, 'count')).to.equal('30 days');
      expect(text(tokyo, 'count')).to.equal('30 days');
      clock.advance(15 * 3600_000);
      await utc.updateComplete;
      await tokyo.updateComplete;
      expect(text(utc, 'count')).to.equal('30 days');
      expect(text(tokyo, 'count')).to.equal('31 days');
    });

    it('schedules nothing when time is frozen by `now`', async () => {
      const clock = new ManualClock(Date.UTC(2026, 0, 31, 12));
      const wrap = await fixture<RkProvider>(html`<rk-provider .clock=${clock}>
        <rk-sobriety-counter since="2026-01-01" now="2026-01-20" show-hours></rk-sobriety-counter>
      </rk-provider>`);
      await wrap.querySelector('rk-sobriety-counter')!.updateComplete;
      expect(clock.pending).to.equal(0);
    });
  });

  it('registers without throwing when defined twice', () => {
    expect(() => RkSobrietyCounter.define('rk-sobriety-counter')).not.to.throw();
    expect(customElements.get('rk-sobriety-counter')).to.equal(RkSobrietyCounter);
  });
});
