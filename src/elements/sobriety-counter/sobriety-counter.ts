import { html, nothing, type PropertyValues } from 'lit';
import { RkElement } from '../../base/rk-element.js';
import { LocalizeController } from '../../base/localize.js';
import { ClockController } from '../../base/clock.js';
import { formatPlainDate, startOfDay, type PlainDate } from '../../core/time/calendar.js';
import { hoursSaved, moneySaved, nextMinute, nextRollover, soberTime, splitHours, type SoberTime } from '../../core/time/sober.js';
import { DEFAULT_SCHEME, getScheme, milestonesBetween, nextMilestone, reachedMilestone, type Milestone, type MilestoneOccurrence } from '../../core/milestones/schemes.js';
import { durationIn, labelIn } from '../../core/milestones/text.js';
import type { CounterForm } from './form.js';
import { counterMessages, type CounterMessages } from './messages.js';
import { styles } from './sobriety-counter.styles.js';

export interface RkCounterChangeDetail {
  /** The new sobriety date ("YYYY-MM-DD"), or `null` when it was cleared or forgotten. */
  since: string | null;
}

export interface RkMilestoneDetail {
  /** Milestone id, e.g. `na-30d`, `default-1y`, `aa-years-3`. */
  id: string;
  /** Localized label, e.g. "30 days". */
  label: string;
  /** The day count on which it is reached. */
  days: number;
  /** The date it is reached, "YYYY-MM-DD". */
  date: string;
}

declare global {
  interface RkEventMap {
    'rk-change': RkCounterChangeDetail;
    'rk-milestone': RkMilestoneDetail;
  }
  interface GlobalEventHandlersEventMap {
    'rk-change': CustomEvent<RkCounterChangeDetail>;
    'rk-milestone': CustomEvent<RkMilestoneDetail>;
  }
}

/** Hours and minutes are shown (with `show-hours`) while the day count is below this. */
export const HOURS_DAYS = 3;

/**
 * Counts sober time from a sobriety date: total days, years / months / days, live hours in the
 * first days, the next milestone with a countdown, and money and time saved. Dates are calendar
 * dates in the viewer's zone (or the zone named): day 0 is the date itself, month anniversaries
 * are clamped to month ends (Jan 31 + 1 month = Feb 28/29).
 *
 * Without `since`, `editable` lets a visitor enter their own date. Nothing leaves the device;
 * the date is written to `localStorage` only with `storage="local"` and after the person ticks
 * "Remember on this device", and "Forget this date" removes it with one click.
 *
 * The count refreshes itself at the next local midnight (and every minute while hours show).
 * Only meaningful changes are announced, through a polite visually hidden status: a milestone
 * reached or the day count rolling over while the page is open.
 *
 * An unreadable `since` or `now` (from the attribute or `<rk-provider>`) shows the same clear
 * error ("“…” is not a date we can read") instead of a count; nothing falls back silently.
 * The date form of `editable` loads on demand, with the first render that needs it.
 *
 * @tagname rk-sobriety-counter
 * @summary Sober-time counter: days, years/months/days, next milestone, money and time saved.
 *
 * @csspart base - The wrapper of everything.
 * @csspart label - The caption given by `label`.
 * @csspart count - The total days line (number and unit).
 * @csspart number - The total number of days.
 * @csspart unit - The word "days" after the number.
 * @csspart breakdown - Years, months and days.
 * @csspart hours - Hours and minutes (with `show-hours`, during the first days).
 * @csspart milestone - The next milestone with its countdown, or today's milestone.
 * @csspart savings - Money and time saved.
 * @csspart future - "Starts in N days" for a date still ahead.
 * @csspart error - An unreadable `since` or `now`, or the date field's validation message.
 * @csspart note - Small notes, such as an unknown time zone.
 * @csspart form - The date entry form (`editable`).
 * @csspart input - The native date input.
 * @csspart button - The "A new start", "Undo" and "Forget this date" buttons.
 * @csspart remember - The "Remember on this device" choice.
 *
 * @cssprop [--rk-counter-accent=var(--rk-color-primary)] - Colour of the number and the card's top border.
 * @cssprop [--rk-counter-surface=var(--rk-color-surface)] - Background of the card and hero variants.
 * @cssprop [--rk-counter-number-size=3rem] - Font size of the day count (compact: 1.5rem, hero: 5rem).
 * @cssprop [--rk-counter-number-weight=800] - Font weight of the day count.
 * @cssprop [--rk-counter-align=start] - Text alignment (hero: center).
 *
 * @fires {CustomEvent<RkCounterChangeDetail>} rk-change - When the person enters, clears, restores (undo) or forgets their date. Local: nothing is sent anywhere.
 * @fires {CustomEvent<RkMilestoneDetail>} rk-milestone - When a milestone is reached while the page is open (e.g. the midnight rollover reaches 30 days). Not fired for milestones already reached when the page loads.
 */
