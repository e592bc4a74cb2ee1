/**
 * The map itself: Leaflet, markers with grid clustering, popups, focus handling. This module
 * is the lazy chunk of `<rk-meeting-map>` (with Leaflet and the map's styles): the element
 * imports it with `import()` only once the map is shown.
 */
import { html, nothing, render, type TemplateResult } from 'lit';
import * as L from 'leaflet/dist/leaflet-src.esm.js';
import type { Meeting } from '../../core/meetings/model.js';
import { formatTimeOfDay, weekdayName, type Formatter } from '../../core/i18n/index.js';
import type { MapMessages } from './messages.js';

export { mapStyles } from './map-view.styles.js';

/** What the element hands the map on every update. */
export interface MapState {
  /** All current results (for identity: a new array means a new result set). */
  results: readonly Meeting[];
  /** Results with a street-level location. */
  onMap: readonly Meeting[];
  selection: string | null;
  tiles: string;
  /** HTML for Leaflet's attribution control, already safe. */
  attribution: string;
  maxZoom: number;
  clusterSize: number;
  language: string;
  msg: MapMessages;
  fmt: Formatter;
}

const LEAFLET_PREFIX = '<a href="https://leafletjs.com">Leaflet</a>';
/** Zoom used when showing one meeting. */
const CLOSE_ZOOM = 15;
/** Meetings listed in one popup at most (the rest: "see the list"). */
const POPUP_MAX = 30;

interface MarkerEntry {
  el: HTMLElement;
  slugs: string[];
}

