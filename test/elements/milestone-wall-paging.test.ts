import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/milestone-wall/define.js';
import type { RkMilestoneWall } from '../../src/elements/milestone-wall/milestone-wall.js';
import type { RkMilestoneCard } from '../../src/elements/milestone-card/milestone-card.js';
import { EventLog } from '../helpers/events.js';
import { emulatePrint } from '../helpers/media.js';

/**
 * 44 entries: 15 this week (W01-W15), 5 this month (M01-M05), 20 earlier (E01-E20), in no
 * order, and 4 bad ones (one among the first entries, three at the very end).
 */
const MANY = '/test/fixtures/milestones/wall-many.json';
const NOW = '2026-05-20T12:00';

const clean = (s: string | null | undefined) => s?.replace(/\s+/g, ' ').trim() ?? null;
const names = (root: ParentNode) => [...root.querySelectorAll<RkMilestoneCard>('rk-milestone-card')].map((c) => c.name ?? '');
const range = (p: string, from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `${p}${String(from + i).padStart(2, '0')}`);

/** Heading text -> { names of the cards shown, text of the group's button (or null) }. */
function view(el: RkMilestoneWall) {
  const out: Record<string, { cards: string[]; more: string | null }> = {};
  for (const g of el.shadowRoot!.querySelectorAll('[part="group"]')) {
    out[clean(g.querySelector('[role="heading"]')!.textContent)!] = { cards: names(g), more: clean(g.querySelector('button')?.textContent) };
  }
  return out;
}
const group = (el: RkMilestoneWall, n: number) => el.shadowRoot!.querySelectorAll<HTMLElement>('[part="group"]')[n];
const button = (el: RkMilestoneWall, n: number) => group(el, n).querySelector<HTMLButtonElement>('[part="more"]')!;
const skipped = (el: RkMilestoneWall) => clean(el.shadowRoot!.querySelector('[part="skipped"]')?.textContent);

async function settle(el: RkMilestoneWall) {
  await el.updateComplete;
  await Promise.all([...el.shadowRoot!.querySelectorAll<RkMilestoneCard>('rk-milestone-card')].map((c) => c.updateComplete));
}

