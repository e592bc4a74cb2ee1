/**
 * Type labels load per language: the engine chunk has English only; each other catalog
 * language is its own chunk, requested only when shown (all of them for a CSV feed, whose types
 * may be named in any). The tests run in this order on one page: what was requested is read
 * from the browser's resource timing (real HTTP, nothing replaced). Expected labels come from
 * the spec's types.json itself (importing the core's index would register every language).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/meeting-provider/define.js';
import '../../src/elements/meeting-list/define.js';
import type { MeetingsStore } from '../../src/elements/meeting-provider/context.js';
// dom.ts, not helpers.ts: helpers.ts imports the core's index, which registers every language.
import { $, $$, countIs, NOW, ORANGE, store, text, TZ } from '../fixtures/finder/dom.js';

/** The type-label chunks this page has requested so far ("es", "fr", ...). */
const requested = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => /\/types-lang\/([a-z]+)\.[jt]s/.exec(e.name)?.[1])
    .filter((l): l is string => !!l)
    .sort();

let catalog: Record<string, Record<string, string>>;
before(async () => {
  catalog = (await (await fetch('/shared-data/meeting-guide/types.json')).json()) as typeof catalog;
  // The 12 Step Meeting List plugin's own code (not in the spec), which the core knows too.
  catalog.ONL = { en: 'Online', es: 'En línea' };
});

/** A row's types as the list should show them in `lang` (the first three, as a unit list). */
function expectedTypes(store: MeetingsStore, slug: string, lang: string): string {
  const m = store.meetings.find((x) => x.slug === slug)!;
  return new Intl.ListFormat(lang, { type: 'unit' }).format(m.types.slice(0, 3).map((c) => catalog[c]?.[lang] || catalog[c]?.en || c));
}

