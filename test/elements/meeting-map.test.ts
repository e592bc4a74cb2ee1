import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/meeting-map/define.js';
import '../../src/elements/meeting-provider/define.js';
import { RkMeetingMap, leafletRequested } from '../../src/elements/meeting-map/meeting-map.js';
import type { RkMeetingProvider } from '../../src/elements/meeting-provider/meeting-provider.js';
import { loadMeetings, type Meeting } from '../../src/core/meetings/index.js';
import { EventLog } from '../helpers/events.js';

// Tiles come from a fixture on the test server: never the internet.
const TILES = '/test/fixtures/map/tile.png?z={z}&x={x}&y={y}';
const tiles = (key: string) => `${TILES}&k=${key}`;

const resources = (part: string | RegExp) =>
  performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((n) => (typeof part === 'string' ? n.includes(part) : part.test(n)));

const until = (check: () => unknown, ms = 5000) => waitUntil(check, `condition not met within ${ms} ms: ${check}`, { timeout: ms, interval: 20 });

const root = (el: RkMeetingMap) => el.shadowRoot!;
const markers = (el: RkMeetingMap) => [...root(el).querySelectorAll<HTMLElement>('.leaflet-marker-icon')];
const summary = (el: RkMeetingMap) => root(el).querySelector('[part="summary"]')!.textContent!.trim();
const shown = async (el: RkMeetingMap) => until(() => el.markerCount > 0);

let all: Meeting[] = [];
let few: Meeting[] = [];

before(async () => {
  // Every tile is a resource entry: keep them all (the default buffer holds 250).
  performance.setResourceTimingBufferSize(100000);
  const res = await fetch('/shared-data/meeting-guide/sepia-2038.json');
  all = loadMeetings(await res.text(), { timeZone: 'America/New_York' }).meetings;
  // 24 meetings at distinct places, plus one online (no place) and one with only an approximate address.
  const seen = new Set<string>();
  for (const m of all) {
    const c = m.coordinates;
    if (!c || m.approximate) continue;
    const key = `${c.lat},${c.lng}`;
    if (seen.has(key)) continue;
    seen.add(key);
    few.push(m);
    if (few.length === 24) break;
  }
  few = [...few, { ...few[0], slug: 'online-only', name: 'Test meeting without a place', coordinates: null }, { ...few[1], slug: 'approx', name: 'Test meeting with an approximate address', approximate: true }];
});

