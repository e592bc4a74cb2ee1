import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/group-finder/define.js';
import type { LitElement } from 'lit';
import type { RkGroupFinder } from '../../src/elements/group-finder/group-finder.js';
import type { RkMeetingProvider } from '../../src/elements/meeting-provider/meeting-provider.js';
import { EventLog } from '../helpers/events.js';
import { $, $$, coreCount, countIs, meetings, NOW, resetUrl, SEPIA, store, text, TZ, ZONES, BMLT } from '../fixtures/finder/helpers.js';

const part = <T extends Element = LitElement>(f: RkGroupFinder, sel: string) => f.shadowRoot!.querySelector<T>(sel)!;
const provider = (f: RkGroupFinder) => part<RkMeetingProvider>(f, 'rk-meeting-provider');
const popstate = () => new Promise((r) => window.addEventListener('popstate', r, { once: true }));

async function ready(f: RkGroupFinder) {
  await waitUntil(() => store(f)?.status === 'ready', 'feed never loaded', { timeout: 8000 });
  await part(f, 'rk-meeting-list').updateComplete;
  await part(f, 'rk-meeting-filters').updateComplete;
}

function dayBox(f: RkGroupFinder, label: string) {
  const filters = part(f, 'rk-meeting-filters');
  return [...filters.shadowRoot!.querySelectorAll('label')].find((l) => text(l).startsWith(label))!.querySelector('input')!;
}