export class RkSobrietyCounter extends RkElement {
  static override styles = styles;
  static override properties = {
    since: {},
    now: {},
    timeZone: { attribute: 'time-zone' },
    scheme: {},
    showHours: { type: Boolean, attribute: 'show-hours' },
    dailyCost: { type: Number, attribute: 'daily-cost' },
    currency: {},
    dailyHours: { type: Number, attribute: 'daily-hours' },
    editable: { type: Boolean, reflect: true },
    storage: {},
    storageKey: { attribute: 'storage-key' },
    variant: { reflect: true },
    label: {},
  };

  /** Sobriety date "YYYY-MM-DD" (day 0), or a date-time "YYYY-MM-DDTHH:MM" (wall time in the zone) or with `Z` / `±HH:MM`. When set, `editable` is ignored. */
  declare since?: string;

  /** A fixed "now" (ISO 8601 date or date-time) instead of the live clock, for previews and tests. */
  declare now?: string;

  /** IANA time zone to count calendar days in (default: the provider's, else the viewer's). An unknown zone falls back to the viewer's, with a small note. */
  declare timeZone?: string;

  /** Milestone scheme: `default` (neutral), `na` (NA keytags) or `aa` (common AA chips). */
  scheme: 'default' | 'na' | 'aa' = 'default';

  /** Shows live hours and minutes while the count is under 3 days (from the given time of day, or from the start of the date). */
  showHours = false;

  /** Money spent per day before, for "$1,234.00 saved" (in `currency`). */
  declare dailyCost?: number;

  /** ISO 4217 currency of `daily-cost` (default `USD`). */
  currency = 'USD';

  /** Hours per day spent before (0-24), for "3 days, 4 hours of time back". */
  declare dailyHours?: number;

  /** Without `since`: lets the visitor enter their own date with a native date field. */
  editable = false;

  /** `local` offers a "Remember on this device" choice (unchecked by default) that keeps the date in `localStorage`. Without it nothing is ever stored. */
  declare storage?: 'local';

  /** Name of this counter's storage slot, for several counters on one site (default `default`). The key is `recovery-kit:sobriety-counter:<storage-key>`. */
  storageKey = 'default';

  /** Layout: `card` (default), `compact` (the count and the breakdown on one line, for sidebars and sentences; leaves out milestone, hours and savings) or `hero` (large and centered). */
  variant: 'compact' | 'card' | 'hero' = 'card';

  /** Optional caption above the count, e.g. "Clean time" or "Our alumni". */
  declare label?: string;

  /** What the hidden status says (set with a render). */
  _announcement = '';

  readonly _t: LocalizeController<CounterMessages> = new LocalizeController<CounterMessages>(this, counterMessages);
  readonly _clock: ClockController = new ClockController(this);
  /** The date form (`editable`), loaded with the first render that shows it. */
  _form?: CounterForm;
  private sober?: SoberTime;
  private nowMs = 0;
  private hoursShown = false;
  private last?: { key: string; day: number; today: PlainDate };
  private reachedNow: MilestoneOccurrence[] = [];

