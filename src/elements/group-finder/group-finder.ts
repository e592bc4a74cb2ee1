import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { RkElement } from '../../base/rk-element.js';
import { LocalizeController } from '../../base/localize.js';
import type { DistanceUnit, FormatOption } from '../../core/meetings/index.js';
import type { RkSelectDetail, UrlStateMode } from '../meeting-provider/meeting-provider.js';
import { finderMessages, type FinderMessages } from '../meeting-provider/messages.js';
import { styles } from './group-finder.styles.js';

/**
 * The ready-made meeting finder: `<rk-meeting-provider>` around `<rk-meeting-search>`,
 * `<rk-meeting-filters>`, `<rk-meeting-list>` and `<rk-meeting-details>`, with a List / Map
 * switch. The details view is a separate chunk loaded when a meeting is first opened; the map (`<rk-meeting-map>`, Leaflet) is a separate chunk loaded only when Map is
 * first chosen. Filters and the open meeting are kept in the page address (`url-state`,
 * default `query`) under keys prefixed by `url-key` or the element's `id`; without either, the
 * first finder on the page uses bare keys and the next ones `rk2.`, `rk3.`..., so several
 * finders work side by side with no setup. The bare keys are `q`, `day`, `time`, `att`, `type`,
 * `region` and `meeting`: on a page whose own address uses any of them (a site search's `?q=`),
 * give the finder an `id` or `url-key`. See `<rk-meeting-provider>` for the time zone rules.
 *
 * @tagname rk-group-finder
 * @summary Meeting finder: search, filters, list, details and an on-demand map, from one feed URL.
 *
 * @csspart controls - The column with the search box and the filters.
 * @csspart results - The column with the view switch, list or map, and details.
 * @csspart view-switch - The List / Map buttons.
 *
 * @cssprop [--rk-group-finder-sidebar=20rem] - Width of the filters column on wide layouts.
 * @cssprop [--rk-group-finder-gap=var(--rk-space-4)] - Space between the columns.
 *
 * @fires {CustomEvent<RkLoadDetail>} rk-load - When the feed loaded.
 * @fires {CustomEvent<RkErrorDetail>} rk-error - When the feed failed to load.
 * @fires {CustomEvent<RkSelectDetail>} rk-select - When a meeting's details were opened or closed.
 * @fires {CustomEvent<RkCalendarDetail>} rk-calendar - Before a meeting's .ics file downloads (cancelable).
 * @fires {CustomEvent<RkMeetingLinkDetail>} rk-meeting-link - When a meeting's link was shared or copied.
 */
export class RkGroupFinder extends RkElement {
  static override styles = styles;

  /** URL of the feed (Meeting Guide JSON, BMLT JSON or CSV), or a URL template with `{day}`, `{days}`, `{bmltDays}`, `{keyword}`. */
  @property() src?: string;

  /** Feed format: `auto` (default), `meeting-guide`, `bmlt`, `csv`. */
  @property() format: FormatOption = 'auto';

  /** IANA zone of the feed, for records without their own zone. */
  @property({ attribute: 'time-zone' }) timeZone?: string;

  /** IANA zone times are shown in, and the day and time filters read (default: `<rk-provider>`'s, else the browser's). */
  @property({ attribute: 'viewer-time-zone' }) viewerTimeZone?: string;

  /** A fixed "now" (ISO 8601), for previews. */
  @property() now?: string;

  /** Where filters and the open meeting are kept: `query` (default), `hash` (the whole fragment; an anchor or an FAQ question there leaves the filters as they are) or `none`. */
  @property({ attribute: 'url-state' }) urlState: UrlStateMode = 'query';

  /** Prefix of this finder's URL keys (default: the element's `id`). */
  @property({ attribute: 'url-key' }) urlKey?: string;

  /** Geocoder URL template for "near an address" (`{query}`); none by default. */
  @property({ attribute: 'geocoder-src' }) geocoderSrc?: string;

  /** Tile URL template for the map (see `<rk-meeting-map>`); default OpenStreetMap's tiles. */
  @property({ attribute: 'map-tiles' }) mapTiles?: string;

  /** Unit of distances: `km` or `mi` (default by locale). */
  @property({ attribute: 'distance-unit' }) distanceUnit?: DistanceUnit;

  /** Level of the finder's headings, 1-6: the list's day headings and the open meeting's name (default: days 3, meeting 2). Set it to one below the page heading above the finder. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel?: number;

  /** Data a developer already has (see `<rk-meeting-provider>`'s `meetings`). */
  @property({ attribute: false }) meetings?: unknown;

  /** Loads the map element's chunk (internal: tests make it fail). */
  static _loadMap = (): Promise<unknown> => import('../meeting-map/define.js');