describe('<rk-meeting-map>', () => {
  // Runs first: nothing in this file has loaded Leaflet yet.
  it('requests nothing until the map is shown, then loads the map chunk with Leaflet and local tiles only', async () => {
    const el = await fixture<RkMeetingMap>(html`<rk-meeting-map hidden map-tiles=${tiles('first')} .meetings=${few}></rk-meeting-map>`);
    await new Promise((r) => setTimeout(r, 300));
    expect(leafletRequested()).to.equal(false);
    expect(resources('leaflet')).to.deep.equal([]);
    expect(resources('k=first')).to.deep.equal([]);
    expect(!!root(el).querySelector('.leaflet-container')).to.equal(false);
    expect(summary(el)).to.contain('24 of 26 meetings on the map; the list has all of them');

    el.hidden = false;
    await shown(el);
    expect(leafletRequested()).to.equal(true);
    expect(resources(/leaflet-src\.esm\.js/)).to.have.length(1);
    expect(resources(/map-view\.ts(\?|$)/)).to.have.length(1);
    await until(() => resources('k=first').length > 0);
    expect(resources('openstreetmap')).to.deep.equal([]);
    // Leaflet's CSS came with the chunk, as an adopted stylesheet: no <style> or <link> in the shadow root.
    expect(!!root(el).querySelector('style, link')).to.equal(false);
    expect(getComputedStyle(root(el).querySelector('.leaflet-tile-pane')!).position).to.equal('absolute');
  });

  it('draws one focusable, named marker per meeting with a street location', async () => {
    const el = await fixture<RkMeetingMap>(html`<rk-meeting-map cluster-size="0" map-tiles=${tiles('count')} .meetings=${few}></rk-meeting-map>`);
    await shown(el);
    const list = markers(el);
    expect(list).to.have.length(24);
    expect(el.markerCount).to.equal(24);
    const names = list.map((m) => m.getAttribute('aria-label'));
    expect(names.some((n) => n!.startsWith(few[0].name + ', '))).to.equal(true);
    expect(names.join('|')).not.to.contain('Test meeting without a place');
    expect(names.join('|')).not.to.contain('Test meeting with an approximate address');
    for (const m of list) {
      expect(m.getAttribute('role')).to.equal('button');
      expect(m.tabIndex).to.equal(0);
    }
    const region = root(el).querySelector('[part="map"]')!;
    expect(region.getAttribute('role')).to.equal('region');
    expect(region.getAttribute('aria-label')).to.equal('Map of meetings');
    await expect(el).to.be.accessible();
  });

  it('groups 2,000 meetings into numbered clusters that add up to every mappable meeting', async () => {
    const el = await fixture<RkMeetingMap>(html`<rk-meeting-map map-tiles=${tiles('cluster')} .meetings=${all}></rk-meeting-map>`);
    await shown(el);
    const mappable = all.filter((m) => m.coordinates && !m.approximate).length;
    expect(mappable).to.be.greaterThan(1000);
    const list = markers(el);
    expect(list.length).to.be.lessThan(300);
    const sum = list.reduce((n, m) => n + Number(m.dataset.count), 0);
    expect(sum).to.equal(mappable);
    const cluster = list.find((m) => Number(m.dataset.count) > 1)!;
    expect(cluster.getAttribute('aria-label')).to.match(/^\d+ meetings (here, zoom in|at this place)$/);
    expect(summary(el)).to.contain(`${mappable.toLocaleString('en')} of ${all.length.toLocaleString('en')} meetings on the map`);
  });

  it('a cluster zooms in when used; a place with several meetings lists them in a popup', async () => {
    const el = await fixture<RkMeetingMap>(html`<rk-meeting-map map-tiles=${tiles('zoom')} .meetings=${all}></rk-meeting-map>`);
    await shown(el);
    const before = el.markerCount;
    const spread = markers(el).find((m) => /zoom in/.test(m.getAttribute('aria-label')!))!;
    spread.click();
    await until(() => el.markerCount !== before || markers(el).every((m) => m !== spread));
    const place = await (async () => {
      for (let i = 0; i < 12; i++) {
        const p = markers(el).find((m) => /at this place/.test(m.getAttribute('aria-label')!));
        if (p) return p;
        const z = markers(el).find((m) => /zoom in/.test(m.getAttribute('aria-label')!));
        if (!z) break;
        z.click();
        await new Promise((r) => setTimeout(r, 100));
      }
      return undefined;
    })();
    expect(place, 'a place with several meetings').to.not.equal(undefined);
    const n = Number(place!.dataset.count);
    place!.click();
    await until(() => root(el).querySelector('.leaflet-popup'));
    const popup = root(el).querySelector('.leaflet-popup')!;
    expect(popup.textContent).to.contain(`${n} meetings at this place`);
    expect(popup.querySelectorAll('li').length).to.equal(Math.min(n, 30));
    await expect(el).to.be.accessible();
  });

  it('a marker opens a popup with name, time and a Details button that selects the meeting', async () => {
    const log = new EventLog(['rk-map-select']);
    const el = await fixture<RkMeetingMap>(html`<rk-meeting-map cluster-size="0" map-tiles=${tiles('popup')} .meetings=${few}></rk-meeting-map>`);
    await shown(el);
    const target = few[3];
    const marker = markers(el).find((m) => m.getAttribute('aria-label')!.startsWith(target.name + ', '))!;
    marker.click();
    await until(() => root(el).querySelector('.leaflet-popup button'));
    const popup = root(el).querySelector('.leaflet-popup')!;
    expect(popup.textContent).to.contain(target.name);
    const day = new Intl.DateTimeFormat('en', { weekday: 'short', timeZone: 'UTC' }).format(Date.UTC(2000, 0, 2 + target.days[0], 12));
    expect(popup.textContent).to.contain(day);
    const button = popup.querySelector('button')!;
    expect(button.textContent!.trim()).to.equal('Details');
    expect(button.getAttribute('aria-label')).to.equal(`Details: ${target.name}`);
    await expect(el).to.be.accessible();
    button.click();
    const ev = await log.wait<{ id: string; meeting: Meeting }>('rk-map-select', el);
    expect(ev.detail.id).to.equal(target.slug);
    expect(ev.detail.meeting.name).to.equal(target.name);
    expect(el.selectedId).to.equal(target.slug);
    await until(() => root(el).querySelector('.leaflet-marker-icon.selected'));
    const selected = root(el).querySelector<HTMLElement>('.leaflet-marker-icon.selected')!;
    expect(selected.getAttribute('aria-label')).to.equal(`${target.name}, ${marker.getAttribute('aria-label')!.slice(target.name.length + 2)}, selected`);
    await until(() => !root(el).querySelector('.leaflet-popup'));
    log.dispose();
  });

  it('highlights and pans to selected-id', async () => {
    const el = await fixture<RkMeetingMap>(html`<rk-meeting-map cluster-size="0" map-tiles=${tiles('select')} .meetings=${few}></rk-meeting-map>`);
    await shown(el);
    const target = few[10];
    el.selectedId = target.slug;
    await until(() => root(el).querySelector('.leaflet-marker-icon.selected'));
    const pin = root(el).querySelector<HTMLElement>('.leaflet-marker-icon.selected')!;
    expect(pin.getAttribute('aria-label')).to.contain(target.name);
    // Panned: the selected marker sits in the middle of the map.
    const box = root(el).querySelector('[part="map"]')!.getBoundingClientRect();
    const p = pin.getBoundingClientRect();
    expect(Math.abs(p.left + p.width / 2 - (box.left + box.width / 2))).to.be.lessThan(4);
    expect(Math.abs(p.top + p.height / 2 - (box.top + box.height / 2))).to.be.lessThan(4);
  });

  it('keeps the user\'s view when the same meetings come again in another order (the provider re-sorts each minute)', async () => {
    const el = await fixture<RkMeetingMap>(html`<rk-meeting-map cluster-size="0" map-tiles=${tiles('keep')} .meetings=${few}></rk-meeting-map>`);
    await shown(el);
    const pane = root(el).querySelector<HTMLElement>('.leaflet-map-pane')!;
    const zoomIn = root(el).querySelector<HTMLElement>('.leaflet-control-zoom-in')!;
    zoomIn.click();
    await until(() => !root(el).querySelector('.leaflet-zoom-anim'));
    await new Promise((r) => setTimeout(r, 400));
    const zoomed = markers(el).map((m) => m.style.transform).sort().join('|');
    el.meetings = [...few].reverse();
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 100));
    expect(markers(el).map((m) => m.style.transform).sort().join('|')).to.equal(zoomed);
    expect(pane.style.transform).to.not.equal('');
    el.meetings = few.slice(0, 3);
    await until(() => el.markerCount === 3);
  });

  it('works by keyboard: Enter opens the popup with focus on Details, Escape closes it and returns focus', async () => {
    const el = await fixture<RkMeetingMap>(html`<rk-meeting-map cluster-size="0" map-tiles=${tiles('keys')} .meetings=${few}></rk-meeting-map>`);
    await shown(el);
    const marker = markers(el)[2];
    const label = marker.getAttribute('aria-label')!;
    marker.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => root(el).querySelector('.leaflet-popup button'));
    await until(() => root(el).activeElement?.tagName === 'BUTTON');
    expect(root(el).activeElement!.textContent!.trim()).to.equal('Details');
    const close = root(el).querySelector('.leaflet-popup-close-button')!;
    expect(close.getAttribute('aria-label')).to.equal('Close');
    await sendKeys({ press: 'Escape' });
    // Back on the same meeting's marker (the marker may have been redrawn when the popup panned the map).
    await until(() => root(el).activeElement?.getAttribute('aria-label') === label);
    await until(() => !root(el).querySelector('.leaflet-popup'));
    await sendKeys({ press: ' ' });
    await until(() => root(el).activeElement?.tagName === 'BUTTON');
    await sendKeys({ press: 'Enter' });
    await until(() => root(el).querySelector('.leaflet-marker-icon.selected'));
    await until(() => root(el).activeElement?.classList.contains('selected'));
  });

  it('inside <rk-meeting-provider> shows its results and Details opens the meeting there', async () => {
    const log = new EventLog(['rk-select']);
    const wrap = await fixture<RkMeetingProvider>(html`<rk-meeting-provider time-zone="America/New_York" now="2026-11-23T18:00" .meetings=${all}
      ><rk-meeting-map cluster-size="0" map-tiles=${tiles('provider')}></rk-meeting-map
    ></rk-meeting-provider>`);
    const el = wrap.querySelector('rk-meeting-map')!;
    await until(() => el.markerCount > 0, 8000);
    // Monday's results only (the provider's default day filter is today).
    const monday = all.filter((m) => m.days.includes(1) && m.coordinates && !m.approximate).length;
    expect(el.markerCount).to.be.at.most(monday);
    expect(summary(el)).to.match(/meetings on the map/);
    const marker = markers(el)[0];
    marker.click();
    await until(() => root(el).querySelector('.leaflet-popup button'));
    root(el).querySelector<HTMLButtonElement>('.leaflet-popup button')!.click();
    const ev = await log.wait<{ id: string }>('rk-select', wrap);
    expect(marker.getAttribute('aria-label')).to.contain(all.find((m) => m.slug === ev.detail.id)!.name);
    await until(() => root(el).querySelector('.leaflet-marker-icon.selected'));
    await expect(wrap).to.be.accessible();
    log.dispose();
  });

  it('with load="click" asks first, naming the tile server, and loads only after the click', async () => {
    const el = await fixture<RkMeetingMap>(html`<rk-meeting-map load="click" map-tiles=${tiles('click')} .meetings=${few}></rk-meeting-map>`);
    await new Promise((r) => setTimeout(r, 200));
    expect(!!root(el).querySelector('.leaflet-container')).to.equal(false);
    expect(root(el).querySelector('[part="placeholder"]')!.textContent).to.contain(`The map loads its images from ${location.host}.`);
    await expect(el).to.be.accessible();
    expect(resources('k=click')).to.deep.equal([]);
    root(el).querySelector<HTMLButtonElement>('[part="placeholder"] button')!.click();
    await shown(el);
    await until(() => resources('k=click').length > 0);

    const osm = await fixture<RkMeetingMap>(html`<rk-meeting-map load="click" .meetings=${few}></rk-meeting-map>`);
    expect(root(osm).querySelector('[part="placeholder"]')!.textContent).to.contain('tile.openstreetmap.org');
  });

  it('shows the attribution as plain text and the OpenStreetMap credit only for its tiles', async () => {
    const el = await fixture<RkMeetingMap>(html`<rk-meeting-map map-tiles=${tiles('attr')} map-attribution=${'Tiles <b>© Example</b>'} .meetings=${few}></rk-meeting-map>`);
    await shown(el);
    const attribution = root(el).querySelector('.leaflet-control-attribution')!;
    expect(attribution.textContent).to.contain('Tiles <b>© Example</b>');
    expect(!!attribution.querySelector('b')).to.equal(false);
    expect(attribution.textContent).not.to.contain('OpenStreetMap');
  });

  it('follows new results, and says so when none has a place on the map', async () => {
    const el = await fixture<RkMeetingMap>(html`<rk-meeting-map cluster-size="0" map-tiles=${tiles('update')} .meetings=${few}></rk-meeting-map>`);
    await shown(el);
    el.meetings = few.slice(0, 5);
    await until(() => el.markerCount === 5);
    expect(summary(el)).to.equal('5 meetings on the map.');
    el.meetings = few.slice(24);
    await until(() => el.markerCount === 0);
    expect(summary(el)).to.equal('None of these meetings has a street address to show on the map; the list has all of them.');
    await expect(el).to.be.accessible();
  });

  it('speaks Spanish', async () => {
    const el = await fixture<RkMeetingMap>(html`<rk-meeting-map lang="es" cluster-size="0" map-tiles=${tiles('es')} .meetings=${few}></rk-meeting-map>`);
    await shown(el);
    expect(summary(el)).to.contain('24 de 26 reuniones en el mapa');
    expect(root(el).querySelector('[part="map"]')!.getAttribute('aria-label')).to.equal('Mapa de reuniones');
    expect(root(el).querySelector('.leaflet-control-zoom-in')!.getAttribute('title')).to.equal('Acercar');
    markers(el)[0].click();
    await until(() => root(el).querySelector('.leaflet-popup button'));
    expect(root(el).querySelector('.leaflet-popup button')!.textContent!.trim()).to.equal('Detalles');
    await expect(el).to.be.accessible();
  });
});
