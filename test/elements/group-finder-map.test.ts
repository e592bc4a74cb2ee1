/**
 * The finder's map view: the map's chunks failing to load (offline, a blocked CDN) and the map
 * state's accessibility inside the composite. A failing chunk is a real failed request: the
 * chunk loaders are pointed at the test server's /__rk/drop, which closes the connection
 * unanswered (a network error), and then back at the real chunks.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulatePrint } from '../helpers/media.js';
import '../../src/elements/group-finder/define.js';
import type { LitElement } from 'lit';
import { RkGroupFinder } from '../../src/elements/group-finder/group-finder.js';
import { $$, NOW, resetUrl, SEPIA, store, text, TZ, ZONES } from '../fixtures/finder/helpers.js';

const TILES = '/__rk/tile/{z}/{x}/{y}';
/** Temporarily closed (TC) and inactive meetings, with street addresses and coordinates, and one open place. */
const CLOSED = '/test/fixtures/meetings/closed.json';
const offline = (key: string) => () => import(/* @vite-ignore */ `/__rk/drop?key=${key}-${Date.now()}`);
const realElementChunk = RkGroupFinder._loadMap;

const part = <T extends Element = LitElement>(f: RkGroupFinder, sel: string) => f.shadowRoot!.querySelector<T>(sel)!;
const button = (f: RkGroupFinder, label: string) => $$<HTMLButtonElement>(f, 'button').find((b) => text(b) === label)!;
const alertText = (f: RkGroupFinder) => text(part(f, '[role="alert"]'));
const visible = (el: Element | null) => !!el && (el as HTMLElement).offsetParent !== null;

async function ready(f: RkGroupFinder) {
  await waitUntil(() => store(f)?.status === 'ready', 'feed never loaded', { timeout: 8000 });
  await part(f, 'rk-meeting-list').updateComplete;
}

