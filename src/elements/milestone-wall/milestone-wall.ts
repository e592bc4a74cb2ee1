import { html, nothing, type PropertyValues } from 'lit';
import { RkElement, headingLevel } from '../../base/rk-element.js';
import { LocalizeController } from '../../base/localize.js';
import { ClockController } from '../../base/clock.js';
import { PrintController } from '../../base/print.js';
import { DataController, LoadError, parseJsonResponse } from '../../base/data-controller.js';
import { renderLoadStatus } from '../../base/status.js';
import { daysBetween, zonedDate } from '../../core/time/calendar.js';
import { nextRollover } from '../../core/time/sober.js';
import { getScheme } from '../../core/milestones/schemes.js';
import { cardStatus } from '../milestone-card/status.js';
import { readCelebration, type Celebration } from '../../core/milestones/wall.js';
import { wallMessages, type MilestoneWallMessages } from './messages.js';
import { styles } from './milestone-wall.styles.js';

export type { Celebration };

type Scheme = 'na' | 'aa' | 'default';

/**
 * A wall of milestone cards from a center's endpoint: newest milestone first, grouped
 * "This week" (the last 7 days), "This month" (earlier this calendar month) and "Earlier",
 * relative to `now` in `time-zone`.
 *
 * Privacy by design: names are shown exactly as the endpoint gives them (send first names or
 * initials), and a sobriety date is used only to count: it is never shown unless that entry
 * has `showDate: true`. Entries that are malformed, in the future or have no milestone yet are
 * skipped and counted ("2 entries could not be shown").
 *
 * `src` returns a JSON array of `{ name, since | days, scheme?, message?, showDate? }`. Each
 * group shows its first `page-size` cards (12 by default) and a "Show 12 more" button, so an
 * endpoint that sends every alumnus (thousands) still gives a short, quick page; the button
 * moves focus to the first card it added. `page-size="0"` renders every card (1,000 cards take
 * about a quarter of a second on a laptop, 5,000 over a second). The skipped count and the
 * group headings' counts ("Earlier (240)") count every entry, shown or not. A new `page-size` or
 * `src` starts each group at its first page again. Printing the page prints every card (no
 * buttons), then the wall returns to the cards the visitor had open.
 *
 * An unreadable `now` (attribute or `<rk-provider>`) shows the same clear error as
 * `<rk-sobriety-counter>` ("“…” is not a date we can read") instead of the cards, with no
 * timers; it never falls back to the live clock.
 *
 * @tagname rk-milestone-wall
 * @summary Milestone celebrations from an endpoint, as a grid of cards grouped by week and month.
 *
 * @csspart base - The wall (a labelled `section`).
 * @csspart group - One group (This week, This month, Earlier).
 * @csspart group-heading - A group's heading, with how many celebrations it holds.
 * @csspart grid - The list of cards in a group.
 * @csspart more - A group's "Show 12 more" button.
 * @csspart card - Each `<rk-milestone-card>` (its own parts are not exported; style it with its `--rk-milestone-*` tokens).
 * @csspart empty - "No celebrations yet."
 * @csspart skipped - "2 entries could not be shown."
 * @csspart status - The loading status.
 * @csspart error - The load error, or an unreadable `now`.
 * @csspart retry - The Try again button of the error.
 *
 * @cssprop [--rk-milestone-wall-min-column=18rem] - Narrowest card column.
 * @cssprop [--rk-milestone-wall-gap=var(--rk-space-3)] - Space between cards.
 *
 * @fires {CustomEvent<RkLoadDetail>} rk-load - When `src` loaded (from the shared loader).
 * @fires {CustomEvent<RkErrorDetail>} rk-error - When `src` failed to load.
 * @fires {CustomEvent<RkShareDetail>} rk-share - From a card, when its image was shared or downloaded (with `share`).
 */
export class RkMilestoneWall extends RkElement {
  static override styles = styles;
  static override properties = {
    src: {},
    now: {},
    timeZone: { attribute: 'time-zone' },
    scheme: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    share: { type: Boolean },
    reducedMotion: { type: Boolean, attribute: 'reduced-motion' },
    pageSize: { type: Number, attribute: 'page-size' },
  };

  /** URL of the celebrations JSON. */
  declare src?: string;

  /** A fixed "now" (ISO 8601) the groups and counts are relative to; otherwise the live clock or `<rk-provider>`. */
  declare now?: string;

  /** IANA time zone whose calendar days are counted (default: the viewer's, or the provider's). */
  declare timeZone?: string;

  /** Scheme for entries that do not name one: `na`, `aa` or `default`. */
  scheme: Scheme = 'default';

  /** ARIA level of the group headings, 1-6 (default 2); the cards' headings are one level below. */
  headingLevel = 2;

  /** Shows a Share / Download image button on each card. */
  share = false;

