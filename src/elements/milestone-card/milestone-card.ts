import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { RkElement } from '../../base/rk-element.js';
import { LocalizeController } from '../../base/localize.js';
import { ClockController } from '../../base/clock.js';
import { DataController, parseJsonResponse } from '../../base/data-controller.js';
import { renderLoadStatus } from '../../base/status.js';
import { nextRollover } from '../../core/time/sober.js';
import { getScheme, type MilestoneScheme } from '../../core/milestones/schemes.js';
import { milestoneLabel, milestoneMessage, milestoneTagName } from '../../core/milestones/labels.js';
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

/** True when this browser can hand `files` to the system share sheet. */
function canShareFiles(files: File[]): boolean {
  try {
    return typeof navigator.share === 'function' && !!navigator.canShare?.({ files });
  } catch {
    return false;
  }
}
const probe = () => [new File([], 'x.png', { type: 'image/png' })];

/**
 * One person's milestone: the keytag, chip or badge reached, in the scheme's colour with
 * readable text, a message, the next milestone, and a button to share or download a PNG of it.
 * Counts from `since` (a sobriety date) or from `days` / `months`. The sobriety date is
 * health information: it is never shown, nor drawn in the image, unless `show-date` is set.
 *
 * Celebrates with a short animation the first time the card scrolls into view; never under
 * `prefers-reduced-motion: reduce` or with the `reduced-motion` attribute.
 *
 * @tagname rk-milestone-card
 * @summary A milestone reached (NA keytag, AA chip or a center's own), with sharing.
 *
 * @slot - Extra content under the message, e.g. a link to the group's page.
 *
 * @csspart base - The card (an `article`).
 * @csspart tag - The keytag / chip visual (decorative).
 * @csspart name - The person's name.
 * @csspart heading - The milestone ("90 days").
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

  /** Sobriety date, "YYYY-MM-DD" (or an ISO date-time). Day 0 is this date. Never shown unless `show-date`. */
  @property() since?: string;

  /** Days counted today, instead of `since`. */
  @property({ type: Number }) days?: number;

  /** Whole months counted today, instead of `since` / `days`. */
  @property({ type: Number }) months?: number;

  /** A fixed "now" (ISO 8601), for previews; otherwise the live clock or `<rk-provider>`. */
  @property() now?: string;

  /** IANA time zone whose calendar days are counted (default: the viewer's, or the provider's). */
  @property({ attribute: 'time-zone' }) timeZone?: string;

  /** The person's name as it should be shown (a first name or initials). */
  @property() name?: string;

  /** Built-in scheme: `na` (keytags), `aa` (chips) or `default` (neutral). Also the fallback for `scheme-src`. */
  @property() scheme: 'na' | 'aa' | 'default' = 'default';

  /** URL of a custom scheme (JSON: `{ name?, milestones: [{ days | months, label, color?, message? }] }`). */
  @property({ attribute: 'scheme-src' }) schemeSrc?: string;

  /** A personal message; replaces the scheme's or the default congratulations. */
  @property() message?: string;

  /** Shows the sobriety date ("Since May 3, 2025") on the card and in the image. Off by default (privacy). */
  @property({ type: Boolean, attribute: 'show-date' }) showDate = false;

  /** Image size for sharing: `square` (1080x1080, default) or `wide` (1200x630). */
  @property({ attribute: 'share-size' }) shareSize: ShareSize = 'square';

  /** Hides the Share / Download image button. */
  @property({ type: Boolean, attribute: 'no-share' }) noShare = false;

  /** ARIA level of the milestone heading, 1-6 (default 2). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Turns the celebration animation off (it is always off under `prefers-reduced-motion: reduce`). */
  @property({ type: Boolean, attribute: 'reduced-motion' }) reducedMotion = false;

  @state() private celebrate = false;
  @state() private note = '';

  private readonly t = new LocalizeController<MilestoneCardMessages>(this, cardMessages);
  private readonly clock = new ClockController(this);
  // The validator and the image drawing load on demand: pages without a custom scheme or a
  // click on Share never download them.
  private readonly custom = new DataController<unknown>(this, {
    parse: parseJsonResponse,
    onData: (json, src) =>
      void import('../../core/milestones/custom.js')
        .then(({ parseScheme }) => parseScheme(json))
        .catch((): ParsedScheme => ({ scheme: { id: 'custom', milestones: [] }, errors: [] }))
        .then((result) => (this.parsed = { src, result })),
  });
  @state() private parsed?: { src: string; result: ParsedScheme };
  private readonly uid = `rk-ms-${++uid}`;
  private observer?: IntersectionObserver;
  private busy = false;
  private colors = ['', ''];

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.celebrate || this.reducedMotion || matchMedia('(prefers-reduced-motion: reduce)').matches) return;
    if (typeof IntersectionObserver === 'undefined') {
      this.celebrate = true;
      return;
    }
    this.observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting) && !this.reducedMotion) {
        this.celebrate = true;
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
    const src = this.custom.dataSrc;
    const p = this.parsed;
    return this.schemeSrc && p && p.src === src ? p.result : undefined;
  }

  /** The scheme in effect: the loaded custom one when it has milestones, else the built-in one. */
  private get activeScheme(): MilestoneScheme {
    const custom = this.loaded?.scheme;
    return custom?.milestones.length ? custom : (getScheme(this.scheme) ?? getScheme('default')!);
  }

  private get shape(): TagShape {
    const id = this.activeScheme.id;
    return id === 'na' ? 'keytag' : id === 'aa' ? 'chip' : 'badge';
  }

  /** Everything the card shows, also what the image is drawn from. */
  private view() {
    const m = this.t.msg;
    const locale = this.t.locale;
    const tz = this.clock.timeZone;
    const now = this.clock.now();
    const scheme = this.activeScheme;
    const { sober, reached, next } = cardStatus(this, scheme, now, tz);
    this.clock.cancelAll();
    if (!this.clock.frozen && sober.status !== 'invalid') this.clock.at(nextRollover(now, tz), () => this.requestUpdate());
    const days = (n: number) => this.t.fmt.plural(n, { one: m.dayOne, other: m.dayOther });
    const name = this.name?.trim() ?? '';
    const ms = reached?.milestone;
    const color = ms?.color ?? '#eef2f7';
    const tagName = ms && milestoneTagName(ms, locale);
    const image: ShareImage = {
      label: ms ? milestoneLabel(ms, locale) : m.fresh,
      name,
      color,
      textColor: ms?.textColor ?? '#1d232b',
      shape: this.shape,
      glow: ms?.tag === 'glow',
      tag: tagName && (this.shape === 'chip' ? m.chip : m.keytag)(tagName),
      message:
        sober.status === 'future'
          ? m.startsIn(days(sober.daysUntilStart))
          : this.message?.trim() || (ms && milestoneMessage(ms, locale)) || (!ms || ms.labelKey ? m.welcome : m.congrats)(name),
      date: this.showDate && this.since && sober.status !== 'invalid' ? m.since(this.t.fmt.calendarDate(sober.sinceDate)) : undefined,
    };
    this.colors = [color, image.textColor];
    return {
      image,
      invalid: sober.status === 'invalid',
      next: next && m.next(milestoneLabel(next.milestone, locale), days(next.daysUntil)),
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
    try {
      const size: ShareSize = this.shareSize === 'wide' ? 'wide' : 'square';
      const { drawShareImage } = await import('./share.js');
      const blob = await drawShareImage(image, size);
      const slug = image.label.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'milestone';
      const file = new File([blob], `${slug}.png`, { type: 'image/png' });
      let method: RkShareDetail['method'] = 'download';
      if (canShareFiles([file])) {
        try {
          await navigator.share({ files: [file], title: image.label });
          method = 'share';
        } catch {
          // NotAllowedError (an iframe without allow="web-share", no user gesture) or AbortError
          // (the sheet was cancelled or failed): keep the image by downloading it instead.
        }
      }
      if (method === 'download') {
        const a = document.createElement('a');
        a.href = URL.createObjectURL(file);
        a.download = file.name;
        a.hidden = true;
        this.renderRoot.appendChild(a);
        a.click();
        a.remove();
        setTimeout(() => URL.revokeObjectURL(a.href), 30_000);
        this.note = this.t.msg.downloaded;
      }
      this.emit('rk-share', { method, size, file });
    } catch {
      // The drawing code could not load (offline) or the canvas failed: say so, quietly.
      this.note = this.t.msg.imageFailed;
    } finally {
      this.busy = false;
    }
  }

  private schemeNotes() {
    const m = this.t.msg;
    const data = this.custom.state === 'ready' ? this.loaded : undefined;
    if (!data) return nothing;
    if (!data.scheme.milestones.length) return html`<p part="warning" class="warning">${m.unreadable}</p>`;
    const bad = data.errors.filter((e) => e.index >= 0).map((e) => this.t.fmt.number(e.index + 1));
    return bad.length ? html`<p part="warning" class="warning">${m.skipped(bad.length, this.t.fmt.list(bad))}</p>` : nothing;
  }

  protected override render() {
    const m = this.t.msg;
    const lang = this.t.language;
    const c = this.custom;
    // Until the scheme named by scheme-src is loaded and checked, show that it is loading (not the built-in one).
    if (this.schemeSrc && (c.state === 'loading' || (c.state === 'ready' && !this.loaded))) {
      return html`<div lang=${lang}>${renderLoadStatus({ state: 'loading', reload: () => c.reload() }, m)}</div>`;
    }
    const status = this.schemeSrc ? renderLoadStatus(c, m, { title: m.schemeTitle }) : nothing;
    const v = this.view();
    const img = v.image;
    const level = Math.min(6, Math.max(1, Math.round(Number(this.headingLevel)) || 2));
    const canShare = canShareFiles(probe());
    return html`${status}
      <article
        part="base"
        class="card ${this.shape}${img.glow ? ' glow' : ''}${this.celebrate ? ' celebrate' : ''}"
        aria-labelledby="${img.name ? `${this.uid}-n ` : ''}${this.uid}-h"
        lang=${lang}
      >
        <div part="tag" class="tag${img.label.split(/\s+/).some((w) => w.length > 6) ? ' long' : ''}" aria-hidden="true">
          <span class="tag-label">${img.label}</span>
        </div>
        <div class="body">
          ${img.name ? html`<p part="name" class="name" id="${this.uid}-n">${img.name}</p>` : nothing}
          <div part="heading" class="heading" role="heading" aria-level=${level} id="${this.uid}-h">${v.invalid ? m.invalid : img.label}</div>
          ${img.tag ? html`<p part="tag-name" class="tag-name">${img.tag}</p>` : nothing}
          ${v.invalid ? nothing : html`<p part="message" class="message">${img.message}</p>`}
          <slot></slot>
          ${img.date ? html`<p part="date" class="date">${img.date}</p>` : nothing}
          ${v.next ? html`<p part="next" class="next">${v.next}</p>` : nothing}
          ${this.noShare || v.invalid
            ? nothing
            : html`<button type="button" part="share" class="rk-button" @click=${() => this.share(img)}>${canShare ? m.share : m.download}</button>`}
          <span class="visually-hidden" role="status">${this.note}</span>
          ${this.schemeNotes()}
        </div>
      </article>`;
  }
}
