import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { headingLevel } from '../../base/rk-element.js';
import { PrintController } from '../../base/print.js';
import { FinderPart } from '../meeting-provider/part.js';
import { renderLoadStatus, type LoadView } from '../../base/status.js';
import { meetingStatus } from '../../core/meetings/occurrence.js';
import type { Meeting } from '../../core/meetings/model.js';
import type { QueryResult } from '../../core/meetings/filter.js';
import type { MeetingsStore } from '../meeting-provider/context.js';
import { attendanceLabel, distanceText, labelOf, timeTexts } from '../meeting-provider/view.js';
import { styles } from './meeting-list.styles.js';

const PAGE = 100;

/**
 * The results of the enclosing `<rk-meeting-provider>`: grouped by day (in the viewer's zone)
 * and sorted by next occurrence. Each row shows the time in the viewer's zone (and the
 * meeting's own when it differs), name, place or "Online", attendance, key types, distance
 * when known, and "In progress" / "Starting soon"; "Inactive" and "Location Temporarily Closed"
 * (type TC) are marked as closed. Renders 100 rows, then more on "Show more"
 * or when the end of the list scrolls into view: never thousands of rows at once, except while
 * the page prints (`beforeprint` or the `print` media query): then every result is rendered so
 * the printout is complete, and afterwards the same rows as before.
 * The result count is announced politely (one live region, debounced).
 *
 * @tagname rk-meeting-list
 * @summary Meeting results grouped by day, rendered incrementally.
 *
 * @csspart count - The result count (a polite live region).
 * @csspart day-heading - A day's heading.
 * @csspart row - One meeting.
 * @csspart open - The meeting's name: the button that opens its details.
 * @csspart status-badge - "In progress" / "Starting soon".
 * @csspart more - The Show more button.
 * @csspart empty - The no-results message and its suggestion.
 * @csspart skipped - "3 meetings in this list could not be shown."
 * @csspart missing - "The meeting in your link is no longer in this list", after a link to a meeting the feed no longer has.
 * @csspart status - The loading status.
 * @csspart error - The load error.
 * @csspart retry - The Try again button of the error.
 */
export class RkMeetingList extends FinderPart {
  static override styles = styles;

  /** Level of the day headings, 1-6 (default 3). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** Rows rendered at first and added by each "Show more" (default 100). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = PAGE;

  @state() private limit = PAGE;
  @state() private announced = '';
  /** While printing, every result is rendered (the printout is the whole list). */
  private readonly print = new PrintController(this);

