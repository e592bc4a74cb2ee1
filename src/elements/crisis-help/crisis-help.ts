import { html, nothing, type TemplateResult } from 'lit';
import { RkElement, headingLevel } from '../../base/rk-element.js';
import { LocalizeController } from '../../base/localize.js';
import { crisisMessages, type CrisisMessages } from './messages.js';
import { styles } from './crisis-help.styles.js';

export type CrisisService = '988' | 'samhsa';
export type CrisisChannel = 'call' | 'text' | 'chat' | 'tty' | 'emergency';

export interface RkContactDetail {
  service: CrisisService | 'emergency';
  channel: CrisisChannel;
  href: string;
}

declare global {
  interface RkEventMap {
    'rk-contact': RkContactDetail;
  }
  interface GlobalEventHandlersEventMap {
    'rk-contact': CustomEvent<RkContactDetail>;
  }
}

interface Action {
  channel: CrisisChannel;
  href: string;
  label: string;
  primary?: boolean;
  external?: boolean;
}

interface Service {
  id: CrisisService;
  name: string;
  what: string;
  note?: string;
  actions: Action[];
}

let uid = 0;

/**
 * Crisis resources one tap away: the 988 Suicide & Crisis Lifeline (call, text, chat) and the
 * SAMHSA National Helpline (call, TTY, text your ZIP) in the US; 9-8-8 in Canada. Every link
 * works without JavaScript beyond rendering, makes no request, and has a full accessible name.
 *
 * @tagname rk-crisis-help
 * @summary 988 and SAMHSA helplines as call, text and chat links.
 *
 * @slot - A center's own line, e.g. `<p>Our admissions team: <a href="tel:+15555550100">555-555-0100</a></p>`.
 *
 * @csspart base - The card, banner or inline wrapper.
 * @csspart heading - The heading ("Need help right now?").
 * @csspart intro - The sentence under the heading.
 * @csspart service - One helpline (list item).
 * @csspart service-name - A helpline's name.
 * @csspart action - Each call, text or chat link.
 * @csspart note - Notes such as "Press 2 for Spanish".
 * @csspart emergency - The "In immediate danger? Call 911" line.
 *
 * @cssprop [--rk-crisis-accent=var(--rk-color-primary)] - Accent colour of the border.
 *
 * @fires {CustomEvent<RkContactDetail>} rk-contact - When a call, text or chat link is activated. Local to the page: nothing is sent anywhere.
 */