describe('<rk-milestone-wall> paging', () => {
  let log: EventLog;
  beforeEach(() => (log = new EventLog(['rk-load', 'rk-error'])));
  afterEach(() => log.dispose());

  async function wall(pageSize?: string, lang = 'en'): Promise<RkMilestoneWall> {
    const el = await fixture<RkMilestoneWall>(
      html`<rk-milestone-wall lang=${lang} src=${MANY} now=${NOW} time-zone="UTC" reduced-motion page-size=${pageSize ?? nothing}></rk-milestone-wall>`,
    );
    await log.wait('rk-load', el);
    await settle(el);
    return el;
  }

  it('shows the first 12 cards of each group, says how many each holds, with a Show N more button under the longer ones', async () => {
    const el = await wall();
    expect(el.pageSize).to.equal(12);
    expect(view(el)).to.deep.equal({
      'This week (15)': { cards: range('W', 1, 12), more: 'Show 3 more' },
      'This month (5)': { cards: range('M', 1, 5), more: null },
      'Earlier (20)': { cards: range('E', 1, 12), more: 'Show 8 more' },
    });
    // Real buttons, named by their text, outside the lists.
    const buttons = [...el.shadowRoot!.querySelectorAll('button')];
    expect(buttons.map((b) => [b.getAttribute('part'), b.getAttribute('role'), b.closest('ul')])).to.deep.equal([
      ['more', null, null],
      ['more', null, null],
    ]);
    expect(buttons.every((b) => b.matches('.rk-button') && !b.disabled)).to.equal(true);
    // Bad entries are counted over the whole list, not only over the cards shown.
    expect(skipped(el)).to.equal('4 entries could not be shown.');
    await expect(el).to.be.accessible();
  });

  it('clicking Show more shows the next page, focuses its first card, and the button goes when all are shown', async () => {
    const el = await wall('5');
    expect(view(el)['Earlier (20)']).to.deep.equal({ cards: range('E', 1, 5), more: 'Show 5 more' });
    for (const shown of [10, 15]) {
      button(el, 2).click();
      await settle(el);
      expect(view(el)['Earlier (20)']).to.deep.equal({ cards: range('E', 1, shown), more: 'Show 5 more' });
      // Focus on the first card just added (the one after the cards shown before).
      const focused = el.shadowRoot!.activeElement as RkMilestoneCard;
      expect(focused.localName).to.equal('rk-milestone-card');
      expect(focused.name).to.equal(`E${String(shown - 4).padStart(2, '0')}`);
      expect(group(el, 2).contains(focused)).to.equal(true);
      await expect(el).to.be.accessible();
    }
    button(el, 2).click();
    await settle(el);
    expect(view(el)['Earlier (20)']).to.deep.equal({ cards: range('E', 1, 20), more: null });
    expect((el.shadowRoot!.activeElement as RkMilestoneCard).name).to.equal('E16');
    // The other groups keep their own page.
    expect(view(el)['This week (15)']).to.deep.equal({ cards: range('W', 1, 5), more: 'Show 5 more' });
    expect(view(el)['This month (5)']).to.deep.equal({ cards: range('M', 1, 5), more: null });
    expect(skipped(el)).to.equal('4 entries could not be shown.');
    await expect(el).to.be.accessible();
  });

  it('the last page says how many are left; Enter on the button works the same', async () => {
    const el = await wall();
    const b = button(el, 0);
    b.focus();
    expect(el.shadowRoot!.activeElement).to.equal(b);
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(view(el)['This week (15)']).to.deep.equal({ cards: range('W', 1, 15), more: null });
    expect((el.shadowRoot!.activeElement as RkMilestoneCard).name).to.equal('W13');
    expect(document.activeElement).to.equal(el);
    await expect(el).to.be.accessible();
    // Space too, on the Earlier button.
    button(el, 2).focus();
    await sendKeys({ press: ' ' });
    await settle(el);
    expect(view(el)['Earlier (20)']).to.deep.equal({ cards: range('E', 1, 20), more: null });
    expect((el.shadowRoot!.activeElement as RkMilestoneCard).name).to.equal('E13');
    expect(el.shadowRoot!.querySelector('button')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('page-size="0" or less shows every card; changing page-size pages again', async () => {
    for (const size of ['0', '-3', 'many']) {
      const el = await wall(size);
      expect(view(el), size).to.deep.equal({
        'This week (15)': { cards: range('W', 1, 15), more: null },
        'This month (5)': { cards: range('M', 1, 5), more: null },
        'Earlier (20)': { cards: range('E', 1, 20), more: null },
      });
      expect(skipped(el)).to.equal('4 entries could not be shown.');
      await expect(el).to.be.accessible();
    }
    const el = await wall('0');
    el.pageSize = 2.7; // whole cards only
    await settle(el);
    expect(view(el)['This month (5)']).to.deep.equal({ cards: ['M01', 'M02'], more: 'Show 2 more' });
    el.setAttribute('page-size', '16');
    await settle(el);
    expect(view(el)['This week (15)']).to.deep.equal({ cards: range('W', 1, 15), more: null });
    expect(view(el)['Earlier (20)']).to.deep.equal({ cards: range('E', 1, 16), more: 'Show 4 more' });
  });

  it('a page of 1 still counts every bad entry; a new src starts again at the first page', async () => {
    const el = await wall('1');
    expect(names(el.shadowRoot!)).to.deep.equal(['W01', 'M01', 'E01']);
    expect(skipped(el)).to.equal('4 entries could not be shown.');
    button(el, 0).click();
    await settle(el);
    expect(view(el)['This week (15)']).to.deep.equal({ cards: ['W01', 'W02'], more: 'Show 1 more' });
    el.src = `${MANY}?again`;
    await log.wait('rk-load', el, 2);
    await settle(el);
    expect(names(el.shadowRoot!)).to.deep.equal(['W01', 'M01', 'E01']);
  });

  it('a new page-size after Show more starts each group at its first page again', async () => {
    const el = await wall('5');
    button(el, 0).click();
    button(el, 2).click();
    await settle(el);
    expect(view(el)['Earlier (20)'].cards).to.have.length(10);
    el.setAttribute('page-size', '4');
    await settle(el);
    expect(view(el)).to.deep.equal({
      'This week (15)': { cards: range('W', 1, 4), more: 'Show 4 more' },
      'This month (5)': { cards: range('M', 1, 4), more: 'Show 1 more' },
      'Earlier (20)': { cards: range('E', 1, 4), more: 'Show 4 more' },
    });
    await expect(el).to.be.accessible();
  });

  it('prints every card without buttons, then returns to the cards the visitor had, focus kept', async () => {
    const el = await wall('5');
    button(el, 2).click();
    await settle(el);
    const focused = el.shadowRoot!.activeElement;
    const before = view(el);
    expect(before['Earlier (20)']).to.deep.equal({ cards: range('E', 1, 10), more: 'Show 5 more' });

    window.dispatchEvent(new Event('beforeprint'));
    // At once, not after a microtask: window.print() lays the page out before its caller's script ends.
    expect(view(el)).to.deep.equal({
      'This week (15)': { cards: range('W', 1, 15), more: null },
      'This month (5)': { cards: range('M', 1, 5), more: null },
      'Earlier (20)': { cards: range('E', 1, 20), more: null },
    });
    await settle(el);
    await expect(el).to.be.accessible();
    window.dispatchEvent(new Event('afterprint'));
    await settle(el);
    expect(view(el)).to.deep.equal(before);
    expect(el.shadowRoot!.activeElement).to.equal(focused);

    // With a share button on the cards: on paper they carry no button, and the keytag keeps its colour.
    el.share = true;
    await settle(el);
    const card = el.shadowRoot!.querySelector<RkMilestoneCard>('rk-milestone-card')!;
    const share = card.shadowRoot!.querySelector<HTMLElement>('[part="share"]')!;
    const tag = card.shadowRoot!.querySelector<HTMLElement>('.tag')!;
    expect(share.checkVisibility()).to.equal(true);
    // Print media: emulated where the runner can (Chromium); elsewhere the beforeprint path above is what runs.
    if (await emulatePrint(true)) {
      try {
        expect(share.checkVisibility()).to.equal(false);
        expect(getComputedStyle(tag).printColorAdjust).to.equal('exact');
        // The print media query alone (no beforeprint) renders every card too.
        await waitUntil(() => names(el.shadowRoot!).length === 40, 'the print media query did not render every card');
      } finally {
        await emulatePrint(false);
      }
      await waitUntil(() => names(el.shadowRoot!).length === 20, 'cards not restored after printing');
    }
  });

  it('speaks Spanish', async () => {
    const el = await wall(undefined, 'es');
    expect(view(el)).to.deep.equal({
      'Esta semana (15)': { cards: range('W', 1, 12), more: 'Mostrar 3 más' },
      'Este mes (5)': { cards: range('M', 1, 5), more: null },
      'Antes (20)': { cards: range('E', 1, 12), more: 'Mostrar 8 más' },
    });
    expect(skipped(el)).to.equal('No se pudieron mostrar 4 entradas.');
    await expect(el).to.be.accessible();
    button(el, 2).click();
    await settle(el);
    expect(view(el)['Antes (20)']).to.deep.equal({ cards: range('E', 1, 20), more: null });
    expect((el.shadowRoot!.activeElement as RkMilestoneCard).name).to.equal('E13');
    await expect(el).to.be.accessible();
  });
});
