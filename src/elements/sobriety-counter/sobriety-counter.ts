import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { RkElement } from '../../base/rk-element.js';
import { LocalizeController } from '../../base/localize.js';
import { ClockController } from '../../base/clock.js';
import { formatPlainDate, parseDateInput, startOfDay, type PlainDate } from '../../core/time/calendar.js';
import { hoursSaved, moneySaved, nextMinute, nextRollover, soberTime, splitHours, type SoberTime } from '../../core/time/sober.js';
import { DEFAULT_SCHEME, getScheme, milestonesBetween, nextMilestone, reachedMilestone, type MilestoneOccurrence } from '../../core/milestones/schemes.js';
import { milestoneLabel } from '../../core/milestones/labels.js';
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
const KEY_PREFIX = 'recovery-kit:sobriety-counter:';

let uid = 0;

function readStore(key: string): string | undefined {
  try {
    return localStorage.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

function writeStore(key: string, value?: string): void {
  try {
    if (value) localStorage.setItem(key, value);
    else localStorage.removeItem(key);
  } catch {
    /* storage disabled (private mode, policy): the count still works for this visit */
  }
}

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
 * @csspart error - An unreadable date, or the date field's validation message.
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

  /** Sobriety date "YYYY-MM-DD" (day 0), or a date-time "YYYY-MM-DDTHH:MM" (wall time in the zone) or with `Z` / `±HH:MM`. When set, `editable` is ignored. */
  @property() since?: string;

  /** A fixed "now" (ISO 8601 date or date-time) instead of the live clock, for previews and tests. */
  @property() now?: string;

  /** IANA time zone to count calendar days in (default: the provider's, else the viewer's). An unknown zone falls back to the viewer's, with a small note. */
  @property({ attribute: 'time-zone' }) timeZone?: string;

  /** Milestone scheme: `default` (neutral), `na` (NA keytags) or `aa` (common AA chips). */
  @property() scheme: 'default' | 'na' | 'aa' = 'default';

  /** Shows live hours and minutes while the count is under 3 days (from the given time of day, or from the start of the date). */
  @property({ type: Boolean, attribute: 'show-hours' }) showHours = false;

  /** Money spent per day before, for "$1,234.00 saved" (in `currency`). */
  @property({ type: Number, attribute: 'daily-cost' }) dailyCost?: number;

  /** ISO 4217 currency of `daily-cost` (default `USD`). */
  @property() currency = 'USD';

  /** Hours per day spent before (0-24), for "3 days, 4 hours of time back". */
  @property({ type: Number, attribute: 'daily-hours' }) dailyHours?: number;

  /** Without `since`: lets the visitor enter their own date with a native date field. */
  @property({ type: Boolean, reflect: true }) editable = false;

  /** `local` offers a "Remember on this device" choice (unchecked by default) that keeps the date in `localStorage`. Without it nothing is ever stored. */
  @property() storage?: 'local';

  /** Name of this counter's storage slot, for several counters on one site (default `default`). The key is `recovery-kit:sobriety-counter:<storage-key>`. */
  @property({ attribute: 'storage-key' }) storageKey = 'default';

  /** Layout: `card` (default), `compact` (the count and the breakdown on one line, for sidebars and sentences; leaves out milestone, hours and savings) or `hero` (large and centered). */
  @property({ reflect: true }) variant: 'compact' | 'card' | 'hero' = 'card';

  /** Optional caption above the count, e.g. "Clean time" or "Our alumni". */
  @property() label?: string;

  @state() private entered?: string;
  @state() private remember = false;
  @state() private fieldError?: string;
  @state() private undoValue?: string;
  @state() private announcement = '';

  private readonly t = new LocalizeController<CounterMessages>(this, counterMessages);
  private readonly clock = new ClockController(this);
  private readonly uid = `rk-counter-${++uid}`;
  private sober?: SoberTime;
  private nowMs = 0;
  private hoursShown = false;
  private last?: { key: string; day: number; today: PlainDate };
  private reachedNow: MilestoneOccurrence[] = [];

  private get key(): string {
    return KEY_PREFIX + (this.storageKey || 'default');
  }

  private get local(): boolean {
    return this.editable && this.storage === 'local' && !this.since;
  }

  /** The date being counted: `since`, else the one the visitor entered. */
  private get value(): string | undefined {
    return this.since || (this.editable ? this.entered : undefined);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Timers are cancelled on disconnect: re-arm them when put back on the page.
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if ((changed.has('storage') || changed.has('storageKey') || changed.has('editable')) && this.local) {
      const saved = readStore(this.key);
      if (saved && soberTime({ since: saved, now: 0, timeZone: 'UTC' }).status !== 'invalid') {
        this.entered = saved;
        this.remember = true;
      }
    }
    const value = this.value;
    const timeZone = this.clock.timeZone;
    this.nowMs = this.clock.now();
    const s = (this.sober = value ? soberTime({ since: value, now: this.nowMs, timeZone }) : undefined);
    this.reachedNow = [];
    if (s?.status !== 'counting') {
      this.last = undefined;
      return;
    }
    this.hoursShown = this.showHours && s.days < HOURS_DAYS;
    // A day passed with the same date, zone and clock: celebrate what it reached.
    const key = `${value}|${timeZone}|${this.clock.fixedNow}|${this.scheme}`;
    if (this.last?.key === key && s.days > this.last.day) {
      this.reachedNow = milestonesBetween(this.schemeDef, s.sinceDate, this.last.today, s.today);
      const m = this.t.msg;
      const count = m.days(s.days, this.t.fmt.number(s.days));
      this.announcement = this.reachedNow.length
        ? this.reachedNow.map((o) => m.reached(milestoneLabel(o.milestone, this.t.locale))).join(' ') + ' ' + m.nowDays(count)
        : m.nowDays(count);
    }
    this.last = { key, day: s.days, today: s.today };
  }

  protected override updated(): void {
    for (const o of this.reachedNow) {
      this.emit('rk-milestone', {
        id: o.milestone.id,
        label: milestoneLabel(o.milestone, this.t.locale),
        days: o.day,
        date: formatPlainDate(o.date),
      });
    }
    this.reachedNow = [];
    this.clock.cancelAll();
    const s = this.sober;
    if (!this.isConnected || this.clock.frozen || !s || s.status === 'invalid') return;
    const tick = () => this.requestUpdate();
    this.clock.at(nextRollover(this.nowMs, s.timeZone), tick);
    if (s.status === 'future' && s.startInstant) this.clock.at(s.startInstant, tick);
    if (this.hoursShown) this.clock.at(nextMinute(this.nowMs), tick);
  }

  private get schemeDef() {
    return getScheme(this.scheme) ?? DEFAULT_SCHEME;
  }

  // ---- editing ------------------------------------------------------------------------------

  private setDate(value: string | undefined, note = ''): void {
    this.entered = value;
    this.fieldError = undefined;
    if (this.local && this.remember) writeStore(this.key, value);
    this.announcement = note;
    this.emit('rk-change', { since: value ?? null });
  }

  /** What is wrong with the field's value, if anything (an empty field is not an error). */
  private problem(input: HTMLInputElement): string | undefined {
    const m = this.t.msg;
    if (!input.value) return input.validity.badInput ? m.badInput : undefined;
    if (parseDateInput(input.value).date.year < 1900) return m.badYear;
  }

  private onBlur(e: Event): void {
    this.fieldError = this.problem(e.target as HTMLInputElement);
  }

  private onInput(e: Event): void {
    const input = e.target as HTMLInputElement;
    const v = input.value;
    const m = this.t.msg;
    // Chrome fires `change` for each digit typed in the year (0002, 0020, 0202, 2024): a bad
    // value keeps the last good date and is reported on blur (or at once if an error shows).
    // Errors are tied to the field (aria-invalid, aria-describedby), not announced.
    const problem = this.problem(input);
    if (problem || !v) {
      if (this.fieldError) this.fieldError = problem;
      if (!problem && this.entered) this.reset();
      return;
    }
    this.undoValue = undefined;
    this.setDate(v);
    // Tell screen-reader users what the date gave, once.
    const s = soberTime({ since: v, now: this.clock.now(), timeZone: this.clock.timeZone });
    const fmt = this.t.fmt;
    this.announcement =
      s.status === 'counting' ? m.days(s.days, fmt.number(s.days)) : s.status === 'future' ? m.startsIn(s.daysUntilStart, m.days(s.daysUntilStart, fmt.number(s.daysUntilStart))) : '';
  }

  private async focusInput(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('input[type=date]')?.focus();
  }

  private reset(): void {
    this.undoValue = this.entered;
    this.setDate(undefined, this.t.msg.newStartNote);
    void this.focusInput();
  }

  private undo(): void {
    const v = this.undoValue;
    this.undoValue = undefined;
    this.setDate(v, '');
    void this.focusInput();
  }

  private onRemember(e: Event): void {
    this.remember = (e.target as HTMLInputElement).checked;
    writeStore(this.key, this.remember ? this.entered : undefined);
  }

  private forget(): void {
    writeStore(this.key);
    this.remember = false;
    this.undoValue = undefined;
    this.setDate(undefined, this.t.msg.forgotten);
    void this.focusInput();
  }

  // ---- rendering ----------------------------------------------------------------------------

  private renderCount(s: Extract<SoberTime, { status: 'counting' }>) {
    const { msg: m, fmt, locale } = this.t;
    const n = (x: number) => fmt.number(x);
    const scheme = this.schemeDef;
    const parts = [];
    if (s.years) parts.push(m.years(s.years, n(s.years)));
    if (s.months) parts.push(m.months(s.months, n(s.months)));
    if (s.remDays) parts.push(m.days(s.remDays, n(s.remDays)));
    let hours: string | undefined;
    if (this.hoursShown) {
      const mins = Math.max(0, Math.floor((this.nowMs - (s.startInstant ?? startOfDay(s.sinceDate, s.timeZone))) / 60_000));
      const h = Math.floor(mins / 60);
      hours = fmt.list([m.hours(h, n(h)), m.minutes(mins % 60, n(mins % 60))], 'unit');
    }
    const reached = reachedMilestone(scheme, s.sinceDate, s.today);
    const next = nextMilestone(scheme, s.sinceDate, s.today);
    const money = moneySaved(s.days, Number(this.dailyCost));
    const spent = splitHours(hoursSaved(s.days, Number(this.dailyHours)));
    const time = [spent.days ? m.days(spent.days, n(spent.days)) : '', spent.hours ? m.hours(spent.hours, n(spent.hours)) : ''].filter(Boolean);
    return html`<p part="count" class="count">
        <span part="number" class="number">${n(s.days)}</span> <span part="unit" class="unit">${m.dayWord(s.days)}</span>
      </p>
      ${s.totalMonths ? html`<p part="breakdown" class="breakdown">${fmt.list(parts)}</p>` : nothing}
      ${hours ? html`<p part="hours" class="hours">${hours}</p>` : nothing}
      ${reached && s.days && reached.day === s.days
        ? html`<p part="milestone" class="milestone today">${m.today(milestoneLabel(reached.milestone, locale))}</p>`
        : nothing}
      ${next
        ? html`<p part="milestone" class="milestone">
            ${m.until(next.daysUntil, m.days(next.daysUntil, n(next.daysUntil)), milestoneLabel(next.milestone, locale))}
            <span class="date">(${fmt.calendarDate(next.date, { dateStyle: 'medium' })})</span>
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
    const { msg: m, fmt } = this.t;
    if (!s) return this.editable ? nothing : html`<p part="note" class="note">${m.noDate}</p>`;
    if (s.status === 'invalid') return html`<p part="error" class="error">${m.invalid(s.input)}</p>`;
    if (s.status === 'future') {
      const d = s.daysUntilStart;
      return html`<p part="future" class="future">${m.startsIn(d, m.days(d, fmt.number(d)))}</p>
        <p class="muted">${m.startsOn(fmt.calendarDate(s.sinceDate))}</p>`;
    }
    return this.renderCount(s);
  }

  private renderForm() {
    const m = this.t.msg;
    const id = this.uid;
    const err = this.fieldError;
    return html`<div part="form" class="form">
      <label for="${id}-in">${m.inputLabel}</label>
      <input
        part="input"
        id="${id}-in"
        type="date"
        min="1900-01-01"
        .value=${this.entered ?? ''}
        aria-invalid=${err ? 'true' : 'false'}
        aria-describedby="${id}-hint${err ? ` ${id}-err` : ''}"
        @change=${this.onInput}
        @blur=${this.onBlur}
      />
      <p id="${id}-hint" class="muted">${m.inputHint}</p>
      ${err ? html`<p part="error" id="${id}-err" class="error">${err}</p>` : nothing}
      ${this.storage === 'local'
        ? html`<label part="remember" class="remember"
            ><input type="checkbox" .checked=${this.remember} @change=${this.onRemember} />${m.remember}</label
          >`
        : nothing}
      <div class="actions">
        ${this.entered ? html`<button type="button" part="button" class="rk-button" @click=${this.reset}>${m.newStart}</button>` : nothing}
        ${!this.entered && this.undoValue
          ? html`<span class="muted">${m.newStartNote}</span>
              <button type="button" part="button" class="rk-button" @click=${this.undo}>${m.undo}</button>`
          : nothing}
        ${this.local && this.remember && this.entered
          ? html`<button type="button" part="button" class="rk-button" @click=${this.forget}>${m.forget}</button>`
          : nothing}
      </div>
    </div>`;
  }

  protected override render() {
    const m = this.t.msg;
    return html`<div part="base" class="base" lang=${this.t.language}>
      ${this.label ? html`<p part="label" class="label">${this.label}</p>` : nothing}
      ${this.renderStatus()} ${this.editable && !this.since ? this.renderForm() : nothing}
      ${this.clock.invalidTimeZone ? html`<p part="note" class="note">${m.zone(String(this.clock.requestedTimeZone), this.clock.timeZone)}</p>` : nothing}
      <div role="status" class="visually-hidden">${this.announcement}</div>
    </div>`;
  }
}
