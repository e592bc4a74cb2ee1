import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/provider/define.js';
import '../../src/elements/milestone-wall/define.js';
import type { RkMilestoneWall } from '../../src/elements/milestone-wall/milestone-wall.js';
import type { RkMilestoneCard } from '../../src/elements/milestone-card/milestone-card.js';
import { ManualClock } from '../../src/base/clock.js';
import type { RkProvider } from '../../src/elements/provider/provider.js';
import { emulateReducedMotion, resetReducedMotion } from '../helpers/media.js';
import { EventLog } from '../helpers/events.js';

const WALL = '/test/fixtures/milestones/wall.json';
const NOW = '2026-05-20T12:00';

const clean = (s: string | null | undefined) => s?.replace(/\s+/g, ' ').trim() ?? null;
const part = (root: HTMLElement, name: string) => clean(root.shadowRoot!.querySelector(`[part~="${name}"]`)?.textContent);
const cards = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll<RkMilestoneCard>('rk-milestone-card')];

/** Group heading (without its count) -> "name: milestone" of each card in it, in order. */
function groups(el: HTMLElement): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const g of el.shadowRoot!.querySelectorAll('[part="group"]')) {
    out[clean(g.querySelector('[role="heading"]')!.textContent)!.replace(/ \([\d.,]+\)$/, '')] = [...g.querySelectorAll<RkMilestoneCard>('rk-milestone-card')].map(
      (c) => `${part(c, 'name')}: ${part(c, 'heading')}`,
    );
  }
  return out;
}

