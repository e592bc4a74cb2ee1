import { html, nothing, type PropertyValues } from 'lit';
import { RkElement, headingLevel } from '../../base/rk-element.js';
import { LocalizeController } from '../../base/localize.js';
import { ClockController } from '../../base/clock.js';
import { DataController, parseJsonResponse } from '../../base/data-controller.js';
import { renderLoadStatus } from '../../base/status.js';
import { nextRollover } from '../../core/time/sober.js';
import { getScheme, type MilestoneScheme } from '../../core/milestones/schemes.js';
import { durationIn, labelIn, localizedText } from '../../core/milestones/text.js';
import type { ParsedScheme } from '../../core/milestones/custom.js';
import { cardMessages, type MilestoneCardMessages } from './messages.js';
import { cardStatus } from './status.js';
import type { ShareImage, ShareSize, TagShape } from './share.js';
import { styles } from './milestone-card.styles.js';

export interface RkShareDetail {
  /** `share` when the system share sheet took the image, `download` when it was saved as a file. */
  method: 'share' | 'download';
  size: ShareSize;
  /** The PNG that was shared or downloaded. */
  file: File;
}

declare global {
  interface RkEventMap {
    'rk-share': RkShareDetail;
  }
  interface GlobalEventHandlersEventMap {
    'rk-share': CustomEvent<RkShareDetail>;
  }
}

let uid = 0;

/** True when this browser can hand a PNG to the system share sheet. */
function canShareFiles(): boolean {
  try {
    return typeof navigator.share == 'function' && !!navigator.canShare?.({ files: [new File([], 'x.png', { type: 'image/png' })] });
  } catch {
    return false;
  }
}

/**
 * One person's milestone: the keytag, chip or badge reached, in the scheme's colour with
 * readable text, a message, the next milestone, and a button to share or download a PNG of it.
 * Counts from `since` (a sobriety date) or from `days` / `months`. The sobriety date is
 * health information: it is never shown, nor drawn in the image, unless `show-date` is set.
 * An unreadable `now` (attribute or `<rk-provider>`) shows the same clear error as
 * `<rk-sobriety-counter>` ("“…” is not a date we can read") in place of the milestone, with
 * no share button and no timers; it never falls back to the live clock.
 *
 * Celebrates with a short animation the first time the card scrolls into view; never under
 * `prefers-reduced-motion: reduce` or with the `reduced-motion` attribute.
 *
 * The image drawing and the share flow load on the first click on Share; the custom-scheme
 * validator loads with `scheme-src`; Spanish texts load with the first Spanish render.
 * Cancelling the system share sheet does nothing (no download, no `rk-share`).
 *
 * @tagname rk-milestone-card
 * @summary A milestone reached (NA keytag, AA chip or a center's own), with sharing.
 *
 * @slot - Extra content under the message, e.g. a link to the group's page.
 *
 * @csspart base - The card (an `article`).
 * @csspart tag - The keytag / chip visual (decorative).
 * @csspart name - The person's name.
 * @csspart heading - The milestone ("90 days"), or what is wrong with `since` / `days` or `now`.
 * @csspart tag-name - The keytag / chip colour ("Red keytag").
 * @csspart message - The message.
 * @csspart date - "Since ..." (only with `show-date`).
 * @csspart next - "Next: 6 months, in 45 days".
 * @csspart share - The Share / Download image button.
 * @csspart warning - Notes about a custom scheme (skipped entries).
 * @csspart status - Loading status while the scheme loads.
 * @csspart error - The scheme load error.
 * @csspart retry - The Try again button of the error.
 *
 * @cssprop [--rk-milestone-surface=var(--rk-color-surface)] - Card background.
 * @cssprop [--rk-milestone-border=var(--rk-color-border)] - Card border colour.
 * @cssprop [--rk-milestone-radius=var(--rk-radius)] - Card corner radius.
 * @cssprop [--rk-milestone-tag-size=6rem] - Height of the keytag / chip visual.
 * @cssprop [--rk-milestone-glow=#9cff57] - Glow colour of the NA glow-in-the-dark keytag.
 * @cssprop [--rk-milestone-animation-duration=900ms] - Length of the celebration.
 *
 * @fires {CustomEvent<RkShareDetail>} rk-share - After the image was shared or downloaded (`detail.method`, `detail.size`, `detail.file`).
 * @fires {CustomEvent<RkLoadDetail>} rk-load - When a `scheme-src` loaded.
 * @fires {CustomEvent<RkErrorDetail>} rk-error - When a `scheme-src` failed to load.
 */
