import { adoptStyles, html, nothing, type LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ContextConsumer } from '@lit/context';
import { RkElement } from '../../base/rk-element.js';
import { LocalizeController } from '../../base/localize.js';
import type { Meeting } from '../../core/meetings/model.js';
import { meetingsContext, type MeetingsStore } from '../meeting-provider/context.js';
import { mapMessages, type MapMessages } from './messages.js';
import { styles } from './meeting-map.styles.js';
import type { MapState, MapView } from './map-view.js';

export interface RkMapSelectDetail {
  /** The meeting's slug (the key the list, the URL and `MeetingsStore.select` use). */
  id: string;
  meeting: Meeting;
}

declare global {
  interface RkEventMap {
    'rk-map-select': RkMapSelectDetail;
  }
  interface GlobalEventHandlersEventMap {
    'rk-map-select': CustomEvent<RkMapSelectDetail>;
  }
}

/** OpenStreetMap's standard tiles: a request to a third party, made only once the map is shown. */
export const DEFAULT_TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const OSM_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';

type MapChunk = typeof import('./map-view.js');
let chunk: Promise<MapChunk> | undefined;

/** Whether any map on the page has asked for the map chunk (Leaflet) yet: for tests and diagnostics. */
export function leafletRequested(): boolean {
  return chunk !== undefined;
}