describe('<rk-milestone-wall>', () => {
  let log: EventLog;
  beforeEach(() => (log = new EventLog(['rk-load', 'rk-error'])));
  afterEach(() => log.dispose());

  async function wall(src: string, lang = 'en', extra = ''): Promise<RkMilestoneWall> {
    const el = await fixture<RkMilestoneWall>(
      html`<rk-milestone-wall lang=${lang} src=${src} now=${NOW} time-zone="UTC" reduced-motion ?share=${extra === 'share'}></rk-milestone-wall>`,
    );
    await log.wait(src.includes('__rk') ? 'rk-error' : 'rk-load', el);
    await el.updateComplete;
    await Promise.all(cards(el).map((c) => c.updateComplete));
    return el;
  }

  it('groups cards this week / this month / earlier, newest first, and counts bad entries', async () => {
    const el = await wall(WALL);
    expect(groups(el)).to.deep.equal({
      'This week': ['J.: 30 days', 'Sam: 90 days', 'Maria: 1 year'],
      'This month': ['R.K.: 90 days', 'Lee: 6 months'],
      Earlier: ['Alex: 2 years'],
    });
    expect(part(el, 'skipped')).to.equal('6 entries could not be shown.');
    const headings = [...el.shadowRoot!.querySelectorAll('[part="group-heading"]')];
    expect(headings.map((h) => clean(h.textContent))).to.deep.equal(['This week (3)', 'This month (2)', 'Earlier (1)']);
    expect(headings.map((h) => h.getAttribute('aria-level'))).to.deep.equal(['2', '2', '2']);
    // Six cards: far below a page, so no Show more.
    expect(part(el, 'more')).to.equal(null);
    expect(cards(el)[0].shadowRoot!.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('3');
    expect(el.shadowRoot!.querySelector('section')!.getAttribute('aria-label')).to.equal('Milestone celebrations');
    await expect(el).to.be.accessible();
  });

  it('uses each entry\'s scheme, message, and the wall scheme as the default', async () => {
    const el = await wall(WALL);
    const [j, sam, maria] = cards(el);
    expect(part(j, 'tag-name')).to.equal('Red chip');
    expect(part(sam, 'tag-name')).to.equal('Red keytag');
    expect(part(maria, 'tag-name')).to.equal(null);
    expect(part(maria, 'message')).to.equal('One year! We love you.');
    // No share buttons unless asked.
    expect(j.shadowRoot!.querySelector('[part="share"]')).to.equal(null);
  });

  it('moves cards between groups relative to now', async () => {
    const el = await wall(WALL);
    el.now = '2026-06-02T12:00';
    await el.updateComplete;
    await Promise.all(cards(el).map((c) => c.updateComplete));
    const g = groups(el);
    expect(g['This week']).to.deep.equal(['J.: 30 days']);
    expect(g['This month']).to.equal(undefined);
    // A count of days is a count today: R.K.'s 100 days are 100 days on June 2 too.
    expect(g.Earlier).to.deep.equal(['R.K.: 90 days', 'Sam: 90 days', 'Maria: 1 year', 'Lee: 6 months', 'Alex: 2 years']);
    await expect(el).to.be.accessible();
  });

  it('celebrates on its cards, except with reduced motion', async () => {
    const tagAnimations = (el: HTMLElement) =>
      cards(el).flatMap((c) => c.shadowRoot!.querySelector('[part="tag"]')!.getAnimations());
    let el = await fixture<RkMilestoneWall>(html`<rk-milestone-wall lang="en" src=${WALL} now=${NOW} time-zone="UTC"></rk-milestone-wall>`);
    await log.wait('rk-load', el);
    await waitUntil(() => tagAnimations(el).length > 0, 'no celebration');
    el = await wall(WALL);
    expect(cards(el).every((c) => c.reducedMotion)).to.equal(true);
    await new Promise((r) => setTimeout(r, 100));
    expect(tagAnimations(el)).to.have.length(0);
    // The media query itself, where the engine can emulate it (the attribute path is checked above).
    if (!(await emulateReducedMotion())) return;
    try {
      el = await fixture<RkMilestoneWall>(html`<rk-milestone-wall lang="en" src=${WALL} now=${NOW} time-zone="UTC"></rk-milestone-wall>`);
      await log.wait('rk-load', el);
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 100));
      expect(cards(el)).to.have.length(6);
      expect(tagAnimations(el)).to.have.length(0);
      await expect(el).to.be.accessible();
    } finally {
      await resetReducedMotion();
    }
  });

  it('never shows a sobriety date unless the entry has showDate', async () => {
    const el = await wall(WALL);
    const dates = cards(el).map((c) => part(c, 'date'));
    expect(dates).to.deep.equal([null, null, 'Since May 15, 2025', null, null, null]);
    for (const c of cards(el)) {
      expect(c.hasAttribute('since')).to.equal(false);
      if (part(c, 'name') !== 'Maria') expect(clean(c.shadowRoot!.textContent)).not.to.match(/20\d\d|Feb|Nov|Apr/);
    }
    expect(clean(el.shadowRoot!.textContent)).not.to.match(/2026-02-19|2025-11-08/);
  });

  it('speaks Spanish', async () => {
    const el = await wall(WALL, 'es');
    expect(Object.keys(groups(el))).to.deep.equal(['Esta semana', 'Este mes', 'Antes']);
    expect(groups(el)['Esta semana'][1]).to.equal('Sam: 90 días');
    expect(part(el, 'skipped')).to.equal('No se pudieron mostrar 6 entradas.');
    expect(part(cards(el)[2], 'date')).to.equal('Desde el 15 de mayo de 2025');
    await expect(el).to.be.accessible();
  });

  it('shows share buttons with `share`', async () => {
    const el = await wall(WALL, 'en', 'share');
    expect(part(cards(el)[0], 'share')).to.equal('Download image');
    await expect(el).to.be.accessible();
  });

  it('shows a loading status first', async () => {
    const el = await fixture<RkMilestoneWall>(
      html`<rk-milestone-wall lang="en" src=${'/__rk/slow?ms=300&file=test/fixtures/milestones/wall.json'} now=${NOW} time-zone="UTC"></rk-milestone-wall>`,
    );
    expect(part(el, 'status')).to.equal('Loading…');
    await expect(el).to.be.accessible();
    await log.wait('rk-load', el);
    await el.updateComplete;
    expect(part(el, 'status')).to.equal(null);
    expect(cards(el)).to.have.length(6);
  });

  it('says so when there is nothing to celebrate', async () => {
    let el = await wall('/test/fixtures/milestones/empty.json');
    expect(part(el, 'empty')).to.equal('No celebrations yet.');
    expect(part(el, 'skipped')).to.equal(null);
    await expect(el).to.be.accessible();
    el = await wall('/test/fixtures/milestones/empty.json', 'es');
    expect(part(el, 'empty')).to.equal('Todavía no hay celebraciones.');
  });

  describe('an unreadable `now`', () => {
    /** The counter's sentence (shared from base/load-messages*.ts). */
    const en = (now: string) => `“${now}” is not a date we can read. Use the form YYYY-MM-DD, for example 2024-03-01.`;
    /** Nothing grouped or counted (on the real clock or any other) is on the wall. */
    function expectNoCards(el: RkMilestoneWall) {
      expect(cards(el)).to.have.length(0);
      for (const name of ['group', 'empty', 'skipped']) expect(part(el, name), name).to.equal(null);
    }

    it('shows the same clear error as the counter (attribute), in English and Spanish, instead of grouping on the real clock', async () => {
      for (const now of ['2025-02-30', 'tomorrow', '2026-05-20T25:00']) {
        const el = await fixture<RkMilestoneWall>(html`<rk-milestone-wall lang="en" src=${WALL} now=${now} time-zone="UTC"></rk-milestone-wall>`);
        await log.wait('rk-load', el);
        await el.updateComplete;
        expect(part(el, 'error')).to.equal(en(now));
        expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
        expectNoCards(el);
        await expect(el).to.be.accessible();
      }
      // Also before the data is in, and for an empty list.
      let el = await fixture<RkMilestoneWall>(html`<rk-milestone-wall lang="en" src="/test/fixtures/milestones/empty.json" now="soon"></rk-milestone-wall>`);
      expect(part(el, 'error')).to.equal(en('soon'));
      await log.wait('rk-load', el);
      await el.updateComplete;
      expect(part(el, 'error')).to.equal(en('soon'));
      expectNoCards(el);
      el = await fixture<RkMilestoneWall>(html`<rk-milestone-wall lang="es" src=${WALL} now="ayer" time-zone="UTC"></rk-milestone-wall>`);
      await log.wait('rk-load', el);
      await el.updateComplete;
      expect(part(el, 'error')).to.equal('«ayer» no es una fecha válida. Use el formato AAAA-MM-DD, por ejemplo 2024-03-01.');
      expectNoCards(el);
      await expect(el).to.be.accessible();
    });

    it('from <rk-provider now> too, with no timers; a readable `now` brings the cards back', async () => {
      const clock = new ManualClock(Date.UTC(2026, 4, 20, 12));
      const wrap = await fixture<RkProvider>(html`<rk-provider now="20/05/2026" time-zone="UTC" .clock=${clock}>
        <rk-milestone-wall lang="en" src=${WALL} reduced-motion></rk-milestone-wall>
        <rk-milestone-wall lang="es" src=${WALL} reduced-motion></rk-milestone-wall>
      </rk-provider>`);
      const [el, es] = wrap.querySelectorAll('rk-milestone-wall');
      await Promise.all([log.wait('rk-load', el), log.wait('rk-load', es)]);
      await el.updateComplete;
      await es.updateComplete;
      expect(part(el, 'error')).to.equal(en('20/05/2026'));
      expect(part(es, 'error')).to.equal('«20/05/2026» no es una fecha válida. Use el formato AAAA-MM-DD, por ejemplo 2024-03-01.');
      expectNoCards(el);
      expectNoCards(es);
      expect(clock.pending).to.equal(0);
      await expect(el).to.be.accessible();
      await expect(es).to.be.accessible();
      // A readable `now` on the wall brings the cards back (no timers: time is fixed).
      el.now = NOW;
      await el.updateComplete;
      await Promise.all(cards(el).map((c) => c.updateComplete));
      expect(part(el, 'error')).to.equal(null);
      expect(groups(el)['This week']).to.deep.equal(['J.: 30 days', 'Sam: 90 days', 'Maria: 1 year']);
      expect(part(el, 'skipped')).to.equal('6 entries could not be shown.');
      expect(clock.pending).to.equal(0);
      // So does a readable `now` on the provider.
      wrap.now = NOW;
      await wrap.updateComplete;
      await es.updateComplete;
      await Promise.all(cards(es).map((c) => c.updateComplete));
      expect(part(es, 'error')).to.equal(null);
      expect(Object.keys(groups(es))).to.deep.equal(['Esta semana', 'Este mes', 'Antes']);
      expect(clock.pending).to.equal(0);
    });
  });

  it('reports a 404, invalid JSON and a non-list with the shared error state', async () => {
    let el = await wall('/__rk/status/404');
    let ev = log.of<{ status: number }>('rk-error', el)[0];
    expect(ev.detail.status).to.equal(404);
    let alert = clean(el.shadowRoot!.querySelector('[role="alert"]')!.textContent);
    expect(alert).to.contain('Could not load the celebrations');
    expect(alert).to.contain('not found (404)');
    expect(part(el, 'retry')).to.equal('Try again');
    expect(part(el, 'empty')).to.equal(null);
    await expect(el).to.be.accessible();

    el = await wall('/__rk/invalid-json');
    alert = clean(el.shadowRoot!.querySelector('[role="alert"]')!.textContent);
    expect(alert).to.contain('not valid JSON');
    await expect(el).to.be.accessible();

    el = await fixture<RkMilestoneWall>(html`<rk-milestone-wall lang="es" src="/test/fixtures/milestones/wall-object.json"></rk-milestone-wall>`);
    ev = await log.wait('rk-error', el);
    expect(ev.detail).to.include({ code: 'parse' });
    await el.updateComplete;
    expect(clean(el.shadowRoot!.querySelector('[role="alert"]')!.textContent)).to.contain('No se pudieron cargar las celebraciones');
    // Valid JSON, but not a list: said so, not "not valid JSON".
    expect(clean(el.shadowRoot!.querySelector('[role="alert"]')!.textContent)).to.contain('Esta dirección no da una lista de celebraciones.');
    await expect(el).to.be.accessible();
    el = await fixture<RkMilestoneWall>(html`<rk-milestone-wall src="/test/fixtures/milestones/wall-object.json"></rk-milestone-wall>`);
    await log.wait('rk-error', el);
    await el.updateComplete;
    alert = clean(el.shadowRoot!.querySelector('[role="alert"]')!.textContent);
    expect(alert).to.contain('This address does not give a list of celebrations.');
    expect(alert).to.not.contain('not valid JSON');
  });
});