export class RkMilestoneCard extends RkElement {
  static override styles = styles;
  static override properties = {
    since: {},
    days: { type: Number },
    months: { type: Number },
    now: {},
    timeZone: { attribute: 'time-zone' },
    name: {},
    scheme: {},
    schemeSrc: { attribute: 'scheme-src' },
    message: {},
    showDate: { type: Boolean, attribute: 'show-date' },
    shareSize: { attribute: 'share-size' },
    noShare: { type: Boolean, attribute: 'no-share' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    reducedMotion: { type: Boolean, attribute: 'reduced-motion' },
  };

  /** Sobriety date, "YYYY-MM-DD" (or an ISO date-time). Day 0 is this date. Never shown unless `show-date`. */
  declare since?: string;

  /** Days counted today, instead of `since`. */
  declare days?: number;

  /** Whole months counted today, instead of `since` / `days`. */
  declare months?: number;

  /** A fixed "now" (ISO 8601), for previews; otherwise the live clock or `<rk-provider>`. */
  declare now?: string;

  /** IANA time zone whose calendar days are counted (default: the viewer's, or the provider's). */
  declare timeZone?: string;

  /** The person's name as it should be shown (a first name or initials). */
  declare name?: string;

  /** Built-in scheme: `na` (keytags), `aa` (chips) or `default` (neutral). Also the fallback for `scheme-src`. */
  scheme: 'na' | 'aa' | 'default' = 'default';

  /** URL of a custom scheme (JSON: `{ name?, milestones: [{ days | months, label, color?, message? }] }`). */
  declare schemeSrc?: string;

  /** A personal message; replaces the scheme's or the default congratulations. */
  declare message?: string;

  /** Shows the sobriety date ("Since May 3, 2025") on the card and in the image. Off by default (privacy). */
  showDate = false;

  /** Image size for sharing: `square` (1080x1080, default) or `wide` (1200x630). */
  shareSize: ShareSize = 'square';

  /** Hides the Share / Download image button. */
  noShare = false;

  /** ARIA level of the milestone heading, 1-6 (default 2). */
  headingLevel = 2;

  /** Turns the celebration animation off (it is always off under `prefers-reduced-motion: reduce`). */
  reducedMotion = false;

  private celebrate = false;
  private note = '';
  private readonly t = new LocalizeController<MilestoneCardMessages>(this, cardMessages);
  private readonly clock = new ClockController(this);
  /** The scheme-src part (validator, texts), loaded when `scheme-src` is set. */
  private src?: typeof import('./scheme-src.js');
  private readonly custom = new DataController<unknown>(this, {
    parse: parseJsonResponse,
    onData: (json, src) => {
      const parse = this.src?.parseScheme ?? ((): ParsedScheme => ({ scheme: { id: 'custom', milestones: [] }, errors: [] }));
      this.parsed = { src, result: parse(json) };
    },
  });
  private parsed?: { src: string; result: ParsedScheme };
  private readonly uid = `rk-ms-${++uid}`;
  private observer?: IntersectionObserver;
  private busy = false;
  private colors = ['', ''];

  constructor() {
    super();
    this.waitFor(() => {
      if (this.schemeSrc && !this.src) return import('./scheme-src.js').then((m) => void (this.src = m));
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.celebrate || this.reducedMotion || matchMedia('(prefers-reduced-motion: reduce)').matches) return;
    const go = () => {
      this.celebrate = true;
      this.requestUpdate();
    };
    if (typeof IntersectionObserver == 'undefined') return go();
    this.observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting) && !this.reducedMotion) {
        go();
        this.observer?.disconnect();
      }
    });
    this.observer.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('schemeSrc')) this.custom.setSrc(this.schemeSrc);
    if (this.reducedMotion) this.celebrate = false;
  }

  /**
   * The last custom scheme that loaded and was checked. Like every `src`, a failed or pending
   * load of a new `scheme-src` keeps the last good one on screen.
   */
  private get loaded(): ParsedScheme | undefined {
    const p = this.parsed;
    return this.schemeSrc && p?.src == this.custom.dataSrc ? p?.result : undefined;
  }

  /** Everything the card shows, also what the image is drawn from. */
  private view() {
    const { msg: m, fmt, locale } = this.t;
    const clock = this.clock;
    const tz = clock.timeZone;
    const now = clock.now();
    // An unreadable `now` counts nothing (not the live clock): the card says what was wrong.
    const badNow = clock.invalidNow;
    const custom = this.loaded?.scheme;
    const scheme: MilestoneScheme = custom?.milestones.length ? custom : (getScheme(this.scheme) ?? getScheme('default')!);
    const shape: TagShape = scheme.id == 'na' ? 'keytag' : scheme.id == 'aa' ? 'chip' : 'badge';
    const { sober, reached, next } = cardStatus(badNow ? {} : this, scheme, now, tz);
    clock.cancelAll();
    // Live clock only: a fixed `now` (readable or not) needs no wake-up.
    if (!clock.fixedNow && sober.status != 'invalid') clock.at(nextRollover(now, tz), () => this.requestUpdate());
    const days = (n: number) => durationIn(m.labels, { days: n }, fmt);
    const name = this.name?.trim() ?? '';
    const ms = reached?.milestone;
    const tagName = ms?.tag && m.tags[ms.tag];
    const image: ShareImage = {
      label: ms ? labelIn(m.labels, ms, fmt) : m.fresh,
      name,
      color: ms?.color ?? '#eef2f7',
      textColor: ms?.textColor ?? '#1d232b',
      shape,
      glow: ms?.tag == 'glow',
      tag: tagName && (shape == 'chip' ? m.chip : m.keytag)(tagName),
      message:
        sober.status == 'future'
          ? m.startsIn(days(sober.daysUntilStart))
          : this.message?.trim() || localizedText(ms?.message, locale) || (!ms || ms.labelKey ? m.welcome : m.congrats)(name),
      date: this.showDate && this.since && sober.status != 'invalid' ? m.since(fmt.calendarDate(sober.sinceDate)) : undefined,
    };
    this.colors = [image.color, image.textColor];
    return {
      image,
      /** What is wrong with the input, shown in place of the milestone. */
      invalid: sober.status == 'invalid' && (badNow ? m.invalidNow(clock.fixedNow!) : m.invalid),
      next: next && m.next(labelIn(m.labels, next.milestone, fmt), days(next.daysUntil)),
    };
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Through the CSSOM, not a style attribute, so a strict CSP (no 'unsafe-inline') is fine.
    const tag = this.renderRoot.querySelector<HTMLElement>('.tag')?.style;
    tag?.setProperty('--_tag', this.colors[0]);
    tag?.setProperty('--_tag-text', this.colors[1]);
  }

  private async share(image: ShareImage): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.note = '';
    const size: ShareSize = this.shareSize == 'wide' ? 'wide' : 'square';
    try {
      const done = await (await import('./share.js')).shareImage(image, size, this.renderRoot);
      if (done) {
        if (done.method == 'download') this.note = this.t.msg.downloaded;
        this.emit('rk-share', { ...done, size });
      }
    } catch {
      // The drawing code could not load (offline) or the canvas failed: say so, quietly.
      this.note = this.t.msg.imageFailed;
    }
    this.busy = false;
    this.requestUpdate();
  }

  protected override render() {
    const { msg: m, language: lang, fmt } = this.t;
    const c = this.custom;
    // Until the scheme named by scheme-src is loaded and checked, show that it is loading (not the built-in one).
    if (this.schemeSrc && (c.state == 'loading' || (c.state == 'ready' && !this.loaded))) {
      return html`<div lang=${lang}>${renderLoadStatus({ state: 'loading', reload: () => c.reload() }, m)}</div>`;
    }
    const v = this.view();
    const img = v.image;
    const loaded = c.state == 'ready' && this.loaded;
    return html`${this.schemeSrc ? renderLoadStatus(c, m, { title: this.src?.schemeTexts(lang).title }) : nothing}
      <article part="base" class="card ${img.shape}${img.glow ? ' glow' : ''}${this.celebrate ? ' celebrate' : ''}" aria-labelledby="${img.name ? `${this.uid}-n ` : ''}${this.uid}-h" lang=${lang}>
        <div part="tag" class="tag${img.label.split(/\s+/).some((w) => w.length > 6) ? ' long' : ''}" aria-hidden="true">
          <span class="tag-label">${img.label}</span>
        </div>
        <div class="body">
          ${img.name ? html`<p part="name" class="name" id="${this.uid}-n">${img.name}</p>` : nothing}
          <div part="heading" class="heading" role="heading" aria-level=${headingLevel(this.headingLevel)} id="${this.uid}-h">${v.invalid || img.label}</div>
          ${img.tag ? html`<p part="tag-name" class="muted">${img.tag}</p>` : nothing}
          ${v.invalid ? nothing : html`<p part="message" class="message">${img.message}</p>`}
          <slot></slot>
          ${img.date ? html`<p part="date" class="muted">${img.date}</p>` : nothing}
          ${v.next ? html`<p part="next" class="muted">${v.next}</p>` : nothing}
          ${this.noShare || v.invalid
            ? nothing
            : html`<button type="button" part="share" class="rk-button" @click=${() => this.share(img)}>${canShareFiles() ? m.share : m.download}</button>`}
          <span class="visually-hidden" role="status">${this.note}</span>
          ${loaded && this.src ? this.src.schemeNotes(loaded, lang, fmt) : nothing}
        </div>
      </article>`;
  }
}
