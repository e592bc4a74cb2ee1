import type { ReactiveController } from 'lit';
import { Formatter, canonicalLocale, pickLanguage, type LazyCatalog, type Messages } from '../core/i18n/index.js';
import type { RkElement } from './rk-element.js';

const controllers = new Set<LocalizeController<Messages>>();
let documentObserver: MutationObserver | undefined;

/** The nearest `lang` attribute above `el`, crossing shadow roots. */
export function inheritedLang(el: Element): string {
  let node: Node | null = el;
  while ((node = node instanceof ShadowRoot ? node.host : node.parentNode)) {
    const lang = (node as Element).getAttribute?.('lang');
    if (lang) return lang;
  }
  return '';
}

/**
 * Per-element localization: the element's own `lang`, else the `<rk-provider>` locale, else
 * the nearest `[lang]` ancestor, else the document, else English. No page-wide singleton:
 * each element resolves its own locale and owns its formatter.
 *
 * Languages other than English may load on demand (a catalog entry that is a function
 * returning the messages): the host's render waits until they are in, so a Spanish page never
 * shows or announces English first. If the load fails, English is shown.
 */
export class LocalizeController<M extends Messages> implements ReactiveController {
  private formatter?: Formatter;
  // Resolved once per render (a list of 100 rows asks for it hundreds of times); outside a
  // render cycle it is resolved afresh on every read.
  private renderLocale?: string;
  private renderLanguage?: string;

  constructor(
    readonly host: RkElement,
    private readonly catalog: LazyCatalog<M>,
  ) {
    host.addController(this);
    host.waitFor(() => {
      const lang = this.language;
      const entry = catalog[lang];
      if (typeof entry == 'function') return entry().then((m) => (catalog[lang] = m));
    });
  }

  hostConnected(): void {
    controllers.add(this as unknown as LocalizeController<Messages>);
    if (!documentObserver && typeof MutationObserver != 'undefined') {
      documentObserver = new MutationObserver(() => controllers.forEach((c) => c.host.requestUpdate()));
      documentObserver.observe(document.documentElement, { attributeFilter: ['lang'] });
    }
  }

  hostDisconnected(): void {
    controllers.delete(this as unknown as LocalizeController<Messages>);
  }

  hostUpdate(): void {
    this.hostUpdated();
    this.renderLocale = this.locale;
    this.renderLanguage = this.language;
  }

  hostUpdated(): void {
    this.renderLocale = this.renderLanguage = undefined;
  }

  /** The resolved BCP 47 locale, e.g. "es-MX". */
  get locale(): string {
    const host = this.host;
    return (
      this.renderLocale ||
      // The property first: it is set before the attribute is reflected after the render.
      canonicalLocale(host.lang || host.getAttribute('lang')) ||
      canonicalLocale(host.settings.locale) ||
      canonicalLocale(inheritedLang(host)) ||
      'en'
    );
  }

  /** The catalog language used for messages ("en" or "es"). */
  get language(): string {
    return this.renderLanguage || pickLanguage(this.locale, Object.keys(this.catalog));
  }

  /** Messages in the resolved language (English for missing languages, or while one loads). */
  get msg(): M {
    const m = this.catalog[this.language];
    return typeof m == 'object' ? m : this.catalog.en;
  }

  /** Intl formatting for the resolved locale. */
  get fmt(): Formatter {
    const locale = this.locale;
    if (this.formatter?.locale != locale) this.formatter = new Formatter(locale);
    return this.formatter;
  }
}
