import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextConsumer } from '@lit/context';
import { ensureContextRoot, settingsContext, type RkSettings } from './contexts.js';

/**
 * Base class of every recovery-kit element: guarded registration, typed `rk-*` events, the
 * settings shared by an enclosing `<rk-provider>`, `lang` and `theme`.
 */
export class RkElement extends LitElement {
  /**
   * Registers the element under `tag` unless that name is taken already. Never throws:
   * a page that loads the script twice keeps the first definition and works.
   */
  static define(tag: string, registry: CustomElementRegistry = customElements): void {
    if (registry.get(tag)) return;
    try {
      registry.define(tag, this);
    } catch (e) {
      // Same class under another name, or a race with another copy: keep the page working.
      if (!(e instanceof DOMException) || e.name !== 'NotSupportedError') console.warn(`[recovery-kit] could not define <${tag}>:`, e);
    }
  }

  /** Language of the element's text; inherits the nearest `lang`, then `<rk-provider>`, then the page. */
  @property({ reflect: true }) override lang!: string;

  /** Colour scheme: `light` (default), `dark`, or `auto` (follows the device). */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';

  private readonly settingsConsumer = new ContextConsumer(this, {
    context: settingsContext,
    subscribe: true,
    callback: () => this.requestUpdate(),
  });

  constructor() {
    super();
    ensureContextRoot();
  }

  /** Settings from the nearest `<rk-provider>` (empty without one). */
  get settings(): RkSettings {
    return this.settingsConsumer.value ?? {};
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    // The provider's theme applies unless the element sets its own.
    const theme = this.theme ?? this.settings.theme;
    if (theme) this.setAttribute('data-theme', theme);
    else this.removeAttribute('data-theme');
  }

  /** Dispatches a typed `rk-*` event that bubbles out of shadow roots. Returns false if cancelled. */
  emit<K extends keyof RkEventMap>(name: K, detail: RkEventMap[K], options: { cancelable?: boolean } = {}): boolean {
    return this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }));
  }
}

declare global {
  /** `rk-*` event details by event name; each element adds its own. */
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface RkEventMap {}
}
