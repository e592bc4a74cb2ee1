import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { FinderPart } from '../meeting-provider/part.js';
import { weekdayName } from '../../core/i18n/index.js';
import type { AttendanceFilter, MeetingFilter, RegionNode, TimeOfDay } from '../../core/meetings/filter.js';
import type { MeetingsStore } from '../meeting-provider/context.js';
import { attendanceLabel, labelOf } from '../meeting-provider/view.js';
import { styles } from './meeting-filters.styles.js';

const ATTENDANCE: AttendanceFilter[] = ['in_person', 'online', 'hybrid'];
/** The core's buckets (TIMES_OF_DAY), kept here so the filter engine can load as its own chunk. */
const TIMES_OF_DAY: TimeOfDay[] = ['morning', 'afternoon', 'evening', 'night'];
const RADII = [1, 2, 5, 10, 25, 50];

interface Chip {
  label: string;
  remove: () => void;
}

let uid = 0;

/**
 * Filters for the enclosing `<rk-meeting-provider>`, each a fieldset with a legend: day
 * (default today), time of day, attendance (in person / online / hybrid: "in person" includes
 * hybrid meetings, "hybrid" is hybrid only), types with counts (the most common first, the
 * rest behind "More types"), region, and distance. "Near me" asks the browser for the
 * location only when pressed; "near an address" appears only with `geocoder-src`. Active
 * filters are shown as removable chips with "Clear all".
 *
 * With `compact` (set by `<rk-group-finder>` when it is narrower than 48rem, as on a phone) the
 * groups fold behind a "Filters" button, so the results start near the top of the screen; the
 * active-filter chips stay visible.
 *
 * @tagname rk-meeting-filters
 * @summary Day, time, attendance, type, region and distance filters with active-filter chips.
 *
 * @csspart chips - The active filters.
 * @csspart chip - One active filter's remove button.
 * @csspart clear - The Clear all button.
 * @csspart toggle - The Filters button that shows and hides the groups (with `compact`).
 * @csspart fieldset - Each group of filters.
 * @csspart legend - Each group's legend.
 * @csspart option - Each checkbox with its label.
 *
 * @cssprop [--rk-meeting-filters-gap=var(--rk-space-3)] - Space between the groups.
 */
export class RkMeetingFilters extends FinderPart {
  static override styles = styles;

  /**
   * Geocoder URL template for "near an address", e.g.
   * `https://geocode.example/search?format=json&q={query}`, returning JSON
   * `[{ lat, lon | lng, display_name | label }]`. No geocoder (and no address search) by default.
   */
  @property({ attribute: 'geocoder-src' }) geocoderSrc?: string;

  /** How many types are shown before "More types" (default 8). */
  @property({ type: Number, attribute: 'top-types' }) topTypes = 8;

  /** Folds the filter groups behind a "Filters" button (the chips stay). */
  @property({ type: Boolean, reflect: true }) compact = false;

  @state() private expanded = false;

  @state() private geoMessage = '';

  private readonly uid = ++uid;

  private toggle<T>(list: readonly T[] | undefined, value: T, on: boolean): T[] {
    const set = new Set(list ?? []);
    if (on) set.add(value);
    else set.delete(value);
    return [...set];
  }

  private box(label: string, checked: boolean, onChange: (on: boolean) => void, count?: number): TemplateResult {
    return html`<label part="option" class="option"
      ><input type="checkbox" .checked=${live(checked)} @change=${(e: Event) => onChange((e.target as HTMLInputElement).checked)} /><span
        >${label}${count !== undefined ? html` <span class="count">(${this.t.fmt.number(count)})</span>` : nothing}</span
      ></label
    >`;
  }

  private fieldset(legend: string, body: unknown, cls = ''): TemplateResult {
    return html`<fieldset part="fieldset" class=${cls}><legend part="legend">${legend}</legend>${body}</fieldset>`;
  }