  private lastResult?: QueryResult;
  private lastKey?: unknown[];
  private lastSelected: string | null = null;
  private scrollY = 0;
  private announceTimer?: ReturnType<typeof setTimeout>;
  private observer?: IntersectionObserver;
  private observed: Element | null = null;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
    this.observer?.disconnect();
    this.observed = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const store = this.ctx.value;
    if (!store) return;
    // A new filter, sort or feed starts again at the first page; the minute ticking does not.
    const key = [store.filter, store.sort, store.meetings, store.status];
    if (!this.lastKey || key.some((v, i) => v !== this.lastKey![i])) {
      this.lastKey = key;
      this.limit = Math.max(1, this.pageSize || PAGE);
    }
    if (store.result !== this.lastResult) {
      this.lastResult = store.result;
      clearTimeout(this.announceTimer);
      const text = store.status === 'ready' || store.meetings.length ? this.t.msg.count(store.result.count, (n) => this.t.fmt.number(n)) : '';
      if (text !== this.announced) this.announceTimer = setTimeout(() => (this.announced = text), this.announced ? 400 : 0);
    }
    if (this.lastSelected && !store.selectedId) {
      const id = this.lastSelected;
      // After the layout shows the list again: same scroll position, focus on the row.
      setTimeout(() => {
        window.scrollTo({ top: this.scrollY });
        const b = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('button[data-id]')].find((x) => x.dataset.id === id);
        b?.focus({ preventScroll: true });
      }, 0);
    }
    this.lastSelected = store.selectedId;
  }

  protected override updated(): void {
    // Observing again costs as much as a row render: only when the sentinel came or went.
    const sentinel = this.renderRoot.querySelector('.sentinel');
    if (sentinel === this.observed) return;
    this.observer?.disconnect();
    this.observed = sentinel;
    if (sentinel && typeof IntersectionObserver !== 'undefined') {
      this.observer ??= new IntersectionObserver((entries) => {
        if (entries.some((e) => e.isIntersecting)) this.showMore();
      });
      this.observer.observe(sentinel);
    }
  }

  private showMore() {
    this.limit += Math.max(1, this.pageSize || PAGE);
  }

  private open(store: MeetingsStore, id: string) {
    this.scrollY = window.scrollY;
    store.select(id);
  }

  private heading(text: string): TemplateResult {
    const level = headingLevel(this.headingLevel, 3);
    return html`<div role="heading" aria-level=${level} part="day-heading" class="day">${text}</div>`;
  }

  private row(store: MeetingsStore, m: Meeting, times: ReturnType<typeof timeTexts>): TemplateResult {
    const msg = this.t.msg;
    const status = meetingStatus(m, store.now);
    const place = m.attendance === 'online' ? msg.online : m.location || (m.approximate ? '' : m.formattedAddress) || m.address.city;
    const dist = distanceText(m, store, this.t.fmt, msg);
    // Type TC (Location Temporarily Closed) is a badge of its own, not one of the types. Checked
    // inline, not with the core's isPlaceClosed: importing model.ts up front costs 65 B gzip.
    const closed = m.types.includes('TC');
    const types = m.types.filter((c) => c != 'TC').slice(0, 3).map((c) => labelOf(c, store, this.t.locale));
    return html`<li part="row" class="row ${status === 'in-progress' ? 'live' : status === 'starting-soon' ? 'soon' : ''}">
      <div class="when">
        ${times ? html`${times.start}${times.own ? html`<span class="own">(${times.own})</span>` : nothing}` : msg.byAppointment}
      </div>
      <div>
        <button type="button" part="open" class="open" data-id=${m.slug} @click=${() => this.open(store, m.slug)}>${m.name}</button>
        <div class="meta">
          ${status === 'in-progress' || status === 'starting-soon'
            ? html`<span part="status-badge" class="badge ${status === 'in-progress' ? 'live' : 'soon'}">${status === 'in-progress' ? msg.inProgress : msg.startingSoon}</span>`
            : nothing}
          ${place ? html`<span class="place">${place}</span>` : nothing}
          <span class="badge${m.attendance == 'inactive' ? ' closed' : ''}">${attendanceLabel(m.attendance, msg)}</span>
          ${closed ? html`<span class="badge closed">${labelOf('TC', store, this.t.locale)}</span>` : nothing}
          ${types.length ? html`<span class="types">${this.t.fmt.list(types, 'unit')}</span>` : nothing}
          ${dist ? html`<span class="distance">${dist}</span>` : nothing}
        </div>
      </div>
    </li>`;
  }

  private renderRows(store: MeetingsStore): TemplateResult[] {
    const shown = this.print.printing ? store.result.meetings : store.result.meetings.slice(0, this.limit);
    const out: TemplateResult[] = [];
    const grouped = store.sort === 'next';
    let key: string | null = null;
    let rows: TemplateResult[] = [];
    const flush = (title: string | null) => {
      if (rows.length) out.push(html`${title !== null ? this.heading(title) : nothing}<ul role="list">${rows}</ul>`);
      rows = [];
    };
    let title: string | null = null;
    for (const m of shown) {
      const times = timeTexts(m, store, this.t.fmt);
      const k = grouped ? (times?.dayKey ?? '-') : '';
      if (k !== key) {
        flush(title);
        key = k;
        title = grouped ? (times?.day ?? this.t.msg.byAppointment) : null;
      }
      rows.push(this.row(store, m, times));
    }
    flush(title);
    return out;
  }

  private renderEmpty(store: MeetingsStore): TemplateResult {
    const msg = this.t.msg;
    const f = store.filter;
    const hasDay = !!f.days?.length;
    const others = !!(f.keyword || f.times?.length || f.types?.length || f.attendance?.length || f.region?.length || f.near);
    return html`<div part="empty" class="empty">
      <p>${msg.empty}</p>
      ${hasDay
        ? html`<button type="button" class="rk-button" @click=${() => store.setFilter({ days: [] })}>${msg.tryAnyDay}</button>`
        : others
          ? html`<button type="button" class="rk-button" @click=${() => store.clearFilters()}>${msg.clearFilters}</button>`
          : nothing}
    </div>`;
  }

  protected override render() {
    const store = this.ctx.value;
    const msg = this.t.msg;
    if (!store) return nothing;
    const view: LoadView = {
      state: store.status,
      error: store.error ?? undefined,
      data: store.meetings.length ? store.meetings : undefined,
      reload: async () => store.reload(),
    };
    const skeleton = html`<span class="skeleton" aria-hidden="true"><span></span><span></span><span></span></span>`;
    const ready = store.status === 'ready' || store.meetings.length > 0;
    const total = store.result.count;
    return html`<div lang=${this.t.language}>
      ${renderLoadStatus(view, msg, { title: msg.loadTitle, skeleton })}
      <p part="count" class="count" role="status">${this.announced}</p>
      ${store.missing ? html`<p part="missing" class="notice">${msg.missing}</p>` : nothing}
      ${store.skipped.length ? html`<p part="skipped" class="notice">${msg.skipped(store.skipped.length)}</p>` : nothing}
      ${ready ? (total ? this.renderRows(store) : this.renderEmpty(store)) : nothing}
      ${total > this.limit && !this.print.printing
        ? html`<button type="button" part="more" class="rk-button more" @click=${() => this.showMore()}>
              ${msg.showMore(Math.min(this.pageSize || PAGE, total - this.limit))}
            </button>
            <div class="sentinel" aria-hidden="true"></div>`
        : nothing}
    </div>`;
  }
}