  @state() private open = false;
  @state() private view: 'list' | 'map' = 'list';
  /** The map: never asked for, its chunks downloading, shown, or not loadable (offline, blocked CDN). */
  @state() private map: 'idle' | 'loading' | 'ready' | 'failed' = 'idle';

  /** Narrower than the two-column layout (48rem): the filters fold behind a button. */
  @state() private narrow = false;

  private readonly t = new LocalizeController<FinderMessages>(this, finderMessages);
  // The new layout is applied in the next frame: doing it inside the observer's callback would
  // change the size again in the same frame (a "ResizeObserver loop" error on the page).
  private readonly ro = new ResizeObserver(([e]) => {
    const narrow = e.contentRect.width < 48 * parseFloat(getComputedStyle(document.documentElement).fontSize);
    if (narrow !== this.narrow) requestAnimationFrame(() => (this.narrow = narrow));
  });

  override connectedCallback() {
    super.connectedCallback();
    this.ro.observe(this);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.ro.disconnect();
  }

  /** The details view (with the calendar and directions code) loads on the first open. */
  private onSelect(e: CustomEvent<RkSelectDetail>) {
    this.open = !!e.detail.id;
    if (this.open) void import('../meeting-details/define.js');
  }

  private showMap(on: boolean) {
    this.view = on ? 'map' : 'list';
    if (on && (this.map === 'idle' || this.map === 'failed')) void this.loadMap();
  }

  /** The map element's chunk, then the map itself (Leaflet, its own chunk): either may fail. */
  private async loadMap() {
    this.map = 'loading';
    try {
      await RkGroupFinder._loadMap();
      this.requestUpdate();
      await this.updateComplete;
      await this.renderRoot.querySelector('rk-meeting-map')!.show();
      this.map = 'ready';
    } catch {
      this.map = 'failed';
    }
  }

  /** "Show the list" after the map failed: the list, with focus on its button. */
  private backToList() {
    this.showMap(false);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.views button')?.focus());
  }

  protected override render() {
    const m = this.t.msg;
    const theme = this.theme ?? this.settings.theme;
    const open = this.open;
    const mapHidden = open || this.view !== 'map';
    return html`<rk-meeting-provider
      .src=${this.src}
      format=${this.format}
      time-zone=${this.timeZone ?? nothing}
      viewer-time-zone=${this.viewerTimeZone ?? nothing}
      now=${this.now ?? nothing}
      url-state=${this.urlState}
      url-key=${this.urlKey || this.id || nothing}
      distance-unit=${this.distanceUnit ?? nothing}
      .meetings=${this.meetings}
      @rk-select=${this.onSelect}
    >
      <div class="layout ${open ? 'open' : ''}">
        <div part="controls" class="controls" ?hidden=${open}>
          <rk-meeting-search theme=${theme ?? nothing}></rk-meeting-search>
          <rk-meeting-filters theme=${theme ?? nothing} ?compact=${this.narrow} geocoder-src=${this.geocoderSrc ?? nothing}></rk-meeting-filters>
        </div>
        <div part="results" class="results">
          <div part="view-switch" class="views" role="group" aria-label=${m.view} ?hidden=${open}>
            <button type="button" class="rk-button" aria-pressed=${this.view === 'list'} @click=${() => this.showMap(false)}>${m.list}</button>
            <button type="button" class="rk-button" aria-pressed=${this.view === 'map'} @click=${() => this.showMap(true)}>${m.map}</button>
          </div>
          <rk-meeting-list theme=${theme ?? nothing} heading-level=${this.headingLevel ?? nothing} ?hidden=${open} class=${this.view}></rk-meeting-list>
          ${this.map === 'idle'
            ? nothing
            : html`<rk-meeting-map theme=${theme ?? nothing} map-tiles=${this.mapTiles ?? nothing} ?hidden=${mapHidden || this.map === 'failed'}></rk-meeting-map>
                ${this.map === 'loading' && !customElements.get('rk-meeting-map') ? html`<p role="status" ?hidden=${mapHidden}>${m.loading}</p>` : nothing}
                ${this.map === 'failed'
                  ? html`<div class="failed" ?hidden=${mapHidden}>
                      <p role="alert">${m.mapUnavailable}</p>
                      <button type="button" class="rk-button" @click=${this.backToList}>${m.showList}</button>
                      <button type="button" class="rk-button" @click=${this.loadMap}>${m.retry}</button>
                    </div>`
                  : nothing}`}
          <rk-meeting-details theme=${theme ?? nothing} heading-level=${this.headingLevel ?? nothing}></rk-meeting-details>
        </div>
      </div>
    </rk-meeting-provider>`;
  }
}