function sameMeetings(a: readonly Meeting[], b: readonly Meeting[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  const slugs = new Set(a.map((m) => m.slug));
  return b.every((m) => slugs.has(m.slug));
}

export class MapView {
  private readonly map: L.Map;
  private readonly layer: L.LayerGroup;
  private readonly ro: ResizeObserver;
  private tiles?: L.TileLayer;
  private tilesKey = '';
  private zoom?: L.Control.Zoom;
  private s!: MapState;
  private hasView = false;
  private version = 0;
  private drawnKey = '';
  private markers: MarkerEntry[] = [];
  private pendingFocus?: Set<string>;
  /** Meetings of the marker that opened the popup: focus goes back there (the element may have been redrawn). */
  private popupReturn?: string[];

  constructor(
    private readonly container: HTMLElement,
    private readonly root: ShadowRoot,
    state: MapState,
    private readonly choose: (m: Meeting) => void,
  ) {
    const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
    const map = L.map(container, {
      zoomControl: false,
      keyboard: true,
      trackResize: false,
      maxZoom: state.maxZoom,
      zoomAnimation: !still,
      fadeAnimation: !still,
      markerZoomAnimation: !still,
    });
    map.attributionControl.setPrefix(LEAFLET_PREFIX);
    this.map = map;
    this.layer = L.layerGroup().addTo(map);
    map.on('moveend', () => this.draw());
    map.on('popupopen', (e) => this.onPopupOpen(e.popup));
    map.on('popupclose', (e) => this.onPopupClose(e.popup));
    this.ro = new ResizeObserver(() => map.invalidateSize());
    this.ro.observe(container);
    this.update(state);
  }

  /** Number of marker elements drawn (a cluster counts once). */
  get markerCount(): number {
    return this.markers.length;
  }

  connect(): void {
    this.ro.observe(this.container);
  }

  disconnect(): void {
    this.ro.disconnect();
  }

  /** Applies a new state: tiles, language, results (fit the view) and selection (pan to it). */
  update(next: MapState): void {
    const prev = this.s;
    this.s = next;
    const tilesKey = `${next.tiles}|${next.attribution}|${next.maxZoom}`;
    if (tilesKey !== this.tilesKey) {
      this.tilesKey = tilesKey;
      this.tiles?.remove();
      this.tiles = L.tileLayer(next.tiles, { maxZoom: next.maxZoom, attribution: next.attribution }).addTo(this.map);
      this.map.setMaxZoom(next.maxZoom);
    }
    const relabel = !prev || prev.language !== next.language;
    if (relabel) {
      this.zoom?.remove();
      this.zoom = L.control.zoom({ zoomInTitle: next.msg.zoomIn, zoomOutTitle: next.msg.zoomOut }).addTo(this.map);
    }
    // A new result array with the same meetings (the provider re-sorts every minute) keeps the
    // user's view; different meetings fit the view to them.
    const fit = !prev || (prev.results !== next.results && !sameMeetings(prev.onMap, next.onMap));
    const pan = !!prev && prev.selection !== next.selection && next.selection !== null;
    if (fit || pan || relabel || prev.selection !== next.selection || prev.clusterSize !== next.clusterSize) {
      this.version++;
      this.sync(fit, pan);
    }
  }

  private selected(): Meeting | undefined {
    const sel = this.s.selection;
    return sel === null ? undefined : this.s.onMap.find((m) => m.slug === sel);
  }

  /** Fits the view to the results (a new result set) or pans to the selection, then redraws. */
  private sync(fit: boolean, pan: boolean): void {
    const map = this.map;
    const points = this.s.onMap;
    const selected = this.selected();
    if (pan && selected) {
      const c = selected.coordinates!;
      map.setView([c.lat, c.lng], Math.max(this.hasView ? map.getZoom() : 0, CLOSE_ZOOM), { animate: false });
      this.hasView = true;
    } else if ((fit || !this.hasView) && points.length) {
      if (points.length === 1 || (!this.hasView && selected)) {
        const c = (selected ?? points[0]).coordinates!;
        map.setView([c.lat, c.lng], CLOSE_ZOOM, { animate: false });
      } else {
        let s = 90;
        let w = 180;
        let n = -90;
        let e = -180;
        for (const p of points) {
          const c = p.coordinates!;
          if (c.lat < s) s = c.lat;
          if (c.lat > n) n = c.lat;
          if (c.lng < w) w = c.lng;
          if (c.lng > e) e = c.lng;
        }
        map.fitBounds(
          [
            [s, w],
            [n, e],
          ],
          { padding: [24, 24], maxZoom: CLOSE_ZOOM, animate: false },
        );
      }
      this.hasView = true;
    }
    this.draw(true);
  }

  /** Groups the results into grid cells at the current zoom and draws the markers in view. */
  private draw(force = false): void {
    if (!this.hasView) return;
    const map = this.map;
    const zoom = map.getZoom();
    const view = map.getBounds().pad(0.5);
    const key = `${this.version}|${zoom}|${view.toBBoxString()}`;
    if (!force && key === this.drawnKey) return;
    this.drawnKey = key;

    // Keep keyboard focus on the same meetings across a redraw.
    const active = this.root.activeElement;
    let focus = this.pendingFocus;
    this.pendingFocus = undefined;
    if (!focus && active) {
      const was = this.markers.find((e) => e.el === active);
      if (was) focus = new Set(was.slugs);
    }

    this.layer.clearLayers();
    this.markers = [];
    const sel = this.s.selection;
    const size = Math.max(0, Number(this.s.clusterSize) || 0);
    const cells = new Map<string, Meeting[]>();
    let selected: Meeting | undefined;
    for (const m of this.s.onMap) {
      if (m.slug === sel) {
        selected = m;
        continue;
      }
      const c = m.coordinates!;
      let k = m.slug;
      if (size > 0) {
        const p = map.project([c.lat, c.lng], zoom);
        k = `${Math.floor(p.x / size)},${Math.floor(p.y / size)}`;
      }
      const cell = cells.get(k);
      if (cell) cell.push(m);
      else cells.set(k, [m]);
    }
    for (const group of cells.values()) {
      let lat = 0;
      let lng = 0;
      for (const m of group) {
        lat += m.coordinates!.lat;
        lng += m.coordinates!.lng;
      }
      const at = L.latLng(lat / group.length, lng / group.length);
      if (!view.contains(at)) continue;
      if (group.length === 1) this.meetingMarker(group[0], false);
      else this.clusterMarker(group, at);
    }
    if (selected) this.meetingMarker(selected, true);

    // Only when focus is still in the map or was lost with the old markers (not when, say,
    // the details view has taken it meanwhile).
    const now = this.root.activeElement;
    const lost = !now && (!document.activeElement || document.activeElement === document.body);
    if (focus && (lost || (now && this.container.contains(now)))) {
      const target = this.markers.find((e) => e.slugs.some((s) => focus.has(s)));
      target?.el.focus({ preventScroll: true });
    }
  }

  private addMarker(at: L.LatLngExpression, label: string, text: string, className: string, slugs: string[], activate: (el: HTMLElement) => void, z = 0): void {
    const dot = document.createElement('span');
    dot.className = 'marker';
    dot.setAttribute('aria-hidden', 'true');
    dot.textContent = text;
    const px = text ? 36 : 24;
    const icon = L.divIcon({ html: dot, className, iconSize: [px, px] });
    const marker = L.marker(at, { icon, keyboard: true, title: label, zIndexOffset: z, riseOnHover: true }).addTo(this.layer);
    const el = marker.getElement()!;
    el.setAttribute('aria-label', label);
    el.dataset.count = String(slugs.length);
    marker.on('click', () => activate(el));
    el.addEventListener('keydown', (e) => {
      if (e.key !== 'Enter' && e.key !== ' ') return;
      e.preventDefault();
      e.stopPropagation();
      activate(el);
    });
    this.markers.push({ el, slugs });
  }

  private meetingMarker(m: Meeting, selected: boolean): void {
    const c = m.coordinates!;
    const label = `${m.name}, ${this.when(m)}${selected ? `, ${this.s.msg.selected}` : ''}`;
    this.addMarker([c.lat, c.lng], label, '', selected ? 'rk-pin selected' : 'rk-pin', [m.slug], () => this.openPopup([c.lat, c.lng], [m], [m.slug]), selected ? 1000 : 0);
  }

  private clusterMarker(group: Meeting[], at: L.LatLng): void {
    const msg = this.s.msg;
    const first = group[0].coordinates!;
    const samePlace = group.every((g) => g.coordinates!.lat === first.lat && g.coordinates!.lng === first.lng);
    const count = this.s.fmt.number(group.length);
    const slugs = group.map((g) => g.slug);
    this.addMarker(at, samePlace ? msg.place(count) : msg.cluster(count), count, 'rk-pin cluster', slugs, (el) => {
      const map = this.map;
      if (samePlace || map.getZoom() >= map.getMaxZoom()) {
        this.openPopup(at, group, slugs);
        return;
      }
      const bounds = L.latLngBounds(group.map((g) => [g.coordinates!.lat, g.coordinates!.lng] as [number, number]));
      const target = Math.min(map.getMaxZoom(), Math.max(map.getZoom() + 1, map.getBoundsZoom(bounds, false, L.point(48, 48))));
      if (this.root.activeElement === el) this.pendingFocus = new Set(slugs);
      map.setView(bounds.getCenter(), target);
    });
  }

  /** Weekdays and start time as the feed gives them ("Mon, Thu 7:30 PM"). */
  private when(m: Meeting): string {
    const fmt = this.s.fmt;
    const days = m.days.map((d) => weekdayName(fmt, d, 'short')).join(', ');
    const time = m.start === null ? '' : formatTimeOfDay(fmt, m.start);
    return [days, time].filter(Boolean).join(' ');
  }

  private openPopup(at: L.LatLngExpression, list: Meeting[], from: string[]): void {
    const box = document.createElement('div');
    render(this.popupContent(list), box);
    this.popupReturn = from;
    L.popup({ maxWidth: 300, minWidth: 200, autoPanPadding: [16, 16], closeOnEscapeKey: true }).setLatLng(at).setContent(box).openOn(this.map);
  }

  private popupContent(list: Meeting[]): TemplateResult {
    const msg = this.s.msg;
    const place = (mt: Meeting) => mt.location || mt.formattedAddress;
    const item = (mt: Meeting) =>
      html`<p><strong>${mt.name}</strong></p>
        <p class="when">${this.when(mt)}</p>
        <button type="button" class="rk-button" aria-label=${msg.detailsFor(mt.name)} @click=${() => this.pick(mt)}>${msg.details}</button>`;
    if (list.length === 1) {
      return html`<div class="popup">${item(list[0])}${place(list[0]) ? html`<p class="where">${place(list[0])}</p>` : nothing}</div>`;
    }
    const rest = list.length - POPUP_MAX;
    return html`<div class="popup">
      <p><strong>${msg.place(this.s.fmt.number(list.length))}</strong></p>
      ${place(list[0]) ? html`<p class="where">${place(list[0])}</p>` : nothing}
      <ul>
        ${list.slice(0, POPUP_MAX).map((mt) => html`<li class="popup">${item(mt)}</li>`)}
      </ul>
      ${rest > 0 ? html`<p>${msg.more(this.s.fmt.number(rest))}</p>` : nothing}
    </div>`;
  }

  private pick(m: Meeting): void {
    if (this.root.activeElement) this.pendingFocus = new Set([m.slug]);
    this.popupReturn = undefined;
    this.map.closePopup();
    this.choose(m);
  }

  private onPopupOpen(popup: L.Popup): void {
    const el = popup.getElement();
    if (!el) return;
    const close = el.querySelector<HTMLElement>('.leaflet-popup-close-button');
    if (close) {
      // Leaflet's close button is <a href="#close">: a link to nowhere (axe: skip-link). Keep it a button.
      close.removeAttribute('href');
      close.tabIndex = 0;
      close.setAttribute('aria-label', this.s.msg.close);
      close.title = this.s.msg.close;
      close.addEventListener('keydown', (e) => {
        if (e.key !== 'Enter' && e.key !== ' ') return;
        e.preventDefault();
        this.map.closePopup();
      });
    }
    el.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      this.map.closePopup();
    });
    el.querySelector<HTMLElement>('button')?.focus({ preventScroll: true });
  }

  private onPopupClose(popup: L.Popup): void {
    const el = popup.getElement();
    const active = this.root.activeElement;
    if (active && !el?.contains(active)) return;
    const from = this.popupReturn;
    const back = from && this.markers.find((e) => e.slugs[0] === from[0]);
    (back?.el ?? this.container).focus({ preventScroll: true });
  }
}
