import { LitElement, type PropertyDeclarations } from 'lit';
import { ContextConsumer } from '@lit/context';
import { ensureContextRoot, settingsContext, type RkSettings } from './contexts.js';

/**
 * Base class of every recovery-kit element: guarded registration, typed `rk-*` events, the
 * settings shared by an enclosing `<rk-provider>`, `lang` and `theme`, and renders that wait
 * for what loads on demand (a message catalog, an optional part).
 */
export class RkElement extends LitElement {
  // `static properties` rather than decorators: no decorator helper in every bundle.
  static override properties: PropertyDeclarations = { lang: { reflect: true }, theme: { reflect: true } };

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
      if ((e as DOMException).name != 'NotSupportedError') console.warn(`[recovery-kit] could not define <${tag}>:`, e);
    }
  }

  /** Language of the element's text; inherits the nearest `lang`, then `<rk-provider>`, then the page. */
  declare lang: string;

  /** Colour scheme: `light` (default), `dark`, or `auto` (follows the device). */
  declare theme?: 'light' | 'dark' | 'auto';

  private readonly settingsConsumer = new ContextConsumer(this, {
    context: settingsContext,
    subscribe: true,
    callback: () => this.requestUpdate(),
  });

  private readonly waits: (() => Promise<unknown> | void)[] = [];

  constructor() {
    super();
    ensureContextRoot();
  }

  /** Settings from the nearest `<rk-provider>` (empty without one). */
  get settings(): RkSettings {
    return this.settingsConsumer.value ?? {};
  }

  /**
   * Makes each render wait for what `load` returns, if anything: a catalog or a part that loads
   * on demand, so nothing shows (or is announced) half-translated or half-built. A load that
   * fails does not block: the render goes ahead with what is there (English, no extra part).
   */
  waitFor(load: () => Promise<unknown> | void): void {
    this.waits.push(load);
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    const pending = this.waits.map((w) => w()).filter(Boolean);
    if (!pending.length) return super.scheduleUpdate();
    const go = () => super.scheduleUpdate();
    return Promise.all(pending).then(go, go);
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
    return this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: options.cancelable }));
  }
}

/** A heading level from a `heading-level` attribute: a whole number 1-6, `fallback` (2) when unreadable. */
export const headingLevel = (n: unknown, fallback = 2): number => Math.min(6, Math.max(1, Math.round(Number(n)) || fallback));

declare global {
  /** `rk-*` event details by event name; each element adds its own. */
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface RkEventMap {}
}
