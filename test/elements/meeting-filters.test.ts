import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/meeting-provider/define.js';
import '../../src/elements/meeting-list/define.js';
import '../../src/elements/meeting-search/define.js';
import '../../src/elements/meeting-filters/define.js';
import type { RkMeetingProvider } from '../../src/elements/meeting-provider/meeting-provider.js';
import { $, $$, meetings, coreCount, coreIndex, countIs, NOW, NOW_MS, ORANGE, resetUrl, SEPIA, text, TZ, store } from '../fixtures/finder/helpers.js';

async function setup(src: string, attrs: { geocoder?: string; lang?: string } = {}) {
  const wrap = await fixture<HTMLElement>(
    html`<rk-meeting-provider src=${src} time-zone=${TZ} viewer-time-zone=${TZ} now=${NOW} lang=${attrs.lang ?? 'en'}>
      <rk-meeting-search></rk-meeting-search>
      <rk-meeting-filters geocoder-src=${attrs.geocoder ?? ''}></rk-meeting-filters>
      <rk-meeting-list></rk-meeting-list>
    </rk-meeting-provider>`,
  );
  const provider = wrap as RkMeetingProvider;
  await waitUntil(() => store(provider)?.status === 'ready', 'feed never loaded', { timeout: 8000 });
  const filters = wrap.querySelector('rk-meeting-filters')!;
  const list = wrap.querySelector('rk-meeting-list')!;
  const search = wrap.querySelector('rk-meeting-search')!;
  await filters.updateComplete;
  return { provider, filters, list, search };
}

/** The checkbox whose label starts with `label` inside the fieldset with legend `legend`. */
function box(filters: HTMLElement, legend: string, label: string): HTMLInputElement {
  const fs = $$(filters, 'fieldset').find((f) => text(f.querySelector('legend')) === legend)!;
  const opt = [...fs.querySelectorAll('label')].find((l) => text(l).startsWith(label))!;
  return opt.querySelector('input')!;
}

async function check(filters: HTMLElement & { updateComplete: Promise<unknown> }, legend: string, label: string) {
  box(filters, legend, label).click();
  await filters.updateComplete;
}