describe('type labels load per language', () => {
  it('English needs no label chunk', async () => {
    const wrap = await fixture<HTMLElement>(html`<div lang="en">
      <rk-meeting-provider src=${ORANGE} time-zone=${TZ} viewer-time-zone=${TZ} now=${NOW}><rk-meeting-list></rk-meeting-list></rk-meeting-provider>
    </div>`);
    const provider = wrap.querySelector('rk-meeting-provider')!;
    const list = wrap.querySelector('rk-meeting-list')!;
    await waitUntil(() => store(provider)?.status === 'ready', 'feed never loaded', { timeout: 8000 });
    await list.updateComplete;
    const row = $$(list, '[part="row"]').find((r) => r.querySelector('.types'))!;
    const slug = row.querySelector<HTMLElement>('[data-id]')!.dataset.id!;
    expect(text(row.querySelector('.types'))).to.equal(expectedTypes(store(provider), slug, 'en'));
    expect(requested()).to.deep.equal([]);
  });

  it('a live switch of <html lang> to Spanish changes the texts and the type labels in the same render', async () => {
    const page = document.documentElement;
    const before = page.getAttribute('lang');
    const wrap = await fixture<HTMLElement>(html`<div>
      <rk-meeting-provider src=${ORANGE} time-zone=${TZ} viewer-time-zone=${TZ} now=${NOW}><rk-meeting-list></rk-meeting-list></rk-meeting-provider>
    </div>`);
    const provider = wrap.querySelector('rk-meeting-provider')!;
    const list = wrap.querySelector('rk-meeting-list')!;
    try {
      page.setAttribute('lang', 'en');
      await waitUntil(() => store(provider)?.status === 'ready', 'feed never loaded', { timeout: 8000 });
      await waitUntil(() => / meetings?$/.test(text($(list, '[part="count"]'))), 'no English count');
      await list.updateComplete;
      expect(requested(), 'no label chunk before the switch').to.deep.equal([]);
      // The parts' Spanish texts are in already (another list showed them), so only the label
      // chunk is left to load: the case where texts could switch before the labels.
      const other = await fixture<HTMLElement>(html`<rk-meeting-list lang="es"></rk-meeting-list>`);
      await waitUntil(() => other.shadowRoot!.textContent!.includes('reuniones') || other.shadowRoot!.textContent!.includes('Cargando') || other.getAttribute('lang') === 'es');
      await (other as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      other.remove();
      expect(requested(), 'still no label chunk').to.deep.equal([]);
      // A slow network for the label chunk (the test server answers it 1.5 s late).
      await fetch('/__rk/delay-path?part=/types-lang/es.&ms=1500');
      // Every render of the list after the switch: a Spanish count comes with Spanish labels.
      let spanishRenders = 0;
      let wrong = '';
      const check = () => {
        if (!/ reuni[oó]n(es)?$/.test(text($(list, '[part="count"]')))) return;
        spanishRenders++;
        for (const row of $$(list, '[part="row"]')) {
          const slug = row.querySelector<HTMLElement>('[data-id]')!.dataset.id!;
          const shown = text(row.querySelector('.types'));
          const want = expectedTypes(store(provider), slug, 'es');
          if (shown !== want && !wrong) wrong = `${slug}: "${shown}" instead of "${want}"`;
        }
      };
      const mo = new MutationObserver(check);
      mo.observe(list.shadowRoot!, { childList: true, subtree: true, characterData: true });
      page.setAttribute('lang', 'es');
      await waitUntil(() => / reuni[oó]n(es)?$/.test(text($(list, '[part="count"]'))), 'the list never switched to Spanish', { timeout: 8000 });
      await list.updateComplete;
      check();
      mo.disconnect();
      expect(spanishRenders).to.be.greaterThan(0);
      expect(wrong, wrong).to.equal('');
      expect(requested()).to.deep.equal(['es']);
      await expect(list).to.be.accessible();
    } finally {
      await fetch('/__rk/delay-path?part=/types-lang/es.&ms=0');
      if (before === null) page.removeAttribute('lang');
      else page.setAttribute('lang', before);
    }
  });

  it('Spanish loads only the Spanish chunk, and no row ever shows an English label', async () => {
    const seen: string[] = [];
    let wrong = '';
    const wrap = await fixture<HTMLElement>(html`<div lang="es"></div>`);
    const provider = document.createElement('rk-meeting-provider');
    Object.assign(provider, { src: ORANGE, timeZone: TZ, viewerTimeZone: TZ, now: NOW });
    const list = document.createElement('rk-meeting-list');
    // Every render of the list is checked, from the first one (skeleton) on.
    const check = () => {
      for (const row of list.shadowRoot ? $$(list, '[part="row"]') : []) {
        const slug = row.querySelector<HTMLElement>('[data-id]')!.dataset.id!;
        const shown = text(row.querySelector('.types'));
        const want = expectedTypes(store(provider), slug, 'es');
        seen.push(shown);
        if (shown !== want && !wrong) wrong = `${slug}: "${shown}" instead of "${want}"`;
      }
    };
    const mo = new MutationObserver(check);
    provider.append(list);
    wrap.append(provider);
    // The shadow root exists from connection on, before the first render.
    mo.observe(list.shadowRoot!, { childList: true, subtree: true, characterData: true });
    await waitUntil(() => store(provider)?.status === 'ready', 'feed never loaded', { timeout: 8000 });
    await waitUntil(() => text($(list, '[part="count"]')).endsWith(' reuniones'), 'no Spanish count');
    check();
    mo.disconnect();
    expect(wrong, wrong).to.equal('');
    expect(seen.some((s) => s.includes('Abierta') || s.includes('Cerrada'))).to.equal(true);
    expect(requested()).to.deep.equal(['es']);
    await expect(list).to.be.accessible();
  });

  it('a CSV feed loads every language, so a type named in Spanish is read in an English list', async () => {
    const csv = 'Name,Day,Time,Address,City,Types\nMujeres en Calma,Tuesday,19:00,1 Main St,Media,"Mujeres, Ouvert(e)"\n';
    const wrap = await fixture<HTMLElement>(html`<div lang="en">
      <rk-meeting-provider src=${`/__rk/text?type=text/csv&body=${encodeURIComponent(csv)}`} time-zone=${TZ} viewer-time-zone=${TZ} now=${NOW}>
        <rk-meeting-list></rk-meeting-list>
      </rk-meeting-provider>
    </div>`);
    const provider = wrap.querySelector('rk-meeting-provider')!;
    const list = wrap.querySelector('rk-meeting-list')!;
    await waitUntil(() => store(provider)?.status === 'ready', 'feed never loaded', { timeout: 8000 });
    await countIs(list, '1 meeting');
    expect(store(provider).meetings[0].types).to.deep.equal(['W', 'O']);
    expect(text($$(list, '.types')[0])).to.equal('Women, Open');
    expect(requested()).to.deep.equal(['es', 'fr', 'ja', 'nl', 'pt', 'sk', 'sv', 'th']);
  });
});
