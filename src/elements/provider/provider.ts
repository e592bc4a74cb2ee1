import { css, html } from 'lit';
import { ContextProvider } from '@lit/context';
import { RkElement } from '../../base/rk-element.js';
import { settingsContext, type RkSettings } from '../../base/contexts.js';
import type { Clock } from '../../base/clock.js';

/**
 * Shares locale, time zone, clock, theme and an endpoint base with every recovery-kit element
 * inside it, through `@lit/context`. An element's own attribute always wins over the provider.
 * Providers nest: an inner one inherits what it does not set from the outer one.
 *
 * @tagname rk-provider
 * @summary Shared settings (locale, time zone, clock, theme) for the elements inside it.
 * @slot - Any content; recovery-kit elements inside read the settings.
 */
export class RkProvider extends RkElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  static override properties = {
    locale: {},
    timeZone: { attribute: 'time-zone' },
    now: {},
    endpointBase: { attribute: 'endpoint-base' },
    clock: { attribute: false },
  };

  /** BCP 47 locale for the elements inside, e.g. `es` or `es-MX`. */
  declare locale?: string;

  /** IANA time zone for the elements inside, e.g. `America/Chicago`. */
  declare timeZone?: string;

  /** A fixed "now" (ISO 8601 date or date-time) for previews and demos. */
  declare now?: string;

  /** Base URL that relative `src` attributes inside resolve against. */
  declare endpointBase?: string;

  /** A clock object (`now()`, `setTimeout`, `clearTimeout`), e.g. a `ManualClock` in tests. */
  declare clock?: Clock;

  private readonly provider = new ContextProvider(this, { context: settingsContext, initialValue: {} });

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    const inherited = this.settings;
    const own: RkSettings = {
      locale: this.locale || this.getAttribute('lang') || undefined,
      timeZone: this.timeZone || undefined,
      now: this.now || undefined,
      endpointBase: this.endpointBase || undefined,
      clock: this.clock,
      theme: this.theme,
    };
    const merged: RkSettings = { ...inherited };
    for (const [k, v] of Object.entries(own)) if (v !== undefined) (merged as Record<string, unknown>)[k] = v;
    const prev = this.provider.value;
    const same = Object.keys({ ...prev, ...merged }).every((k) => (prev as Record<string, unknown>)[k] === (merged as Record<string, unknown>)[k]);
    if (!same) this.provider.setValue(merged);
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