describe('<rk-meeting-filters> and <rk-meeting-search>', () => {
  afterEach(resetUrl);

  it('has labelled fieldsets with legends, today checked, and is accessible', async () => {
    const { filters } = await setup(SEPIA);
    const legends = $$(filters, 'legend').map(text);
    expect(legends).to.deep.equal(['Day', 'Time of day', 'Attendance', 'Meeting types', 'Distance']);
    expect(box(filters, 'Day', 'Tuesday').checked).to.equal(true);
    expect(box(filters, 'Day', 'Any day').checked).to.equal(false);
    expect(text($(filters, '[part="chip"]'))).to.contain('Tuesday');
    await expect(filters).to.be.accessible();
  });

  it('filters by time of day, attendance (a real hybrid filter), type and a combination, with facet counts', async () => {
    const { filters, list } = await setup(SEPIA);
    const index = await coreIndex(SEPIA);
    const facets = index.query({ days: [2] }, { now: NOW_MS }).facets!;
    expect(text(box(filters, 'Time of day', 'Evening').parentElement)).to.equal(`Evening (${facets.times.evening})`);
    expect(text(box(filters, 'Attendance', 'Hybrid').parentElement)).to.equal(`Hybrid (${facets.attendance.hybrid})`);

    await check(filters, 'Time of day', 'Evening');
    await countIs(list, `${await coreCount(SEPIA, { days: [2], times: ['evening'] })} meetings`);

    await check(filters, 'Time of day', 'Evening');
    await check(filters, 'Attendance', 'Hybrid');
    const hybrid = await coreCount(SEPIA, { days: [2], attendance: ['hybrid'] });
    expect(hybrid).to.be.lessThan(await coreCount(SEPIA, { days: [2], attendance: ['online'] }));
    await countIs(list, `${hybrid} meetings`);
    for (const row of $$(list, '[part="row"]')) expect(text(row)).to.contain('Hybrid');

    await check(filters, 'Attendance', 'Hybrid');
    const code = index.typeCodes[0];
    const { typeLabel } = await import('../../src/core/meetings/index.js');
    const label = typeLabel(code, 'en');
    expect(text(box(filters, 'Meeting types', label).parentElement)).to.equal(`${label} (${facets.types[code]})`);
    await check(filters, 'Meeting types', label);
    await countIs(list, `${await coreCount(SEPIA, { days: [2], types: [code] })} meetings`);

    // Combination: two days, evening, in person, that type.
    await check(filters, 'Day', 'Thursday');
    await check(filters, 'Time of day', 'Evening');
    await check(filters, 'Attendance', 'In person');
    const combo = await coreCount(SEPIA, { days: [2, 4], times: ['evening'], attendance: ['in_person'], types: [code] });
    await countIs(list, `${combo} meetings`);
    // Chips for each, and Clear all.
    const chips = $$(filters, '[part="chip"]').map((c) => c.getAttribute('aria-label'));
    expect(chips).to.deep.equal([
      'Remove filter: Tuesday',
      'Remove filter: Thursday',
      'Remove filter: Evening',
      'Remove filter: In person',
      `Remove filter: ${label}`,
    ]);
    await expect(filters).to.be.accessible();
    $<HTMLButtonElement>(filters, '[part="chip"]')!.click();
    await countIs(list, `${await coreCount(SEPIA, { days: [4], times: ['evening'], attendance: ['in_person'], types: [code] })} meetings`);
    $<HTMLButtonElement>(filters, '[part="clear"]')!.click();
    await countIs(list, `${index.size.toLocaleString('en')} meetings`);
    await filters.updateComplete;
    expect($(filters, '[part="chips"]')).to.equal(null);
  });

  it('puts the common types first and the rest behind "More types"', async () => {
    const { filters } = await setup(SEPIA);
    const index = await coreIndex(SEPIA);
    const fs = $$(filters, 'fieldset.types')[0];
    const visible = [...fs.querySelectorAll(':scope > label')].length;
    expect(visible).to.equal(Math.min(8, index.typeCodes.length));
    const more = fs.querySelector('details')!;
    expect(text(more.querySelector('summary'))).to.equal(`More types (${index.typeCodes.length - 8})`);
    expect(more.open).to.equal(false);
  });

  it('filters by region from the region tree', async () => {
    const { filters, list, provider } = await setup(ORANGE);
    const index = await coreIndex(ORANGE);
    const region = index.regionTree()[0];
    const select = $<HTMLSelectElement>(filters, 'select')!;
    expect(select.labels![0].textContent).to.equal('Region');
    select.value = region.key;
    select.dispatchEvent(new Event('change'));
    await provider.updateComplete;
    expect(store(provider).filter.region).to.deep.equal(region.path);
    await countIs(list, meetings(await coreCount(ORANGE, { days: [2], region: region.path })));
    expect(store(provider).result.count).to.equal(await coreCount(ORANGE, { days: [2], region: region.path }));
  });

  it('searches after typing stops (debounced), by keyboard', async () => {
    const { search, list, provider } = await setup(SEPIA);
    const input = $<HTMLInputElement>(search, 'input')!;
    expect(input.type).to.equal('search');
    expect(input.labels![0].textContent).to.equal('Search meetings');
    input.focus();
    await sendKeys({ type: 'women' });
    expect(store(provider).filter.keyword).to.equal(undefined);
    await waitUntil(() => store(provider).filter.keyword === 'women');
    await countIs(list, `${await coreCount(SEPIA, { days: [2], keyword: 'women' })} meetings`);
    await expect(search).to.be.accessible();
  });

  it('measures distance near an address only through the configured geocoder, with radius and unit', async () => {
    const geo = `/__rk/text?type=application/json&body=${encodeURIComponent('[{"lat":39.9168,"lon":-75.3877,"display_name":"Media, PA"}]')}&q={query}`;
    const plain = await setup(SEPIA);
    expect($(plain.filters, 'form.address')).to.equal(null);
    const { filters, list, provider } = await setup(SEPIA, { geocoder: geo });
    const form = $<HTMLFormElement>(filters, 'form.address')!;
    form.querySelector('input')!.value = 'Media';
    form.requestSubmit();
    await waitUntil(() => store(provider).origin?.label === 'Media, PA');
    await filters.updateComplete;
    const radius = $$<HTMLSelectElement>(filters, 'select').find((s) => s.labels![0].textContent === 'Within')!;
    radius.value = '5';
    radius.dispatchEvent(new Event('change'));
    const origin = { lat: 39.9168, lng: -75.3877 };
    const expected = await coreCount(SEPIA, { days: [2], near: { ...origin, radius: 5, unit: store(provider).unit } }, { sort: 'distance' });
    await countIs(list, `${expected} meetings`);
    expect(text($(list, '[part="row"]'))).to.match(/\d(\.\d)? (miles|km) away/);
    expect(text($(filters, '[part="chips"]'))).to.contain('Near Media, PA');
    await expect(filters).to.be.accessible();
  });

  it('asks for the location only when "Near me" is pressed', async () => {
    let asked = 0;
    const real = Object.getOwnPropertyDescriptor(Navigator.prototype, 'geolocation')!;
    Object.defineProperty(navigator, 'geolocation', {
      configurable: true,
      value: {
        getCurrentPosition: (ok: PositionCallback) => {
          asked++;
          ok({ coords: { latitude: 39.95, longitude: -75.16 } } as GeolocationPosition);
        },
      },
    });
    try {
      const { filters, provider } = await setup(SEPIA);
      expect(asked).to.equal(0);
      const btn = $$<HTMLButtonElement>(filters, 'button').find((b) => text(b) === 'Near me')!;
      btn.click();
      expect(asked).to.equal(1);
      await waitUntil(() => store(provider).sort === 'distance');
      expect(store(provider).origin).to.include({ lat: 39.95, lng: -75.16 });
    } finally {
      delete (navigator as unknown as Record<string, unknown>).geolocation;
      Object.defineProperty(Navigator.prototype, 'geolocation', real);
    }
  });

  it('speaks Spanish', async () => {
    const { filters, search } = await setup(ORANGE, { lang: 'es' });
    expect($$(filters, 'legend').map(text)).to.include.members(['Día', 'Hora del día', 'Asistencia', 'Tipos de reunión', 'Distancia']);
    expect(box(filters, 'Día', 'martes').checked).to.equal(true);
    expect(text($(search, 'label'))).to.equal('Buscar reuniones');
    await expect(filters).to.be.accessible();
  });
});