  /** Turns the cards' celebration animation off (always off under `prefers-reduced-motion: reduce`). */
  reducedMotion = false;

  /** Cards each group shows at first and adds on each "Show more" (default 12); 0 or less shows every card. */
  pageSize = 12;

  /** Pages shown per group (This week, This month, Earlier); a new `src` or `page-size` starts at one. */
  private pages = [1, 1, 1];
  /** While the page prints, every card (a printed wall has no "Show more"). */
  private readonly print = new PrintController(this);

  private readonly t = new LocalizeController<MilestoneWallMessages>(this, wallMessages);
  private readonly clock = new ClockController(this);
  private readonly data = new DataController<unknown[]>(this, {
    parse: (text, info) => {
      const json = parseJsonResponse(text, info);
      if (!Array.isArray(json)) throw new LoadError('parse', undefined, 'not-a-list', true);
      return json;
    },
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('src')) this.data.setSrc(this.src);
    if (changed.has('src') || changed.has('pageSize')) this.pages = [1, 1, 1];
  }

  /** Shows group `g`'s next page, then focuses its first new card (the `at`-th in `group`). */
  private async more(g: number, group: ParentNode, at: number) {
    this.pages[g]++;
    this.requestUpdate();
    await this.updateComplete;
    const card = group.querySelectorAll<HTMLElement>('rk-milestone-card')[at];
    if (card) {
      card.tabIndex = -1;
      card.focus();
    }
  }

  protected override render() {
    const m = this.t.msg;
    const list = this.data.data;
    const level = headingLevel(this.headingLevel);
    const clock = this.clock;
    const now = clock.now();
    const tz = clock.timeZone;
    const today = zonedDate(now, tz);
    // An unreadable `now` groups nothing (not on the live clock): the wall says what was wrong.
    const badNow = clock.invalidNow && m.invalidNow(clock.fixedNow!);
    // Groups move at midnight (live clock only: a fixed `now`, readable or not, needs no wake-up).
    clock.cancelAll();
    if (!clock.fixedNow) clock.at(nextRollover(now, tz), () => this.requestUpdate());
    const groups: [string, { item: Celebration; scheme: Scheme; ago: number }[]][] = [
      [m.week, []],
      [m.month, []],
      [m.earlier, []],
    ];
    let skipped = 0;
    for (const raw of (!badNow && list) || []) {
      const item = readCelebration(raw);
      const scheme = (getScheme(item?.scheme)?.id ?? getScheme(this.scheme)?.id ?? 'default') as Scheme;
      const reached = item && cardStatus(item, getScheme(scheme)!, now, tz).reached;
      if (!item || !reached) {
        skipped++;
        continue;
      }
      const ago = daysBetween(reached.date, today);
      const g = ago < 7 ? 0 : reached.date.year === today.year && reached.date.month === today.month ? 1 : 2;
      groups[g][1].push({ item, scheme, ago });
    }
    const ps = this.pageSize >= 1 && !this.print.printing ? Math.floor(this.pageSize) : Infinity;
    return html`<section part="base" aria-label=${m.label} lang=${this.t.language}>
      ${renderLoadStatus(this.data, m, { title: m.errorTitle })}
      ${badNow ? html`<p part="error" class="rk-error">${badNow}</p>` : nothing}
      ${groups.map(([title, items], g) => {
        const limit = ps * this.pages[g];
        // Compact: templates ship as written. No `type` on the button: no form in a shadow root.
        return items.length
          ? html`<div part="group"><div part="group-heading" class="group-heading" role="heading" aria-level=${level}>${title} (${this.t.fmt.number(items.length)})</div><ul part="grid" class="grid">${items
              .sort((a, b) => a.ago - b.ago || a.item.name.localeCompare(b.item.name))
              .slice(0, limit)
              .map(
                // One line: templates ship as written, and this one repeats for every card.
                ({ item, scheme }) => html`<li><rk-milestone-card part="card" lang=${this.t.locale} .name=${item.name} .since=${item.since} .days=${item.days} .scheme=${scheme} .message=${item.message} .showDate=${!!item.showDate} .now=${this.now} .timeZone=${this.timeZone} .headingLevel=${level + 1} .noShare=${!this.share} .reducedMotion=${this.reducedMotion} .theme=${this.theme}></rk-milestone-card></li>`,
              )}</ul>${items.length > limit
              ? html`<button part="more" class="rk-button more" @click=${(e: Event) => this.more(g, (e.target as Element).parentNode!, limit)}>${m.showMore(Math.min(ps, items.length - limit))}</button>`
              : nothing}</div>`
          : nothing;
      })}
      ${list && !badNow && !groups.some((g) => g[1].length) ? html`<p part="empty" class="empty">${m.empty}</p>` : nothing}
      ${skipped ? html`<p part="skipped" class="skipped">${m.skipped(skipped)}</p>` : nothing}
    </section>`;
  }
}