describe('<rk-group-finder>', () => {
  let log: EventLog;
  beforeEach(() => (log = new EventLog(['rk-select', 'rk-load', 'rk-error'])));
  afterEach(() => {
    log.dispose();
    resetUrl();
  });

  it('works from one attribute set: search, filters, list; accessible', async () => {
    const f = await fixture<RkGroupFinder>(html`<rk-group-finder id="gf" src=${SEPIA} time-zone=${TZ} viewer-time-zone=${TZ} now=${NOW}></rk-group-finder>`);
    await ready(f);
    await countIs(part(f, 'rk-meeting-list'), meetings(await coreCount(SEPIA, { days: [2] })));
    expect(part(f, 'rk-meeting-search')).to.exist;
    expect(f.shadowRoot!.querySelector('rk-meeting-map')).to.equal(null);
    await expect(f).to.be.accessible();
  });

  it('keeps filters and the open meeting in the URL; Back and Forward restore them; a shared link opens the same state', async () => {
    const f = await fixture<RkGroupFinder>(html`<rk-group-finder id="gf" src=${SEPIA} time-zone=${TZ} viewer-time-zone=${TZ} now=${NOW}></rk-group-finder>`);
    await ready(f);
    dayBox(f, 'Thursday').click();
    await provider(f).updateComplete;
    expect(new URL(location.href).searchParams.get('gf.day')).to.equal('2,4');
    const list = part(f, 'rk-meeting-list');
    await countIs(list, meetings(await coreCount(SEPIA, { days: [2, 4] })));
    const row = list.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="open"]')[2];
    const id = row.dataset.id!;
    row.click();
    await log.wait('rk-select', f);
    expect(new URL(location.href).searchParams.get('gf.meeting')).to.equal(id);
    const details = part(f, 'rk-meeting-details');
    await waitUntil(() => details.shadowRoot?.querySelector('[part="heading"]'), 'details never opened');
    expect(list.hidden).to.equal(true);
    await expect(f).to.be.accessible();

    const shared = location.href;
    let p = popstate();
    history.back();
    await p;
    await provider(f).updateComplete;
    expect(store(f).selectedId).to.equal(null);
    expect(store(f).filter.days).to.deep.equal([2, 4]);
    await waitUntil(() => !list.hidden);
    p = popstate();
    history.back();
    await p;
    await provider(f).updateComplete;
    expect(store(f).filter.days).to.deep.equal([2]);
    p = popstate();
    history.forward();
    await p;
    await provider(f).updateComplete;
    expect(store(f).filter.days).to.deep.equal([2, 4]);

    // The shared link opens the same meeting in a new finder.
    history.replaceState(null, '', shared);
    const g = await fixture<RkGroupFinder>(html`<rk-group-finder id="gf" src=${SEPIA} time-zone=${TZ} viewer-time-zone=${TZ} now=${NOW}></rk-group-finder>`);
    await ready(g);
    expect(store(g).selectedId).to.equal(id);
    expect(store(g).filter.days).to.deep.equal([2, 4]);
    const d2 = part(g, 'rk-meeting-details');
    await waitUntil(() => d2.shadowRoot?.querySelector('[part="heading"]'), 'shared link did not open the meeting');
    expect(text(d2.shadowRoot!.querySelector('[part="heading"]'))).to.equal(store(g).meetings.find((m) => m.slug === id)!.name);
  });

  it('a shared link to a meeting the feed no longer has shows the list with a note (English and Spanish), not an empty finder', async () => {
    for (const [lang, note, search] of [
      ['en', 'The meeting in your link is no longer in this list', 'Search meetings'],
      ['es', 'La reunión de su enlace ya no está en esta lista', 'Buscar reuniones'],
    ]) {
      history.replaceState(null, '', `${location.pathname}?gf.day=4&gf.meeting=moved-away-${lang}`);
      const f = await fixture<RkGroupFinder>(html`<rk-group-finder id="gf" lang=${lang} src=${SEPIA} time-zone=${TZ} viewer-time-zone=${TZ} now=${NOW}></rk-group-finder>`);
      await ready(f);
      await waitUntil(() => log.of<{ id: string | null }>('rk-select', f).some((e) => e.detail.id === null), 'rk-select { id: null } not sent');
      const list = part(f, 'rk-meeting-list');
      await countIs(list, meetings(await coreCount(SEPIA, { days: [4] }), lang));
      expect(list.hidden, 'the list shows').to.equal(false);
      expect(text(list.shadowRoot!.querySelector('[part="missing"]'))).to.contain(note);
      expect(part(f, 'rk-meeting-search').shadowRoot!.textContent).to.contain(search);
      expect(new URL(location.href).searchParams.has('gf.meeting'), 'the stale id leaves the URL').to.equal(false);
      expect(new URL(location.href).searchParams.get('gf.day'), 'the rest of the link is kept').to.equal('4');
      await expect(f).to.be.accessible();
      // Opening another meeting clears the note.
      list.shadowRoot!.querySelector<HTMLButtonElement>('[part="open"]')!.click();
      await provider(f).updateComplete;
      await list.updateComplete;
      expect(list.shadowRoot!.querySelector('[part="missing"]')).to.equal(null);
      f.remove();
      resetUrl();
    }
  });

  it('heading-level sets the level of the day headings and of the open meeting, for a page whose h1 is right above it', async () => {
    const wrap = await fixture<HTMLElement>(html`<div><h1>Find a meeting</h1>
      <rk-group-finder id="gf" heading-level="2" src=${SEPIA} time-zone=${TZ} viewer-time-zone=${TZ} now=${NOW}></rk-group-finder></div>`);
    const f = wrap.querySelector<RkGroupFinder>('rk-group-finder')!;
    await ready(f);
    const list = part(f, 'rk-meeting-list');
    const levels = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll(sel)].map((h) => h.getAttribute('aria-level'));
    const days = levels(list, '[part="day-heading"]');
    expect(days.length).to.be.greaterThan(0);
    expect(new Set(days)).to.deep.equal(new Set(['2']));
    await expect(wrap).to.be.accessible();
    list.shadowRoot!.querySelector<HTMLButtonElement>('[part="open"]')!.click();
    const details = part(f, 'rk-meeting-details');
    await waitUntil(() => details.shadowRoot?.querySelector('[part="heading"]'), 'details never opened');
    expect(details.shadowRoot!.querySelector('[part="heading"]')!.getAttribute('aria-level')).to.equal('2');
    expect(new Set(levels(details, 'section [role="heading"]'))).to.deep.equal(new Set(['3']));
    // Without it: day headings 3, the meeting 2 (as before).
    const g = await fixture<RkGroupFinder>(html`<rk-group-finder id="gf2" src=${SEPIA} time-zone=${TZ} viewer-time-zone=${TZ} now=${NOW}></rk-group-finder>`);
    await ready(g);
    expect(new Set(levels(part(g, 'rk-meeting-list'), '[part="day-heading"]'))).to.deep.equal(new Set(['3']));
  });

  it('runs two finders on one page independently', async () => {
    const wrap = await fixture<HTMLElement>(html`<div>
      <rk-group-finder id="a" src=${SEPIA} time-zone=${TZ} viewer-time-zone=${TZ} now=${NOW}></rk-group-finder>
      <rk-group-finder id="b" src=${ZONES} time-zone=${TZ} viewer-time-zone=${TZ} now=${NOW} lang="es"></rk-group-finder>
    </div>`);
    const [a, b] = [...wrap.querySelectorAll('rk-group-finder')];
    await ready(a);
    await ready(b);
    dayBox(b, 'Cualquier día').click();
    await countIs(part(b, 'rk-meeting-list'), '2 reuniones');
    expect(store(a).filter.days).to.deep.equal([2]);
    const q = new URL(location.href).searchParams;
    expect(q.get('b.day')).to.equal('');
    expect(q.has('a.day')).to.equal(false);
    await countIs(part(a, 'rk-meeting-list'), meetings(await coreCount(SEPIA, { days: [2] })));
    await expect(wrap).to.be.accessible();
  });

  it('runs two finders side by side with no id or url-key: distinct URL keys, Back and Forward, a shared link restores both', async () => {
    const pair = () =>
      fixture<HTMLElement>(html`<div>
        <rk-group-finder src=${SEPIA} time-zone=${TZ} viewer-time-zone=${TZ} now=${NOW}></rk-group-finder>
        <rk-group-finder src=${ZONES} time-zone=${TZ} viewer-time-zone=${TZ} now=${NOW}></rk-group-finder>
      </div>`);
    const wrap = await pair();
    const [a, b] = [...wrap.querySelectorAll('rk-group-finder')];
    await ready(a);
    await ready(b);
    const q = () => new URL(location.href).searchParams;

    dayBox(b, 'Any day').click();
    await countIs(part(b, 'rk-meeting-list'), '2 meetings');
    // The first finder keeps the bare keys; the second gets its own prefix.
    expect(q().get('rk2.day')).to.equal('');
    expect(q().has('day')).to.equal(false);
    expect(store(a).filter.days).to.deep.equal([2]);

    dayBox(a, 'Thursday').click();
    await countIs(part(a, 'rk-meeting-list'), meetings(await coreCount(SEPIA, { days: [2, 4] })));
    expect(q().get('day')).to.equal('2,4');
    expect(store(b).filter.days).to.deep.equal([]);

    // Opening a meeting in the second finder writes only its key.
    const row = part(b, 'rk-meeting-list').shadowRoot!.querySelector<HTMLButtonElement>('[part="open"]')!;
    row.click();
    await log.wait('rk-select', b);
    expect(q().get('rk2.meeting')).to.equal(row.dataset.id);
    expect(q().has('meeting')).to.equal(false);
    expect(store(a).selectedId).to.equal(null);
    const shared = location.href;

    // Back closes the meeting in b only; Back again undoes a's Thursday only.
    let p = popstate();
    history.back();
    await p;
    await provider(b).updateComplete;
    expect(store(b).selectedId).to.equal(null);
    expect(store(a).filter.days).to.deep.equal([2, 4]);
    p = popstate();
    history.back();
    await p;
    await provider(a).updateComplete;
    expect(store(a).filter.days).to.deep.equal([2]);
    expect(store(b).filter.days).to.deep.equal([]);
    await expect(wrap).to.be.accessible();

    // The shared link, opened on a page with the same two finders, restores each one's state.
    wrap.remove();
    history.replaceState(null, '', shared);
    const again = await pair();
    const [a2, b2] = [...again.querySelectorAll('rk-group-finder')];
    await ready(a2);
    await ready(b2);
    expect(store(a2).filter.days).to.deep.equal([2, 4]);
    expect(store(b2).filter.days).to.deep.equal([]);
    expect(store(b2).selectedId).to.equal(row.dataset.id);
    expect(store(a2).selectedId).to.equal(null);
  });

  it('opens details by keyboard and Back returns to the same row', async () => {
    const f = await fixture<RkGroupFinder>(html`<rk-group-finder id="kb" src=${ZONES} time-zone=${TZ} viewer-time-zone=${TZ} now=${NOW}></rk-group-finder>`);
    await ready(f);
    store(f).setFilter({ days: [] });
    const list = part(f, 'rk-meeting-list');
    await countIs(list, '2 meetings');
    const row = list.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="open"]')[1];
    row.focus();
    await sendKeys({ press: 'Enter' });
    const details = part(f, 'rk-meeting-details');
    await waitUntil(() => details.shadowRoot?.activeElement?.getAttribute('part') === 'heading', 'focus not on the heading');
    const heading = details.shadowRoot!.querySelector('[part="heading"]')!;
    expect(text(heading)).to.equal(text(row));
    expect(text(details.shadowRoot!.querySelector('article'))).to.satisfy((s: string) => s.includes('9:00 AM PST') || !s.includes('PST'));
    // Tab to Back (it comes first in the article) and press Enter.
    details.shadowRoot!.querySelector<HTMLButtonElement>('[part="back"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => list.shadowRoot!.activeElement === row, 'focus did not return to the row');
  });

  it('loads the map only when Map is chosen', async () => {
    const f = await fixture<RkGroupFinder>(html`<rk-group-finder id="m" src=${ZONES} time-zone=${TZ} now=${NOW} map-tiles="/__rk/status/204?{z}{x}{y}"></rk-group-finder>`);
    await ready(f);
    expect(f.shadowRoot!.querySelector('rk-meeting-map')).to.equal(null);
    const [listBtn, mapBtn] = $$<HTMLButtonElement>(f, '[part="view-switch"] button');
    expect(listBtn.getAttribute('aria-pressed')).to.equal('true');
    mapBtn.click();
    await f.updateComplete;
    const map = f.shadowRoot!.querySelector('rk-meeting-map')!;
    expect(map).to.exist;
    await waitUntil(() => customElements.get('rk-meeting-map'), 'map module never loaded');
    expect(mapBtn.getAttribute('aria-pressed')).to.equal('true');
    expect(getComputedStyle(part(f, 'rk-meeting-list')).display).to.equal('none');
    listBtn.click();
    await f.updateComplete;
    expect(getComputedStyle(part(f, 'rk-meeting-list')).display).to.equal('block');
  });

  it('requests only what it shows from a BMLT URL template', async () => {
    const tpl = `${BMLT}?switcher=GetSearchResults&weekdays={bmltDays}&get_used_formats=1`;
    const f = await fixture<RkGroupFinder>(html`<rk-group-finder id="t" src=${tpl} time-zone=${TZ} viewer-time-zone=${TZ} now=${NOW} url-state="none"></rk-group-finder>`);
    const first = await log.wait<{ src: string }>('rk-load', f);
    expect(first.detail.src).to.contain('weekdays=3&');
    store(f).setFilter({ days: [1, 5] });
    const second = await log.wait<{ src: string }>('rk-load', f, 2);
    expect(second.detail.src).to.contain('weekdays=2,6&');
  });

  it('asks a BMLT server for the days either side too when the viewer is in another zone than the feed', async () => {
    // The server picks by the meetings' own (New York) weekdays; the viewer's Tuesday in Tokyo
    // holds New York Monday evenings and Tuesday mornings, so Monday to Wednesday are asked for.
    const tpl = `${BMLT}?switcher=GetSearchResults&weekdays={bmltDays}&get_used_formats=1`;
    const f = await fixture<RkGroupFinder>(html`<rk-group-finder id="tk" src=${tpl} time-zone=${TZ} viewer-time-zone="Asia/Tokyo" now=${NOW} url-state="none"></rk-group-finder>`);
    const first = await log.wait<{ src: string }>('rk-load', f);
    // NOW is Tuesday 23:00 in Tokyo: today is Tuesday (2), BMLT 3, asked with 2 and 4.
    expect(first.detail.src).to.contain('weekdays=2,3,4&');
    store(f).setFilter({ days: [0, 6] });
    const second = await log.wait<{ src: string }>('rk-load', f, 2);
    expect(second.detail.src).to.contain('weekdays=1,2,6,7&');
    await expect(f).to.be.accessible();
  });

  it('shows the error state with Try again, accessibly', async () => {
    const f = await fixture<RkGroupFinder>(html`<rk-group-finder id="e" src="/__rk/invalid-json" time-zone=${TZ} now=${NOW}></rk-group-finder>`);
    await log.wait('rk-error', f);
    const list = part(f, 'rk-meeting-list');
    await list.updateComplete;
    expect(text($(list, '[role="alert"]'))).to.contain('not valid JSON');
    await expect(f).to.be.accessible();
  });

  it('on a phone-wide finder folds the filters behind a Filters button; the chips stay; wide again, they unfold', async () => {
    const f = await fixture<RkGroupFinder>(html`<rk-group-finder id="ph" style="width: 360px" src=${SEPIA} time-zone=${TZ} viewer-time-zone=${TZ} now=${NOW}></rk-group-finder>`);
    await ready(f);
    const filters = part(f, 'rk-meeting-filters');
    await waitUntil(() => filters.hasAttribute('compact'), 'not compact at 360px');
    await filters.updateComplete;
    const toggle = $<HTMLButtonElement>(filters, '[part="toggle"]')!;
    const fieldsets = () => $$(filters, 'fieldset');
    const shown = (e: Element) => e.checkVisibility();
    expect(shown(toggle)).to.equal(true);
    // The default day filter (today) is a chip, and counted on the button.
    expect(text(toggle)).to.equal('Filters (1)');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(fieldsets().length).to.be.greaterThan(3);
    expect(fieldsets().some(shown)).to.equal(false, 'the groups are folded');
    expect(shown($(filters, '[part="chips"]')!)).to.equal(true, 'the chips stay');
    // The list starts near the top: above it, only the search box, the chips and the button.
    const list = part(f, 'rk-meeting-list');
    expect(list.getBoundingClientRect().top - f.getBoundingClientRect().top).to.be.below(400);
    await expect(f).to.be.accessible();

    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await filters.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(fieldsets().every(shown)).to.equal(true);
    expect(filters.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!)!.contains(fieldsets()[0])).to.equal(true);
    dayBox(f, 'Online').click();
    await waitUntil(() => text(toggle) === 'Filters (2)', `the button says "${text(toggle)}"`);
    await expect(f).to.be.accessible();

    f.style.width = '900px';
    await waitUntil(() => !filters.hasAttribute('compact'), 'still compact at 900px');
    await filters.updateComplete;
    expect(shown(toggle)).to.equal(false);
    expect(fieldsets().every(shown)).to.equal(true);
  });
});