  constructor() {
    super();
    this.waitFor(() => {
      if (this.editable && !this.since && !this._form) return import('./form.js').then((m) => void (this._form ??= new m.CounterForm(this)));
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Timers are cancelled on disconnect: re-arm them when put back on the page.
    this.requestUpdate();
  }

  /** Localized label of a milestone. */
  _label(m: Milestone): string {
    return labelIn(this._t.msg.labels, m, this._t.fmt);
  }

  /** "N days", localized. */
  _days(n: number): string {
    return durationIn(this._t.msg.labels, { days: n }, this._t.fmt);
  }

  /** What a date gives now, in words ("30 days", "Starts in 7 days"), or '' for an unreadable one. */
  _describe(since: string): string {
    const s = soberTime({ since, now: this._clock.now(), timeZone: this._clock.timeZone });
    return s.status == 'counting' ? this._days(s.days) : s.status == 'future' ? this._t.msg.startsIn(s.daysUntilStart, this._days(s.daysUntilStart)) : '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this._form?.willUpdate(changed);
    const value = this.since || (this.editable ? this._form?.entered : undefined);
    const clock = this._clock;
    const timeZone = clock.timeZone;
    const now = (this.nowMs = clock.now());
    const s = (this.sober = value && !clock.invalidNow ? soberTime({ since: value, now, timeZone }) : undefined);
    this.reachedNow = [];
    if (s?.status != 'counting') {
      this.last = undefined;
      return;
    }
    this.hoursShown = this.showHours && s.days < HOURS_DAYS;
    // A day passed with the same date, zone and clock: celebrate what it reached.
    const key = `${value}|${timeZone}|${clock.fixedNow}|${this.scheme}`;
    if (this.last?.key == key && s.days > this.last.day) {
      this.reachedNow = milestonesBetween(this.schemeDef, s.sinceDate, this.last.today, s.today);
      const m = this._t.msg;
      this._announcement = [...this.reachedNow.map((o) => m.reached(this._label(o.milestone))), m.nowDays(this._days(s.days))].join(' ');
    }
    this.last = { key, day: s.days, today: s.today };
  }

  protected override updated(): void {
    for (const o of this.reachedNow) {
      this.emit('rk-milestone', { id: o.milestone.id, label: this._label(o.milestone), days: o.day, date: formatPlainDate(o.date) });
    }
    this.reachedNow = [];
    const clock = this._clock;
    clock.cancelAll();
    const s = this.sober;
    if (!this.isConnected || clock.frozen || !s || s.status == 'invalid') return;
    const tick = () => this.requestUpdate();
    clock.at(nextRollover(this.nowMs, s.timeZone), tick);
    if (s.status == 'future' && s.startInstant) clock.at(s.startInstant, tick);
    if (this.hoursShown) clock.at(nextMinute(this.nowMs), tick);
  }

  private get schemeDef() {
    return getScheme(this.scheme) ?? DEFAULT_SCHEME;
  }

  private renderCount(s: Extract<SoberTime, { status: 'counting' }>) {
    const { msg: m, fmt } = this._t;
    const L = m.labels;
    const scheme = this.schemeDef;
    const parts = [];
    if (s.years) parts.push(fmt.plural(s.years, L.years));
    if (s.months) parts.push(fmt.plural(s.months, L.months));
    if (s.remDays) parts.push(this._days(s.remDays));
    const mins = Math.max(0, Math.floor((this.nowMs - (s.startInstant ?? startOfDay(s.sinceDate, s.timeZone))) / 60_000));
    const reached = reachedMilestone(scheme, s.sinceDate, s.today);
    const next = nextMilestone(scheme, s.sinceDate, s.today);
    const money = moneySaved(s.days, Number(this.dailyCost));
    const spent = splitHours(hoursSaved(s.days, Number(this.dailyHours)));
    const time = [spent.days && this._days(spent.days), spent.hours && fmt.plural(spent.hours, m.hours)].filter(Boolean) as string[];
    return html`<p part="count" class="count">
        <span part="number" class="number">${fmt.number(s.days)}</span> <span part="unit" class="unit">${fmt.plural(s.days, m.dayWord)}</span>
      </p>
      ${s.totalMonths ? html`<p part="breakdown" class="breakdown">${fmt.list(parts)}</p>` : nothing}
      ${this.hoursShown
        ? html`<p part="hours" class="hours">${fmt.list([fmt.plural(Math.floor(mins / 60), m.hours), fmt.plural(mins % 60, m.minutes)], 'unit')}</p>`
        : nothing}
      ${reached && s.days && reached.day == s.days ? html`<p part="milestone" class="milestone today">${m.today(this._label(reached.milestone))}</p>` : nothing}
      ${next
        ? html`<p part="milestone" class="milestone">
            ${m.until(next.daysUntil, this._days(next.daysUntil), this._label(next.milestone))}
            <span class="muted">(${fmt.calendarDate(next.date, { dateStyle: 'medium' })})</span>
          </p>`
        : nothing}
      ${money || time.length
        ? html`<ul part="savings" class="savings">
            ${money ? html`<li>${m.money(fmt.currency(money, String(this.currency || 'USD').toUpperCase()))}</li>` : nothing}
            ${time.length ? html`<li>${m.time(fmt.list(time, 'unit'))}</li>` : nothing}
          </ul>`
        : nothing}`;
  }

  private renderStatus() {
    const s = this.sober;
    const { msg: m } = this._t;
    const clock = this._clock;
    const error = clock.invalidNow ? clock.fixedNow : s?.status == 'invalid' && s.input;
    if (error) return html`<p part="error" class="error">${m.invalid(error)}</p>`;
    if (!s) return this.editable ? nothing : html`<p part="note" class="note">${m.noDate}</p>`;
    if (s.status == 'future') {
      const d = s.daysUntilStart;
      return html`<p part="future" class="future">${m.startsIn(d, this._days(d))}</p>
        <p class="muted">${m.startsOn(this._t.fmt.calendarDate(s.sinceDate))}</p>`;
    }
    return s.status == 'counting' ? this.renderCount(s) : nothing;
  }

  protected override render() {
    const clock = this._clock;
    return html`<div part="base" class="base" lang=${this._t.language}>
      ${this.label ? html`<p part="label" class="label">${this.label}</p>` : nothing} ${this.renderStatus()}
      ${this.editable && !this.since ? this._form?.render() : nothing}
      ${clock.invalidTimeZone ? html`<p part="note" class="note">${this._t.msg.zone(String(clock.requestedTimeZone), clock.timeZone)}</p>` : nothing}
      <div role="status" class="visually-hidden">${this._announcement}</div>
    </div>`;
  }
}