/** Loads the map chunk (map view, Leaflet, their styles) once per page; a failed load can be retried. */
function loadChunk(): Promise<MapChunk> {
  chunk ??= RkMeetingMap._loadChunk().catch((e: unknown) => {
    chunk = undefined;
    throw e;
  });
  return chunk;
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * A map of the current results, for seeing where meetings are. The list stays the primary
 * view: every marker, cluster and popup is reachable by keyboard and named for screen
 * readers, and a sentence above the map says how many of the results it shows.
 *
 * Inside `<rk-meeting-provider>` it shows the provider's current results and selection, and
 * its "Details" buttons call the provider's `select()`. Alone, give it `.meetings` and
 * `selected-id`.
 *
 * Privacy and loading: nothing is requested until the map is first shown (scrolled into view
 * and not hidden, or after the "Show the map" button with `load="click"`). Then Leaflet
 * (a separate chunk, about 40 kB gzip) loads from the same place as this script, and map
 * images load from the tile server in `map-tiles`. The default is OpenStreetMap's standard
 * tiles (`https://tile.openstreetmap.org/{z}/{x}/{y}.png`, "© OpenStreetMap contributors"):
 * a third-party request that reveals the viewer's IP address and the area they look at to
 * the OpenStreetMap Foundation. Busy sites should use their own or a commercial tile server
 * (OSM's tile usage policy). Markers are drawn with CSS (no marker images), Leaflet's CSS is
 * bundled as a constructable stylesheet, so the map works under a strict CSP that allows the
 * tile server in `img-src`.
 *
 * @tagname rk-meeting-map
 * @summary Map of the finder's results with keyboard-usable markers, loaded only when shown.
 *
 * @csspart base - The wrapper around the summary and the map.
 * @csspart summary - The sentence "N meetings on the map".
 * @csspart map - The map (a labelled region).
 * @csspart placeholder - The "Show the map" box (`load="click"`).
 *
 * @cssprop [--rk-meeting-map-height=24rem] - Height of the map.
 * @cssprop [--rk-meeting-map-marker=var(--rk-color-primary)] - Colour of meeting markers and cluster rings.
 * @cssprop [--rk-meeting-map-selected=var(--rk-color-danger)] - Colour of the selected meeting's marker.
 *
 * @fires {CustomEvent<RkMapSelectDetail>} rk-map-select - When "Details" is chosen for a meeting in a popup. Inside a provider, the provider's `select(id)` is called too; alone, `selectedId` is set.
 */
export class RkMeetingMap extends RkElement {
  static override styles = styles;

  /** Loads the map chunk, Leaflet included (internal: tests make it fail). */
  static _loadChunk = (): Promise<MapChunk> => import('./map-view.js');

  /** Meetings to show when not inside `<rk-meeting-provider>` (overrides the provider's results when set). */
  @property({ attribute: false }) meetings?: readonly Meeting[];

  /** Slug of the meeting to highlight and pan to (overrides the provider's selection when set). */
  @property({ attribute: 'selected-id' }) selectedId?: string | null;

  /**
   * Tile URL template, `{z}/{x}/{y}` and optional `{s}` (subdomains a, b, c), e.g.
   * `https://{s}.tile.example/{z}/{x}/{y}.png`. Default: OpenStreetMap's standard tiles,
   * a third-party request made only once the map is shown.
   */
  @property({ attribute: 'map-tiles' }) mapTiles = DEFAULT_TILES;

  /** Attribution the tile server requires, as plain text. Default for OpenStreetMap's tiles: "© OpenStreetMap contributors" (linked). */
  @property({ attribute: 'map-attribution' }) mapAttribution?: string;

  /** `visible` (default): load the map when it is first scrolled into view. `click`: show a "Show the map" button first. */
  @property() load: 'visible' | 'click' = 'visible';

  /** Accessible name of the map region (default "Map of meetings"). */
  @property() label?: string;

  /** Highest zoom level the tile server offers. */
  @property({ type: Number, attribute: 'max-zoom' }) maxZoom = 18;

  /** Markers closer than this many pixels are grouped into one numbered cluster; 0 = never group. */
  @property({ type: Number, attribute: 'cluster-size' }) clusterSize = 48;

  @state() private phase: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  @state() private opened = false;

  private readonly t = new LocalizeController<MapMessages>(this, mapMessages);
  private readonly consumer = new ContextConsumer(this, {
    context: meetingsContext,
    subscribe: true,
    callback: () => this.requestUpdate(),
  });

  private view?: MapView;
  private starting?: Promise<boolean>;
  private io?: IntersectionObserver;
  private cache?: { from: readonly Meeting[]; list: Meeting[] };

  /** The provider's store, when inside `<rk-meeting-provider>`. */
  private get store(): MeetingsStore | undefined {
    return this.consumer.value;
  }

  private get results(): readonly Meeting[] {
    return this.meetings ?? this.store?.result.meetings ?? [];
  }

  /**
   * Results with a street-level location (coordinates and not approximate). Closed places (type
   * TC, or inactive) have no coordinates once normalized, so they get no marker, as in the core's
   * distance filter and sort: one rule, no extra check here (this file loads up front).
   */
  private get onMap(): Meeting[] {
    const from = this.results;
    if (this.cache?.from !== from) this.cache = { from, list: from.filter((m) => m.coordinates !== null && !m.approximate) };
    return this.cache.list;
  }

  private get container(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.map');
  }

  /** Number of markers drawn (a numbered cluster counts once); 0 until the map is shown. */
  get markerCount(): number {
    return this.view?.markerCount ?? 0;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.view?.connect();
    if (this.hasUpdated) this.watch();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.io?.disconnect();
    this.io = undefined;
    this.view?.disconnect();
  }

  /**
   * Loads and shows the map now (what "Show the map" does). Resolves when the map is drawn;
   * rejects when the map chunk could not be loaded (offline, blocked), as the error state shows.
   */
  async show(): Promise<void> {
    this.opened = true;
    await this.updateComplete;
    if (!(await this.start())) throw new Error('The map could not be loaded');
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.view) this.view.update(this.mapState());
    else this.watch();
  }

  private mapState(): MapState {
    const tiles = this.mapTiles || DEFAULT_TILES;
    return {
      results: this.results,
      onMap: this.onMap,
      selection: this.selectedId ?? this.store?.selectedId ?? null,
      tiles,
      attribution: this.mapAttribution ? escapeHtml(this.mapAttribution) : tiles === DEFAULT_TILES ? OSM_ATTRIBUTION : '',
      maxZoom: Number(this.maxZoom) || 18,
      clusterSize: Number(this.clusterSize) || 0,
      language: this.t.language,
      msg: this.t.msg,
      fmt: this.t.fmt,
    };
  }

  /** Starts loading once the map's box is on screen (not hidden, scrolled into view). */
  private watch(): void {
    const el = this.container;
    if (!el || this.io || this.view || this.phase !== 'idle' || typeof IntersectionObserver === 'undefined') return;
    this.io = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      this.io?.disconnect();
      this.io = undefined;
      void this.start();
    });
    this.io.observe(el);
  }

  /** Loads the chunk and draws the map (once; callers share the load). Resolves to whether the map is there. */
  private start(): Promise<boolean> {
    if (this.view) return Promise.resolve(true);
    return (this.starting ??= this.draw().finally(() => (this.starting = undefined)));
  }

  private async draw(): Promise<boolean> {
    this.io?.disconnect();
    this.io = undefined;
    this.phase = 'loading';
    let mod: MapChunk;
    try {
      mod = await loadChunk();
    } catch {
      this.phase = 'error';
      return false;
    }
    await this.updateComplete;
    const el = this.container;
    if (!el) {
      this.phase = 'idle';
      return false;
    }
    if (!this.view) {
      const root = this.renderRoot as ShadowRoot;
      adoptStyles(root, [...(this.constructor as typeof LitElement).elementStyles, mod.mapStyles]);
      this.view = new mod.MapView(el, root, this.mapState(), (m) => this.choose(m));
    }
    this.phase = 'ready';
    return true;
  }

  /** "Details" in a popup: selects the meeting (the provider's, or this element's `selectedId`) and tells the page. */
  private choose(m: Meeting): void {
    this.emit('rk-map-select', { id: m.slug, meeting: m });
    if (this.store && this.meetings === undefined) this.store.select(m.slug);
    else this.selectedId = m.slug;
  }

  private retry(): void {
    void this.start();
  }

  private tileHost(): string {
    try {
      return new URL((this.mapTiles || DEFAULT_TILES).replace(/\{[^}]*\}/g, 'a'), location.href).host;
    } catch {
      return this.mapTiles;
    }
  }

  protected override render() {
    const m = this.t.msg;
    const fmt = this.t.fmt;
    const total = this.results.length;
    const shown = this.onMap.length;
    const summary = shown === 0 && total > 0 ? m.noneOnMap : m.onMap(shown, total, fmt.number(shown), fmt.number(total));
    const waiting = this.load === 'click' && !this.opened && !this.view;
    return html`<div part="base" lang=${this.t.language}>
      <p part="summary" class="summary">${summary}</p>
      <div class="frame" ?hidden=${this.phase === 'error'}>
        ${waiting
          ? html`<div part="placeholder" class="placeholder">
              <p>${m.privacy(this.tileHost())}</p>
              <button type="button" class="rk-button primary" @click=${() => void this.show()}>${m.showMap}</button>
            </div>`
          : html`<div part="map" class="map" role="region" aria-label=${this.label || m.region}></div>`}
        ${this.phase === 'loading'
          ? html`<div class="overlay"><p class="rk-status" role="status"><span class="rk-spinner" aria-hidden="true"></span>${m.loading}</p></div>`
          : nothing}
      </div>
      ${this.phase === 'error'
        ? html`<p class="rk-error" role="alert">${m.error} <button type="button" class="rk-button" @click=${this.retry}>${m.retry}</button></p>`
        : nothing}
    </div>`;
  }
}
