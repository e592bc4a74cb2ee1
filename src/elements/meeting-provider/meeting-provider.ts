import { css, html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { RkElement } from '../../base/rk-element.js';
import { ClockController } from '../../base/clock.js';
import { LocalizeController } from '../../base/localize.js';
import { DataController, LoadError } from '../../base/data-controller.js';
import { isValidTimeZone, systemTimeZone } from '../../core/time/calendar.js';
import { todayInZone } from '../../core/meetings/occurrence.js';
import { JSONP_HEAD_RE } from '../../core/meetings/jsonp.js';
import type { FormatOption } from '../../core/meetings/detect.js';
import type { DistanceUnit } from '../../core/meetings/geo.js';
import type { LoadResult, Meeting } from '../../core/meetings/model.js';
import type { MeetingFilter, MeetingIndex, QueryResult, SortOrder } from '../../core/meetings/filter.js';
import { meetingsContext, type MeetingsStore } from './context.js';
import { finderMessages, type FinderMessages } from './messages.js';

export interface RkSelectDetail {
  /** Slug of the opened meeting, or null when the details were closed. */
  id: string | null;
}

declare global {
  interface RkEventMap {
    'rk-select': RkSelectDetail;
  }
  interface GlobalEventHandlersEventMap {
    'rk-select': CustomEvent<RkSelectDetail>;
  }
}

export type UrlStateMode = 'query' | 'hash' | 'none';

type Engine = typeof import('./engine.js');
let engineLoad: Promise<Engine> | undefined;
/** One download of the engine chunk per page, shared by every finder. */
function loadEngine(): Promise<Engine> {
  return (engineLoad ??= import('./engine.js'));
}

const EMPTY: QueryResult = { meetings: [], count: 0, facets: null };
const PLACEHOLDER = /\{(day|days|bmltDays|keyword)\}/g;
const list = (v: string | null) => (v ? v.split(',').filter(Boolean) : []);
/** The URL keys this finder reads and writes (after its prefix). */
const URL_KEYS = ['q', 'day', 'time', 'att', 'type', 'region', 'meeting'];

/** URL key prefixes in use by providers without `url-key` or `id`: '' (the first), 'rk2', 'rk3'... */
const autoKeys = new Set<string>();

function isNormalized(v: unknown): v is Meeting[] {
  return Array.isArray(v) && v.length > 0 && v.every((m) => m && typeof m === 'object' && 'slug' in m && Array.isArray((m as Meeting).days) && 'source' in m);
}

/**
 * Holds a meeting feed and the finder's state (filters, sort, open meeting, "near" point) and
 * shares them with the parts inside it (`<rk-meeting-search>`, `<rk-meeting-filters>`,
 * `<rk-meeting-list>`, `<rk-meeting-details>`, `<rk-meeting-map>`) through @lit/context.
 * It renders only its children: lay the parts out as you like.
 *
 * Time zones: `time-zone` is the feed's zone (used for records without their own `timezone`;
 * default: `<rk-provider>`'s zone, else the viewer's). Times are *shown* in the viewer's zone:
 * `viewer-time-zone`, else `<rk-provider>`'s zone, else the browser's. A `now` without an
 * offset is read in `time-zone`.
 *
 * URL state (`url-state="query"` or `"hash"`; default `none`): every filter (except the
 * "near" point, which is a location and is never written to an address that may be shared)
 * and the open meeting are kept in the page address under keys prefixed by `url-key` (default:
 * the element's `id`), e.g. `?finder1.day=2&finder1.type=W`. Without either, the first such
 * provider on the page uses bare keys (`?day=2`) and the next ones `rk2.`, `rk3.`... in the order
 * they start, so several finders never collide; give them an `id` for keys that stay the same
 * when the page changes. Filter changes replace the history entry; opening or closing a meeting
 * and discrete filter changes add one, so Back and Forward restore them. `hash` takes the whole
 * fragment, but only a fragment with `=` is read as state: when an in-page anchor or
 * `<rk-faq update-hash>` puts `#contact` there, the filters stay as they are (Back included),
 * and the finder's next change writes its own state in its place. `query` keeps both.
 *
 * `src` may be a URL template for servers that filter (BMLT): `{day}` (first selected weekday
 * 0-6), `{days}` (0-6, comma-separated), `{bmltDays}` (1-7, comma-separated), `{keyword}`.
 * When the viewer's zone is not the feed's, `{days}` and `{bmltDays}` add the day before and
 * after each selected one, since the server picks by the meetings' own weekdays.
 * Changing those filters then requests the matching URL (the latest request wins).
 *
 * @tagname rk-meeting-provider
 * @summary Meeting data and finder state for the finder's parts.
 * @slot - The parts (search, filters, list, map, details) in any layout.
 * @fires {CustomEvent<RkLoadDetail>} rk-load - When `src` loaded and was read as a meeting feed (JSON that is not a feed fires only `rk-error`).
 * @fires {CustomEvent<RkErrorDetail>} rk-error - When `src` failed to load (or is not a meeting feed).
 * @fires {CustomEvent<RkSelectDetail>} rk-select - When a meeting's details are opened (`id` = its slug) or closed (`id` = null), also by Back / Forward.
 */
export class RkMeetingProvider extends RkElement {
  static override styles = css`
    :host {
      display: block;
    }
  `;

  /** URL of the feed (Meeting Guide JSON, BMLT JSON or CSV), or a URL template (see above). */
  @property() src?: string;

  /** Feed format: `auto` (default), `meeting-guide`, `bmlt` or `csv`. */
  @property() format: FormatOption = 'auto';

  /** IANA zone of the feed, for records without their own zone. */
  @property({ attribute: 'time-zone' }) timeZone?: string;

  /** IANA zone times are shown in, and the day and time filters read (default: `<rk-provider>`'s, else the browser's). */
  @property({ attribute: 'viewer-time-zone' }) viewerTimeZone?: string;

  /** A fixed "now" (ISO 8601) for "today", "in progress" and the sort; default the live clock. */
  @property() now?: string;

  /** Where filters and the open meeting are kept: `query`, `hash` (the whole fragment; an anchor or an FAQ question there leaves the filters as they are) or `none` (default). */
  @property({ attribute: 'url-state' }) urlState: UrlStateMode = 'none';

  /** Prefix of this finder's URL keys (default: the element's `id`). */
  @property({ attribute: 'url-key' }) urlKey?: string;

  /** Unit of distances: `km` or `mi` (default by locale: miles for en-US, en-GB; else km). */
  @property({ attribute: 'distance-unit' }) distanceUnit?: DistanceUnit;

  /**
   * Data a developer already has: a feed value (Meeting Guide array, BMLT `{meetings, formats}`)
   * or normalized meetings. Wins over `src`.
   */
  @property({ attribute: false }) meetings?: unknown;

  @state() private filter: MeetingFilter = {};
  @state() private sort: SortOrder = 'next';
  @state() private selectedId: string | null = null;
  /** A link (`meeting=` in the URL) named a meeting the feed no longer has. */
  @state() private missing = false;
  @state() private origin: MeetingsStore['origin'] = null;

  private readonly t = new LocalizeController<FinderMessages>(this, finderMessages);
  private readonly clock = new ClockController(this);
  /** JSON is parsed as it arrives (so broken JSON is a load error); CSV stays text. Normalizing waits for the engine. */
  private readonly data = new DataController<unknown>(this, {
    // rk-load waits for the engine to read the feed: valid JSON that is not a feed is an rk-error only.
    loadEvent: false,
    parse: (text, info) => {
      const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
      const head = body.trimStart().slice(0, 1);
      const json = head === '[' || head === '{';
      // A JSONP reply (`cb([...]);`, often sent as application/javascript) goes to the engine as
      // text, which cuts the wrapper off and parses the JSON inside: never run as script.
      const jsonp = !json && JSONP_HEAD_RE.test(body.trimStart());
      // text/html is PHP's default type, so a feed script that sets none still sends JSON with it.
      if (head === '<' || (info.contentType.includes('text/html') && !json && !jsonp)) throw new LoadError('html');
      if (!body.trim()) throw new LoadError('parse', undefined, 'empty-input');
      if (jsonp) return body;
      if (!json && this.format !== 'meeting-guide' && this.format !== 'bmlt') {
        // Not JSON: only text can be a CSV feed (an image or other binary body is a read error).
        const type = info.contentType.toLowerCase();
        const textual = !type || type.includes('csv') || type.startsWith('text/') || this.format === 'csv';
        if (!textual || /[\u0000-\u0008\u000e-\u001f]/.test(body.slice(0, 1024))) throw new LoadError('parse', undefined, 'not-text');
        return body;
      }
      try {
        return JSON.parse(body) as unknown;
      } catch (e) {
        throw new LoadError('parse', undefined, (e as Error).message);
      }
    },
  });
  private engine?: Engine;
  private loaded?: { from: unknown; zone: string; format: string; result?: LoadResult; error?: LoadError };
  private readonly provider = new ContextProvider(this, { context: meetingsContext });
  private indexFor?: { result: LoadResult; index: MeetingIndex };
  private queryMemo?: { key: unknown[]; result: QueryResult };
  private started = false;
  private engineFailed = false;
  private labelsFailed = false;
  private autoKey?: string;

  private readonly onPopState = () => this.readUrl(true);

  /** The feed's zone for records without their own. */
  get feedZone(): string {
    const z = (this.timeZone || this.settings.timeZone)?.trim();
    return z && isValidTimeZone(z) ? z : systemTimeZone();
  }

  /** The zone times are shown in. */
  get viewerZone(): string {
    const z = (this.viewerTimeZone || this.settings.timeZone)?.trim();
    return z && isValidTimeZone(z) ? z : systemTimeZone();
  }

  /** The URL key prefix: `url-key`, else `id`, else automatic (see the class docs). */
  private get key(): string {
    let k = this.urlKey || this.id;
    if (!k) {
      for (let i = 1; this.autoKey === undefined; i++) {
        const free = i === 1 ? '' : `rk${i}`;
        if (!autoKeys.has(free)) autoKeys.add((this.autoKey = free));
      }
      k = this.autoKey;
    }
    return k ? `${k}.` : '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.onPopState);
    if (!this.engine) {
      loadEngine().then(
        (engine) => {
          this.engine = engine;
          this.requestUpdate();
        },
        () => {
          this.engineFailed = true;
          this.requestUpdate();
        },
      );
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
    if (this.autoKey !== undefined) autoKeys.delete(this.autoKey);
    this.autoKey = undefined;
  }

  // ---- URL state ---------------------------------------------------------------------------

  /** The finder's state in the address. In the hash, a fragment with no `=` is an anchor or an FAQ question, not state: null. */
  private params(): URLSearchParams | null {
    const h = location.hash.slice(1);
    return this.urlState !== 'hash' ? new URLSearchParams(location.search) : !h || h.includes('=') ? new URLSearchParams(h) : null;
  }

  /** Applies the URL's state; returns false when it holds none for this finder. */
  private readUrl(fromHistory: boolean): boolean {
    if (this.urlState !== 'query' && this.urlState !== 'hash') return false;
    const p = this.params();
    if (!p) return false;
    const k = this.key;
    const has = URL_KEYS.some((n) => p.has(k + n));
    if (!has && !fromHistory) return false;
    const day = p.get(k + 'day');
    const filter: MeetingFilter = {
      days:
        day === null
          ? [todayInZone(this.clock.now(), this.viewerZone)]
          : list(day)
              .map(Number)
              .filter((d) => Number.isInteger(d) && d >= 0 && d <= 6),
    };
    const q = p.get(k + 'q');
    if (q) filter.keyword = q;
    const time = list(p.get(k + 'time')) as MeetingFilter['times'];
    if (time?.length) filter.times = time;
    const att = list(p.get(k + 'att')) as MeetingFilter['attendance'];
    if (att?.length) filter.attendance = att;
    const types = list(p.get(k + 'type'));
    if (types.length) filter.types = types;
    const region = p.getAll(k + 'region');
    if (region.length) filter.region = region;
    if (this.filter.near) filter.near = this.filter.near;
    this.filter = filter;
    const id = p.get(k + 'meeting') || null;
    if (id !== this.selectedId) {
      this.selectedId = id;
      if (fromHistory || id) this.emit('rk-select', { id });
    }
    return true;
  }

  private urlWith(filter: MeetingFilter, id: string | null): string {
    const p = this.params() ?? new URLSearchParams();
    const k = this.key;
    for (const n of URL_KEYS) p.delete(k + n);
    if (filter.keyword) p.set(k + 'q', filter.keyword);
    const days = filter.days ?? [];
    const today = todayInZone(this.clock.now(), this.viewerZone);
    if (!(days.length === 1 && days[0] === today)) p.set(k + 'day', days.length ? days.join(',') : '');
    if (filter.times?.length) p.set(k + 'time', filter.times.join(','));
    if (filter.attendance?.length) p.set(k + 'att', filter.attendance.join(','));
    if (filter.types?.length) p.set(k + 'type', filter.types.join(','));
    for (const r of filter.region ?? []) p.append(k + 'region', r);
    if (id) p.set(k + 'meeting', id);
    const url = new URL(location.href);
    const s = p.toString();
    if (this.urlState === 'hash') url.hash = s;
    else url.search = s;
    return url.href;
  }

  private writeUrl(push: boolean): void {
    if (this.urlState !== 'query' && this.urlState !== 'hash') return;
    const href = this.urlWith(this.filter, this.selectedId);
    if (href === location.href) return;
    if (push) history.pushState(history.state, '', href);
    else history.replaceState(history.state, '', href);
  }

  // ---- actions -----------------------------------------------------------------------------

  private setFilter = (patch: Partial<MeetingFilter>) => {
    this.missing = false;
    this.filter = { ...this.filter, ...patch };
    const onlyKeyword = Object.keys(patch).every((k) => k === 'keyword' || k === 'near');
    this.writeUrl(!onlyKeyword);
  };

  private clearFilters = () => {
    this.filter = {};
    this.origin = null;
    this.sort = 'next';
    this.writeUrl(true);
  };

  private setSort = (sort: SortOrder) => {
    this.sort = sort;
  };

  private select = (id: string | null) => {
    this.missing = false;
    if (id === this.selectedId) return;
    this.selectedId = id;
    this.writeUrl(true);
    this.emit('rk-select', { id });
  };

  private setOrigin = (origin: MeetingsStore['origin']) => {
    this.origin = origin;
    const prev = this.filter.near;
    this.filter = { ...this.filter, near: origin ? { lat: origin.lat, lng: origin.lng, radius: prev?.radius, unit: prev?.unit ?? this.unit } : null };
    this.sort = origin ? 'distance' : 'next';
  };

  private reload = () => {
    void this.data.reload();
  };

  private linkFor = (id: string) => (this.urlState === 'none' ? location.href : this.urlWith(this.filter, id));

  private get unit(): DistanceUnit {
    if (this.filter.near?.unit) return this.filter.near.unit;
    if (this.distanceUnit === 'km' || this.distanceUnit === 'mi') return this.distanceUnit;
    return /^en(-(US|GB|LR|MM))?$/i.test(this.t.locale) ? 'mi' : 'km';
  }

  // ---- data --------------------------------------------------------------------------------

  private expandSrc(): string | undefined {
    const src = this.src;
    if (!src) return src;
    const days = this.filter.days ?? [];
    // The server picks by the meetings' own weekdays, the finder by the viewer's: for a viewer in
    // another zone, ask for the days either side too (the finder narrows them down).
    const wide = this.feedZone == this.viewerZone ? days : [...new Set(days.flatMap((d) => [(d + 6) % 7, d, (d + 1) % 7]))].sort();
    return src.replace(PLACEHOLDER, (_, name: string) => {
      switch (name) {
        case 'day':
          return days.length ? String(days[0]) : '';
        case 'days':
          return wide.join(',');
        case 'bmltDays':
          return wide.map((d) => d + 1).join(',');
        default:
          return encodeURIComponent(this.filter.keyword ?? '');
      }
    });
  }

  /** The normalized feed (from `meetings` or `src`), once the engine is here. */
  private current(): { result?: LoadResult; error?: LoadError | null; status: MeetingsStore['status'] } {
    const own = this.meetings !== undefined && this.meetings !== null;
    const raw = own ? this.meetings : this.data.data;
    const loadState = own ? 'ready' : this.data.state;
    if (this.engineFailed) return { error: new LoadError('network', undefined, 'engine'), status: 'error' };
    if (raw === undefined) return { error: this.data.error ?? null, status: loadState };
    if (!this.engine) return { error: null, status: 'loading' };
    // Type labels in the viewer's language (all languages for CSV, which may name types in any):
    // the first results wait for them, so no label shows in the wrong language.
    const csv = typeof raw === 'string';
    if (this.needLabels(csv ? this.engine.TYPE_LANGS : [this.t.locale]) && (csv || !this.loaded)) return { error: null, status: 'loading' };
    const zone = this.feedZone;
    if (this.loaded?.from !== raw || this.loaded.zone !== zone || this.loaded.format !== this.format) {
      const { loadMeetings, MeetingsInputError } = this.engine;
      // A feed that loads but cannot be read keeps the last good one on screen, like a failed load.
      const previous = this.loaded?.result;
      let result: LoadResult | undefined;
      let error: LoadError | undefined;
      if (isNormalized(raw)) result = { meetings: raw, skipped: [], repaired: [], format: 'meeting-guide', typeLabels: {} };
      else {
        try {
          result = loadMeetings(raw, { format: this.format, timeZone: zone });
          const src = this.data.dataSrc ?? '';
          if (!own && this.loaded?.from !== raw) queueMicrotask(() => this.emit('rk-load', { src, data: raw }));
        } catch (e) {
          const code = e instanceof MeetingsInputError ? e.code : String(e);
          error = new LoadError('parse', undefined, code, code == 'not-a-feed');
          const src = own ? '' : (this.data.dataSrc ?? '');
          queueMicrotask(() => this.emit('rk-error', { src, code: 'parse', message: error!.message, stale: previous !== undefined }));
          result = previous;
        }
      }
      this.loaded = { from: raw, zone, format: this.format, result, error };
    }
    if (this.loaded.error) return { result: this.loaded.result, error: this.loaded.error, status: 'error' };
    // A failed refresh keeps the last good data (DataController keeps it): show both.
    return { result: this.loaded.result, error: own ? null : (this.data.error ?? null), status: own ? 'ready' : this.data.state };
  }

  /**
   * Starts loading the type labels of `locales` not here yet, and renders again once they are in:
   * a promise while some load, else nothing (a failed load counts as here: English).
   */
  private loadLabels(locales: readonly string[]): Promise<void> | undefined {
    const e = this.engine!;
    const missing = locales.filter((l) => !e.hasTypeLanguage(l) && !this.labelsFailed);
    if (!missing.length) return undefined;
    return Promise.all(missing.map(e.loadTypeLanguage)).then(
      () => this.requestUpdate(),
      () => {
        this.labelsFailed = true;
        this.requestUpdate();
      },
    );
  }

  /** True while type labels of `locales` are still loading (see {@link loadLabels}). */
  private needLabels(locales: readonly string[]): boolean {
    return !!this.loadLabels(locales);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // First update (not connect): an enclosing <rk-provider> has shared its clock and zone by now.
    if (!this.started) {
      this.started = true;
      if (!this.readUrl(false)) this.filter = { days: [todayInZone(this.clock.now(), this.viewerZone)] };
    }
    const was = changed as Map<string, unknown>;
    if (was.has('src') || was.has('filter') || was.has('meetings')) {
      if (this.meetings == null) this.data.setSrc(this.expandSrc());
    }
    // The feed is normalized again in current() when its zone or format changes.
    const { result, error, status } = this.current();
    const now = this.clock.now();
    const locale = this.t.locale;
    let query = EMPTY;
    if (result) {
      if (this.indexFor?.result !== result) this.indexFor = { result, index: this.engine!.createMeetingIndex(result.meetings) };
      const timeZone = this.viewerZone;
      const key = [this.indexFor.index, this.filter, this.sort, Math.floor(now / 60000), locale, timeZone];
      if (!this.queryMemo || this.queryMemo.key.some((v, i) => v !== key[i])) {
        // Days and times are filtered on the viewer's clock, the one the list shows.
        this.queryMemo = { key, result: this.indexFor.index.query(this.filter, { sort: this.sort, now, locale, timeZone }) };
      }
      query = this.queryMemo.result;
    }
    // A shared link to a meeting that has since moved or gone: show the list, and say so.
    const id = this.selectedId;
    if (id && result && status === 'ready' && !result.meetings.some((m) => m.slug === id)) {
      this.selectedId = null;
      this.missing = true;
      this.writeUrl(false);
      queueMicrotask(() => this.emit('rk-select', { id: null }));
    }
    const store: MeetingsStore = {
      status,
      meetings: result?.meetings ?? [],
      skipped: result?.skipped ?? [],
      repaired: result?.repaired ?? [],
      typeLabels: result?.typeLabels ?? {},
      filter: this.filter,
      sort: this.sort,
      result: query,
      selectedId: this.selectedId,
      missing: this.missing,
      origin: this.origin,
      unit: this.unit,
      timeZone: this.viewerZone,
      now,
      locale,
      error,
      index: result ? this.indexFor?.index : undefined,
      typeLabel: this.engine
        ? (code, partLocale) => {
            // A part in another language than the provider's: its labels come as soon as they load.
            if (partLocale !== locale) this.needLabels([partLocale]);
            return this.engine!.typeLabel(code, partLocale, result?.typeLabels);
          }
        : undefined,
      labelsFor: (l) => (this.engine ? this.loadLabels([l]) : undefined),
      setFilter: this.setFilter,
      clearFilters: this.clearFilters,
      setSort: this.setSort,
      select: this.select,
      setOrigin: this.setOrigin,
      reload: this.reload,
      linkFor: this.linkFor,
    };
    this.provider.setValue(store, true);
    // Keep "in progress" and the sort fresh with the live clock.
    this.clock.cancelAll();
    if (!this.clock.frozen) this.clock.at((Math.floor(now / 60000) + 1) * 60000, () => this.requestUpdate());
  }

  /** What the parts receive: data, filter state, results and actions (for custom parts and scripts). */
  get store(): MeetingsStore | undefined {
    return this.provider.value;
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