describe('<rk-group-finder> map view', () => {
  afterEach(() => {
    RkGroupFinder._loadMap = realElementChunk;
    resetUrl();
  });

  it('says so, with a way back to the list and Try again, when the map cannot be loaded; works once it can', async () => {
    // 1. The map element's chunk fails (the whole map is unreachable).
    RkGroupFinder._loadMap = offline('map-element');
    const f = await fixture<RkGroupFinder>(html`<rk-group-finder src=${ZONES} time-zone=${TZ} now=${NOW} map-tiles=${TILES}></rk-group-finder>`);
    await ready(f);
    button(f, 'Map').click();
    await waitUntil(() => part(f, '[role="alert"]'), 'no message', { timeout: 5000 });
    expect(alertText(f)).to.equal('The map could not be loaded. The list still has every meeting.');
    expect(visible(part(f, 'rk-meeting-map'))).to.equal(false);
    expect(visible(button(f, 'Show the list'))).to.equal(true);
    expect(visible(button(f, 'Try again'))).to.equal(true);
    await expect(f).to.be.accessible();

    // "Show the list" goes back to the list, focus on its switch.
    button(f, 'Show the list').click();
    await f.updateComplete;
    expect(visible(part(f, 'rk-meeting-list'))).to.equal(true);
    expect(f.shadowRoot!.activeElement).to.equal(button(f, 'List'));
    expect(button(f, 'List').getAttribute('aria-pressed')).to.equal('true');

    // 2. Back online for the element, but Leaflet's chunk fails: the same message, not a blank panel; in Spanish.
    RkGroupFinder._loadMap = realElementChunk;
    const { RkMeetingMap } = await import('../../src/elements/meeting-map/meeting-map.js');
    const realLeaflet = RkMeetingMap._loadChunk;
    RkMeetingMap._loadChunk = offline('leaflet') as typeof realLeaflet;
    const g = await fixture<RkGroupFinder>(html`<rk-group-finder lang="es" src=${ZONES} time-zone=${TZ} now=${NOW} map-tiles=${TILES}></rk-group-finder>`);
    await ready(g);
    button(g, 'Mapa').click();
    await waitUntil(() => part(g, '[role="alert"]'), 'no message for a failed Leaflet chunk', { timeout: 5000 });
    expect(alertText(g)).to.equal('No se pudo cargar el mapa. La lista tiene todas las reuniones.');
    expect(visible(part(g, 'rk-meeting-map'))).to.equal(false);
    expect(visible(button(g, 'Mostrar la lista'))).to.equal(true);
    await expect(g).to.be.accessible();

    // 3. Online again: Try again draws the map.
    RkMeetingMap._loadChunk = realLeaflet;
    button(g, 'Reintentar').click();
    const map = part(g, 'rk-meeting-map');
    // (No meeting of this feed is on today's list: the map is drawn, with no marker.)
    await waitUntil(() => map.shadowRoot!.querySelector('.leaflet-container'), 'the map never appeared after Try again', { timeout: 8000 });
    await g.updateComplete;
    expect(part(g, '[role="alert"]')).to.equal(null);
    expect(visible(map)).to.equal(true);
    expect(visible(part(g, 'rk-meeting-list'))).to.equal(false);
    await expect(g).to.be.accessible();
  });

  it('is accessible in the map state, with a marker popup open, inside the composite', async () => {
    const f = await fixture<RkGroupFinder>(html`<rk-group-finder src=${SEPIA} time-zone=${TZ} viewer-time-zone=${TZ} now=${NOW} map-tiles=${TILES}></rk-group-finder>`);
    await ready(f);
    button(f, 'Map').click();
    await waitUntil(() => part<LitElement & { markerCount: number }>(f, 'rk-meeting-map')?.markerCount > 0, 'no markers', { timeout: 8000 });
    const map = part<LitElement & { markerCount: number }>(f, 'rk-meeting-map');
    await f.updateComplete;
    expect(button(f, 'Map').getAttribute('aria-pressed')).to.equal('true');
    expect(text(map.shadowRoot!.querySelector('[part="summary"]'))).to.match(/on the map/);
    await expect(f).to.be.accessible();
    // A popup (Details buttons) open: a numbered cluster zooms in when used, so use markers until one opens.
    for (let i = 0; i < 12 && !map.shadowRoot!.querySelector('.leaflet-popup button'); i++) {
      map.shadowRoot!.querySelector<HTMLElement>('.leaflet-marker-icon')!.click();
      await new Promise((r) => setTimeout(r, 300));
    }
    expect(map.shadowRoot!.querySelector('.leaflet-popup button'), 'no popup opened').to.exist;
    await expect(f).to.be.accessible();
  });

  it('pins only places one can go to: no marker for a closed room (TC) or an inactive meeting, as no distance in the list', async () => {
    const f = await fixture<RkGroupFinder>(html`<rk-group-finder src=${CLOSED} time-zone=${TZ} viewer-time-zone=${TZ} now=${NOW} map-tiles=${TILES}></rk-group-finder>`);
    await ready(f);
    expect(store(f).result.count).to.equal(7);
    button(f, 'Map').click();
    await waitUntil(() => part<LitElement & { markerCount: number }>(f, 'rk-meeting-map')?.markerCount > 0, 'no markers', { timeout: 8000 });
    const map = part<LitElement & { markerCount: number }>(f, 'rk-meeting-map');
    await map.updateComplete;
    // Of 7 meetings (4 of type TC, 2 inactive, each with a street address), one open place.
    const labels = [...map.shadowRoot!.querySelectorAll('.leaflet-marker-icon')].map((m) => m.getAttribute('aria-label')!);
    expect(map.markerCount).to.equal(1);
    expect(labels).to.have.length(1);
    expect(labels[0].startsWith('Open Door Group')).to.equal(true);
    expect(text(map.shadowRoot!.querySelector('[part="summary"]'))).to.equal(
      '1 of 7 meetings on the map; the list has all of them (online meetings, closed places and those without a street address have no place on the map).',
    );
    // "Near me" at the closed door: the map, the list's distances and the order agree.
    store(f).setOrigin({ lat: 39.9168, lng: -75.3877 });
    await waitUntil(() => store(f).sort === 'distance', 'no distance sort');
    const s = store(f);
    const measured = s.result.meetings.filter((m) => s.index!.distanceTo(m, s.origin!) !== null).map((m) => m.name);
    expect(measured).to.deep.equal(['Open Door Group']);
    expect(s.result.meetings[0].name).to.equal('Open Door Group');
    await map.updateComplete;
    expect(map.markerCount).to.equal(1);
    await expect(f).to.be.accessible();
  });

  it('prints the list (every result), not the map, from the map view', async function () {
    const f = await fixture<RkGroupFinder>(html`<rk-group-finder src=${SEPIA} time-zone=${TZ} viewer-time-zone=${TZ} now=${NOW} map-tiles=${TILES}></rk-group-finder>`);
    await ready(f);
    button(f, 'Map').click();
    await waitUntil(() => part<LitElement & { markerCount: number }>(f, 'rk-meeting-map')?.markerCount > 0, 'no markers', { timeout: 8000 });
    const map = part(f, 'rk-meeting-map');
    const list = part(f, 'rk-meeting-list');
    const rows = () => list.shadowRoot!.querySelectorAll('[part="row"]').length;
    expect(getComputedStyle(list).display).to.equal('none');
    // Print media can be emulated in Chromium only (CDP); elsewhere the beforeprint path is
    // checked, which renders every row the same way (the print stylesheet needs the media).
    if (!(await emulatePrint(true))) {
      window.dispatchEvent(new Event('beforeprint'));
      expect(rows()).to.equal(store(f).result.count);
      window.dispatchEvent(new Event('afterprint'));
      return;
    }
    try {
      await waitUntil(() => rows() === store(f).result.count, 'not every row rendered for print');
      expect(getComputedStyle(list).display).to.equal('block');
      expect(getComputedStyle(map).display).to.equal('none');
    } finally {
      await emulatePrint(false);
    }
  });
});