export class RkCrisisHelp extends RkElement {
  static override styles = styles;
  static override properties = {
    region: {},
    variant: { reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    services: {},
    heading: {},
  };

  /** Country whose lines to show: `US` (988 and SAMHSA) or `CA` (9-8-8). */
  region: 'US' | 'CA' = 'US';

  /** `card` (default, a complementary landmark), `banner` (one compact row) or `inline` (a sentence). */
  variant: 'card' | 'banner' | 'inline' = 'card';

  /** Level of the card's heading, 1-6 (default 2). */
  headingLevel = 2;

  /** Which US services to show, space-separated: `988 samhsa` (default both). */
  services = '988 samhsa';

  /** Replaces the heading text. */
  declare heading?: string;

  private readonly t = new LocalizeController<CrisisMessages>(this, crisisMessages);
  private readonly headingId = `rk-crisis-heading-${++uid}`;

  private get list(): Service[] {
    const m = this.t.msg;
    if (String(this.region).toUpperCase() === 'CA') {
      return [
        {
          id: '988',
          name: m.caName,
          what: m.caWhat,
          actions: [
            { channel: 'call', href: 'tel:988', label: m.caCall, primary: true },
            { channel: 'text', href: 'sms:988', label: m.caText },
            { channel: 'chat', href: 'https://988.ca/', label: m.caChat, external: true },
          ],
        },
      ];
    }
    const wanted = new Set(String(this.services).toLowerCase().split(/[\s,]+/).filter(Boolean));
    const all: Service[] = [
      {
        id: '988',
        name: m.lifelineName,
        what: m.lifelineWhat,
        note: m.lifelineNote,
        actions: [
          { channel: 'call', href: 'tel:988', label: m.lifelineCall, primary: true },
          { channel: 'text', href: 'sms:988', label: m.lifelineText },
          { channel: 'chat', href: 'https://988lifeline.org/chat/', label: m.lifelineChat, external: true },
        ],
      },
      {
        id: 'samhsa',
        name: m.samhsaName,
        what: m.samhsaWhat,
        note: m.samhsaNote,
        actions: [
          { channel: 'call', href: 'tel:+18006624357', label: m.samhsaCall, primary: true },
          { channel: 'tty', href: 'tel:+18004874889', label: m.samhsaTty },
          { channel: 'text', href: 'sms:435748', label: m.samhsaText },
        ],
      },
    ];
    const shown = all.filter((s) => wanted.has(s.id));
    return shown.length ? shown : all;
  }

  private onAction(service: CrisisService | 'emergency', a: Pick<Action, 'channel' | 'href'>) {
    this.emit('rk-contact', { service, channel: a.channel, href: a.href });
  }

  private link(service: CrisisService | 'emergency', a: Action, cls: string): TemplateResult {
    return html`<a
      part="action"
      class=${cls + (a.primary && cls === 'rk-button' ? ' primary' : '')}
      href=${a.href}
      target=${a.external ? '_blank' : nothing}
      rel=${a.external ? 'noopener noreferrer' : nothing}
      @click=${() => this.onAction(service, a)}
      >${a.label}</a
    >`;
  }

  private emergencyLine(): TemplateResult {
    const m = this.t.msg;
    return html`<p part="emergency" class="emergency">
      ${m.emergency} ${this.link('emergency', { channel: 'emergency', href: 'tel:911', label: m.emergencyCall }, 'inline-link')}
    </p>`;
  }

  private renderHeading(): TemplateResult {
    const text = this.heading || this.t.msg.heading;
    const level = headingLevel(this.headingLevel);
    // Static tags per level keep the template free of unsafe HTML.
    switch (level) {
      case 1:
        return html`<h1 id=${this.headingId} part="heading" class="heading">${text}</h1>`;
      case 3:
        return html`<h3 id=${this.headingId} part="heading" class="heading">${text}</h3>`;
      case 4:
        return html`<h4 id=${this.headingId} part="heading" class="heading">${text}</h4>`;
      case 5:
        return html`<h5 id=${this.headingId} part="heading" class="heading">${text}</h5>`;
      case 6:
        return html`<h6 id=${this.headingId} part="heading" class="heading">${text}</h6>`;
      default:
        return html`<h2 id=${this.headingId} part="heading" class="heading">${text}</h2>`;
    }
  }

  protected override render() {
    const m = this.t.msg;
    const services = this.list;
    const lang = this.t.language;

    if (this.variant === 'inline') {
      const first = services[0];
      const call = first.actions[0];
      const text = first.actions.find((a) => a.channel === 'text');
      return html`<span part="base" lang=${lang}
        ><strong>${m.inlineLead}</strong> ${this.link(first.id, call, 'inline-link')}${text
          ? html` ${m.inlineOr} ${this.link(first.id, text, 'inline-link')}`
          : nothing}${services[1] ? html`. ${this.link(services[1].id, services[1].actions[0], 'inline-link')}` : nothing}.<slot></slot
      ></span>`;
    }

    if (this.variant === 'banner') {
      return html`<aside part="base" class="banner" aria-label=${this.heading || m.landmark} lang=${lang}>
        <p class="lead">${this.heading || m.inlineLead}</p>
        ${services.map((s) => s.actions.filter((a) => a.channel !== 'tty').map((a) => this.link(s.id, a, 'rk-button')))}
        <slot></slot>
      </aside>`;
    }

    return html`<aside part="base" class="card" aria-labelledby=${this.headingId} lang=${lang}>
      ${this.renderHeading()}
      <p part="intro" class="intro">${m.intro}</p>
      <ul class="services">
        ${services.map(
          (s) => html`<li part="service">
            <p part="service-name" class="service-name">${s.name}</p>
            <p class="what">${s.what}</p>
            <div class="actions">${s.actions.map((a) => this.link(s.id, a, 'rk-button'))}</div>
            ${s.note ? html`<p part="note" class="note">${s.note}</p>` : nothing}
          </li>`,
        )}
      </ul>
      <slot></slot>
      ${this.emergencyLine()}
    </aside>`;
  }
}
