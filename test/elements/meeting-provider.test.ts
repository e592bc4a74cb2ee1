import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/meeting-provider/define.js';
import '../../src/elements/meeting-list/define.js';
import '../../src/elements/meeting-details/define.js';
import '../../src/elements/faq/define.js';
import type { RkMeetingProvider } from '../../src/elements/meeting-provider/meeting-provider.js';
import { EventLog } from '../helpers/events.js';
import { $, $$, countIs, meetings, NOW, resetUrl, SEPIA, text, TZ, ZONES, store } from '../fixtures/finder/helpers.js';

describe('<rk-meeting-provider>', () => {
  afterEach(resetUrl);

  it('shows a loading status (accessible) until the feed and the engine are in', async () => {
    const p = await fixture<RkMeetingProvider>(
      html`<rk-meeting-provider src=${`/__rk/slow?ms=400&file=test/fixtures/finder/hostile.json`} time-zone=${TZ} now=${NOW}
        ><rk-meeting-list></rk-meeting-list
      ></rk-meeting-provider>`,
    );
    const list = p.querySelector('rk-meeting-list')!;
    await list.updateComplete;
    expect(text($(list, '[part="status"]'))).to.contain('Loading');
    await expect(list).to.be.accessible();
    await waitUntil(() => store(p).status === 'ready');
  });

  for (const [type, format] of [
    ['application/javascript', 'auto'],
    ['text/javascript', 'bmlt'],
  ]) {
    it(`reads a JSONP reply served as ${type} (format ${format}) without running it`, async () => {
      const called: unknown[] = [];
      (window as unknown as Record<string, unknown>).bmltCallback_1 = (...a: unknown[]) => called.push(a);
      const src = `/__rk/file?file=test/fixtures/meetings/bmlt-search.jsonp&type=${encodeURIComponent(type)}`;
      const p = await fixture<RkMeetingProvider>(
        html`<rk-meeting-provider src=${src} format=${format} time-zone=${TZ} now=${NOW}><rk-meeting-list></rk-meeting-list></rk-meeting-provider>`,
      );
      await waitUntil(() => store(p)?.status === 'ready' || store(p)?.status === 'error', 'never loaded', { timeout: 8000 });
      expect(store(p).error?.message ?? '').to.equal('');
      expect(store(p).meetings.map((m) => m.name)).to.include('JSONP Sunday');
      expect(store(p).meetings.length).to.equal(2);
      expect(called).to.deep.equal([]);
      const list = p.querySelector('rk-meeting-list')!;
      await list.updateComplete;
      await expect(list).to.be.accessible();
      delete (window as unknown as Record<string, unknown>).bmltCallback_1;
    });
  }

  for (const feed of ['bmlt/formats.json', 'bmlt/service-bodies.json', 'meeting-guide/types.json']) {
    it(`valid JSON that is not a meeting feed (${feed}) says so, in English and Spanish, and fires rk-error only`, async () => {
      for (const [lang, says] of [
        ['en', 'This address does not give a list of meetings'],
        ['es', 'Esta dirección no da una lista de reuniones'],
      ]) {
        const log = new EventLog(['rk-load', 'rk-error']);
        try {
          const p = await fixture<RkMeetingProvider>(
            html`<rk-meeting-provider lang=${lang} src=${`/shared-data/${feed}`} time-zone=${TZ} now=${NOW}><rk-meeting-list></rk-meeting-list></rk-meeting-provider>`,
          );
          const ev = await log.wait<{ code: string; message: string }>('rk-error', p, 1, 8000);
          expect(ev.detail).to.include({ code: 'parse' });
          const list = p.querySelector('rk-meeting-list')!;
          await waitUntil(() => text($(list, '[role="alert"]')).includes(says), `"${says}" not shown`);
          expect(text($(list, '[role="alert"]'))).to.not.contain('JSON v');
          await new Promise((r) => setTimeout(r, 50));
          expect(log.of('rk-load', p), 'no rk-load for data that is not a feed').to.have.length(0);
          await expect(list).to.be.accessible();
        } finally {
          log.dispose();
        }
      }
    });
  }

  it('fires rk-load once the feed has been read, with the address and the data', async () => {
    const log = new EventLog(['rk-load', 'rk-error']);
    try {
      const p = await fixture<RkMeetingProvider>(html`<rk-meeting-provider src=${ZONES} time-zone=${TZ} now=${NOW}><rk-meeting-list></rk-meeting-list></rk-meeting-provider>`);
      const ev = await log.wait<{ src: string; data: unknown }>('rk-load', p, 1, 8000);
      expect(ev.detail.src).to.equal(ZONES);
      expect(Array.isArray(ev.detail.data)).to.equal(true);
      expect(store(p).status).to.equal('ready');
      p.setAttribute('time-zone', 'America/Chicago');
      await p.updateComplete;
      await new Promise((r) => setTimeout(r, 50));
      expect(log.of('rk-load', p), 'reading the same data in another zone is not a new load').to.have.length(1);
      expect(log.of('rk-error', p)).to.have.length(0);
    } finally {
      log.dispose();
    }
  });

  it('keeps its state in the hash with url-state="hash", under its own key', async () => {
    const p = await fixture<RkMeetingProvider>(
      html`<rk-meeting-provider id="h" url-state="hash" src=${ZONES} time-zone=${TZ} viewer-time-zone=${TZ} now=${NOW}
        ><rk-meeting-list></rk-meeting-list
      ></rk-meeting-provider>`,
    );
    await waitUntil(() => store(p).status === 'ready');
    store(p).setFilter({ days: [6], attendance: ['in_person'], keyword: 'San' });
    await p.updateComplete;
    const hash = new URLSearchParams(location.hash.slice(1));
    expect(hash.get('h.day')).to.equal('6');
    expect(hash.get('h.att')).to.equal('in_person');
    expect(hash.get('h.q')).to.equal('San');
    expect(location.search).not.to.contain('h.');
    store(p).select('sf-meeting');
    await p.updateComplete;
    expect(store(p).linkFor!('sf-meeting')).to.contain('h.meeting=sf-meeting');
  });

  it('url-state="hash" keeps the visitor\'s filters when an FAQ question or an in-page anchor takes the fragment', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div>
        <rk-meeting-provider url-state="hash" src=${ZONES} time-zone=${TZ} viewer-time-zone=${TZ} now=${NOW}><rk-meeting-list></rk-meeting-list></rk-meeting-provider>
        <rk-faq update-hash><details id="cost"><summary>Does it cost anything?</summary><p>No.</p></details></rk-faq>
        <h2 id="contact">Contact</h2>
      </div>`,
    );
    const p = wrap.querySelector<RkMeetingProvider>('rk-meeting-provider')!;
    const list = p.querySelector('rk-meeting-list')!;
    await waitUntil(() => store(p).status === 'ready');
    store(p).setFilter({ days: [], keyword: 'San' });
    await p.updateComplete;
    await countIs(list, meetings(1));
    expect(new URLSearchParams(location.hash.slice(1)).get('q')).to.equal('San');

    // The FAQ writes its open question to the fragment; then a link to an anchor in the page.
    const faq = wrap.querySelector('rk-faq')!;
    await waitUntil(() => faq.shadowRoot?.querySelector('button[aria-expanded]'), 'the FAQ did not render');
    faq.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-expanded]')!.click();
    expect(location.hash).to.equal('#cost');
    location.hash = 'contact';
    await new Promise((r) => setTimeout(r, 50));
    await countIs(list, meetings(1));
    expect(store(p).filter.keyword).to.equal('San');

    // The finder's next change writes its own state, not the anchor as an empty key.
    store(p).setFilter({ keyword: 'PA meeting' });
    await p.updateComplete;
    expect([...new URLSearchParams(location.hash.slice(1)).keys()]).to.deep.equal(['q', 'day']);
    // Back (to the entry the FAQ's question replaced): the fragment is not the finder's, its state stays.
    history.back();
    await waitUntil(() => location.hash === '#cost');
    await new Promise((r) => setTimeout(r, 50));
    expect(store(p).filter.keyword).to.equal('PA meeting');
    await countIs(list, meetings(1));
    await expect(list).to.be.accessible();
  });

  it('reads zones pasted with spaces around them as those zones', async () => {
    const p = await fixture<RkMeetingProvider>(
      html`<rk-meeting-provider src=${ZONES} time-zone=" America/Chicago " viewer-time-zone=" America/New_York " now=${NOW}><rk-meeting-list></rk-meeting-list></rk-meeting-provider>`,
    );
    const list = p.querySelector('rk-meeting-list')!;
    await waitUntil(() => store(p).status === 'ready');
    store(p).setFilter({ days: [] });
    await countIs(list, meetings(2));
    // Shown in New York time; the San Francisco meeting keeps its own zone beside it.
    const sf = $$(list, '[part="row"]').map(text).find((r) => r.includes('San Francisco'))!;
    expect(sf).to.contain('12:00 PM').and.to.contain('(9:00 AM PST)');
    await expect(list).to.be.accessible();
  });

  it('renders the first page only with 10,000 meetings given through .meetings', async () => {
    const base = (await (await fetch(SEPIA)).json()) as Record<string, unknown>[];
    const big: Record<string, unknown>[] = [];
    for (let k = 0; big.length < 10_000; k++) for (const r of base) big.push({ ...r, slug: `${r.slug}-${k}` });
    big.length = 10_000;
    const p = await fixture<RkMeetingProvider>(
      html`<rk-meeting-provider time-zone=${TZ} viewer-time-zone=${TZ} now=${NOW} .meetings=${big}><rk-meeting-list></rk-meeting-list></rk-meeting-provider>`,
    );
    const list = p.querySelector('rk-meeting-list')!;
    await waitUntil(() => store(p)?.status === 'ready' && store(p).meetings.length === 10_000);
    store(p).setFilter({ days: [] });
    await countIs(list, meetings(10_000));
    expect($$(list, '[part="row"]').length).to.equal(100);
    // A filter change re-renders the first page only (how long it takes is measured by `npm run bench`).
    store(p).setFilter({ attendance: ['online'] });
    await p.updateComplete;
    await list.updateComplete;
    expect($$(list, '[part="row"]').length).to.equal(100);
  });

  it('fires rk-select when a meeting is opened and closed', async () => {
    const log = new EventLog(['rk-select']);
    const p = await fixture<RkMeetingProvider>(html`<rk-meeting-provider src=${ZONES} time-zone=${TZ} now=${NOW}></rk-meeting-provider>`);
    await waitUntil(() => store(p).status === 'ready');
    store(p).select('pa-meeting');
    store(p).select(null);
    expect(log.of<{ id: string | null }>('rk-select', p).map((e) => e.detail.id)).to.deep.equal(['pa-meeting', null]);
    log.dispose();
  });

  it('details speak Spanish', async () => {
    const p = await fixture<RkMeetingProvider>(
      html`<rk-meeting-provider lang="es" src="/test/fixtures/finder/hostile.json" time-zone=${TZ} viewer-time-zone=${TZ} now=${NOW}
        ><rk-meeting-details></rk-meeting-details
      ></rk-meeting-provider>`,
    );
    await waitUntil(() => store(p).status === 'ready');
    store(p).select('hostile');
    await p.updateComplete;
    const d = p.querySelector('rk-meeting-details')!;
    await d.updateComplete;
    const all = text($(d, 'article'));
    expect(all).to.contain('Volver a la lista');
    expect(all).to.contain('martes');
    expect(all).to.contain('Mujeres');
    expect(all).to.contain('Cómo llegar');
    await expect(d).to.be.accessible();
  });
});

describe('<rk-meeting-provider> with a live clock', () => {
  afterEach(resetUrl);

  it('moves "Starting soon" to "In progress" as time passes, without losing the rows already shown; Escape closes details', async () => {
    const { ManualClock } = await import('../../src/base/clock.js');
    await import('../../src/elements/provider/define.js');
    // 18:45 in New York on Tuesday: the 19:00 meeting starts soon.
    const clock = new ManualClock(Date.UTC(2026, 10, 17, 23, 45));
    const wrap = await fixture<HTMLElement>(
      html`<rk-provider .clock=${clock} time-zone=${TZ}
        ><rk-meeting-provider src="/test/fixtures/finder/hostile.json" time-zone=${TZ}
          ><rk-meeting-list page-size="1"></rk-meeting-list><rk-meeting-details></rk-meeting-details></rk-meeting-provider
      ></rk-provider>`,
    );
    const p = wrap.querySelector('rk-meeting-provider')!;
    const list = wrap.querySelector('rk-meeting-list')!;
    await waitUntil(() => store(p)?.status === 'ready');
    await countIs(list, '2 meetings');
    expect(text($(list, '[part="status-badge"]'))).to.equal('Starting soon');
    // The end of the list is in view: the sentinel (or Show more) adds the next page.
    $<HTMLButtonElement>(list, '[part="more"]')?.click();
    await waitUntil(() => $$(list, '[part="row"]').length === 2);
    clock.advance(16 * 60_000);
    await waitUntil(() => text($(list, '[part="status-badge"]')) === 'In progress', 'status never moved on');
    expect($$(list, '[part="row"]').length).to.equal(2);

    store(p).select('hostile');
    const details = wrap.querySelector('rk-meeting-details')!;
    await waitUntil(() => details.shadowRoot!.activeElement?.getAttribute('part') === 'heading');
    details.shadowRoot!.querySelector('[part="heading"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await waitUntil(() => store(p).selectedId === null);
  });
});