  private chips(store: MeetingsStore): Chip[] {
    const f = store.filter;
    const m = this.t.msg;
    const set = (patch: Partial<MeetingFilter>) => () => store.setFilter(patch);
    const out: Chip[] = [];
    for (const d of f.days ?? []) out.push({ label: weekdayName(this.t.fmt, d), remove: set({ days: this.toggle(f.days, d, false) }) });
    for (const t of f.times ?? []) out.push({ label: m[t], remove: set({ times: this.toggle(f.times, t, false) }) });
    for (const a of f.attendance ?? []) out.push({ label: attendanceLabel(a, m), remove: set({ attendance: this.toggle(f.attendance, a, false) }) });
    for (const c of f.types ?? []) out.push({ label: labelOf(c, store, this.t.locale), remove: set({ types: this.toggle(f.types, c, false) }) });
    if (f.region?.length) out.push({ label: f.region[f.region.length - 1], remove: set({ region: [] }) });
    if (store.origin) out.push({ label: m.nearLabel(store.origin.label || m.myLocation), remove: () => store.setOrigin(null) });
    if (f.keyword) out.push({ label: `“${f.keyword}”`, remove: set({ keyword: undefined }) });
    return out;
  }

  private nearMe(store: MeetingsStore) {
    const m = this.t.msg;
    if (!navigator.geolocation) {
      this.geoMessage = m.locationDenied;
      return;
    }
    this.geoMessage = m.locating;
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        this.geoMessage = '';
        store.setOrigin({ lat: pos.coords.latitude, lng: pos.coords.longitude, label: m.myLocation });
      },
      () => (this.geoMessage = m.locationDenied),
      { enableHighAccuracy: false, timeout: 15000, maximumAge: 300000 },
    );
  }

  private async geocode(store: MeetingsStore, e: Event) {
    e.preventDefault();
    const m = this.t.msg;
    const input = (e.target as HTMLFormElement).querySelector('input')!;
    const q = input.value.trim();
    if (!q || !this.geocoderSrc) return;
    this.geoMessage = m.locating;
    try {
      const url = this.geocoderSrc.replace('{query}', encodeURIComponent(q));
      const res = await fetch(url, { credentials: 'omit', headers: { Accept: 'application/json' } });
      const list: unknown = res.ok ? await res.json() : null;
      const hit = Array.isArray(list) ? (list[0] as Record<string, unknown> | undefined) : undefined;
      const lat = Number(hit?.lat);
      const lng = Number(hit?.lon ?? hit?.lng);
      if (!hit || !Number.isFinite(lat) || !Number.isFinite(lng) || Math.abs(lat) > 90 || Math.abs(lng) > 180) throw new Error('not found');
      const label = String(hit.display_name ?? hit.label ?? q).slice(0, 120);
      this.geoMessage = '';
      store.setOrigin({ lat, lng, label });
    } catch {
      this.geoMessage = m.addressNotFound;
    }
  }

  private regionOptions(nodes: RegionNode[], depth: number, selected: string, out: TemplateResult[]) {
    for (const n of nodes) {
      out.push(html`<option value=${n.key} ?selected=${n.key === selected}>${'\u2003'.repeat(depth)}${n.name} (${this.t.fmt.number(n.count)})</option>`);
      this.regionOptions(n.children, depth + 1, selected, out);
    }
    return out;
  }

  protected override render() {
    const store = this.ctx.value;
    if (!store) return nothing;
    const m = this.t.msg;
    const f = store.filter;
    const facets = store.result.facets;
    const days = f.days ?? [];
    const chips = this.chips(store);
    const codes = store.index?.typeCodes ?? [];
    const top = Math.max(0, this.topTypes);
    const typeBox = (c: string) =>
      this.box(labelOf(c, store, this.t.locale), !!f.types?.includes(c), (on) => store.setFilter({ types: this.toggle(f.types, c, on) }), facets?.types[c] ?? 0);
    const rest = codes.slice(top);
    const regions = store.index ? store.index.regionTree() : [];
    const regionKey = f.region?.length ? f.region.join('\u001f') : '';
    const near = f.near;
    const id = (s: string) => `rk-mf-${this.uid}-${s}`;

    return html`<div part="base" class="filters" lang=${this.t.language}>
      ${chips.length
        ? html`<div part="chips" class="chips" role="group" aria-label=${m.activeFilters}>
            ${chips.map(
              (c) => html`<button type="button" part="chip" class="chip" aria-label=${m.removeFilter(c.label)} @click=${c.remove}>
                ${c.label} <span aria-hidden="true">×</span>
              </button>`,
            )}
            <button type="button" part="clear" class="rk-button" @click=${() => store.clearFilters()}>${m.clearAll}</button>
          </div>`
        : nothing}
      <button type="button" part="toggle" class="rk-button toggle" aria-expanded=${this.expanded} aria-controls=${id('all')} @click=${() => (this.expanded = !this.expanded)}>
        ${m.filtersHeading}${chips.length ? ` (${this.t.fmt.number(chips.length)})` : ''}
      </button>
      <div id=${id('all')} class="all ${this.expanded ? 'open' : ''}">
      ${this.fieldset(
        m.day,
        html`${this.box(m.anyDay, days.length === 0, (on) => on && store.setFilter({ days: [] }))}
        ${[0, 1, 2, 3, 4, 5, 6].map((d) =>
          this.box(weekdayName(this.t.fmt, d), days.includes(d), (on) => store.setFilter({ days: this.toggle(days, d, on).sort() })),
        )}`,
        'days',
      )}
      ${this.fieldset(
        m.time,
        TIMES_OF_DAY.map((t: TimeOfDay) => this.box(m[t], !!f.times?.includes(t), (on) => store.setFilter({ times: this.toggle(f.times, t, on) }), facets?.times[t])),
      )}
      ${this.fieldset(
        m.attendance,
        ATTENDANCE.map((a) =>
          this.box(attendanceLabel(a, m), !!f.attendance?.includes(a), (on) => store.setFilter({ attendance: this.toggle(f.attendance, a, on) }), facets?.attendance[a]),
        ),
      )}
      ${codes.length
        ? this.fieldset(
            m.types,
            html`${codes.slice(0, top).map(typeBox)}
            ${rest.length
              ? html`<details class="more" ?open=${rest.some((c) => f.types?.includes(c))}>
                  <summary>${m.moreTypes} (${this.t.fmt.number(rest.length)})</summary>
                  ${rest.map(typeBox)}
                </details>`
              : nothing}`,
            'types',
          )
        : nothing}
      ${regions.length
        ? html`<div class="field">
            <label for=${id('region')}>${m.region}</label>
            <select
              id=${id('region')}
              @change=${(e: Event) => {
                const v = (e.target as HTMLSelectElement).value;
                store.setFilter({ region: v ? v.split('\u001f') : [] });
              }}
            >
              <option value="" ?selected=${!regionKey}>${m.anyRegion}</option>
              ${this.regionOptions(regions, 0, regionKey, [])}
            </select>
          </div>`
        : nothing}
      ${this.fieldset(
        m.distance,
        html`<button type="button" class="rk-button" @click=${() => this.nearMe(store)}>${m.nearMe}</button>
          ${this.geocoderSrc
            ? html`<form class="address" @submit=${(e: Event) => this.geocode(store, e)}>
                <label for=${id('address')}>${m.address}</label>
                <input id=${id('address')} type="text" autocomplete="street-address" />
                <button type="submit" class="rk-button">${m.findAddress}</button>
              </form>`
            : nothing}
          <p class="geo" role="status">${this.geoMessage}</p>
          ${store.origin && near
            ? html`<div class="row">
                <span class="field">
                  <label for=${id('radius')}>${m.radius}</label>
                  <select
                    id=${id('radius')}
                    @change=${(e: Event) => {
                      const v = Number((e.target as HTMLSelectElement).value);
                      store.setFilter({ near: { ...near, radius: v > 0 ? v : undefined } });
                    }}
                  >
                    <option value="0" ?selected=${!near.radius}>${m.anyDistance}</option>
                    ${RADII.map((r) => html`<option value=${r} ?selected=${near.radius === r}>${this.t.fmt.number(r)}</option>`)}
                  </select>
                </span>
                <span class="field">
                  <label for=${id('unit')}>${m.unit}</label>
                  <select id=${id('unit')} @change=${(e: Event) => store.setFilter({ near: { ...near, unit: (e.target as HTMLSelectElement).value as 'km' | 'mi' } })}>
                    <option value="mi" ?selected=${store.unit === 'mi'}>${m.mi}</option>
                    <option value="km" ?selected=${store.unit === 'km'}>${m.km}</option>
                  </select>
                </span>
              </div>`
            : nothing}`,
        'distance',
      )}
      </div>
    </div>`;
  }
}
