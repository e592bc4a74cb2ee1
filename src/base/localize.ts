import type { ReactiveController } from 'lit';
import { Formatter, canonicalLocale, pickLanguage, type Catalog, type Messages } from '../core/i18n/index.js';
import type { RkElement } from './rk-element.js';

const controllers = new Set<LocalizeController<Messages>>();
let documentObserver: MutationObserver | undefined;

function watchDocumentLang() {
  if (documentObserver || typeof MutationObserver === 'undefined') return;
  documentObserver = new MutationObserver(() => controllers.forEach((c) => c.host.requestUpdate()));
  documentObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
}

/** The nearest `lang` attribute above `el`, crossing shadow roots. */
export function inheritedLang(el: Element): string {
  let node: Node | null = el.parentNode;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return '';
}

/**
 * Per-element localization: the element's own `lang`, else the `<rk-provider>` locale, else
 * the nearest `[lang]` ancestor, else the document, else English. No page-wide singleton:
 * each element resolves its own locale and owns its formatter.
 */
export class LocalizeController<M extends Messages> implements ReactiveController {
  private formatter?: Formatter;

  constructor(
    readonly host: RkElement,
    private readonly catalog: Catalog<M>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    controllers.add(this as unknown as LocalizeController<Messages>);
    watchDocumentLang();
  }

  hostDisconnected(): void {
    controllers.delete(this as unknown as LocalizeController<Messages>);
  }

  // Resolved once per render (a list of 100 rows asks for it hundreds of times); outside a
  // render cycle it is resolved afresh on every read.
  private renderLocale?: string;
  private renderLanguage?: string;

  hostUpdate(): void {
    this.renderLocale = undefined;
    this.renderLanguage = undefined;
    this.renderLocale = this.locale;
    this.renderLanguage = this.language;
  }

  hostUpdated(): void {
    this.renderLocale = undefined;
    this.renderLanguage = undefined;
  }

  /** The resolved BCP 47 locale, e.g. "es-MX". */
  get locale(): string {
    if (this.renderLocale) return this.renderLocale;
    const host = this.host;
    const tag =
      // The property first: it is set before the attribute is reflected after the render.
      canonicalLocale(host.lang || host.getAttribute('lang')) ||
      canonicalLocale(host.settings.locale) ||
      canonicalLocale(inheritedLang(host)) ||
      'en';
    return tag;
  }

  /** The catalog language used for messages ("en" or "es"). */
  get language(): string {
    return this.renderLanguage ?? pickLanguage(this.locale, Object.keys(this.catalog));
  }

  /** Messages in the resolved language (English for missing languages). */
  get msg(): M {
    return this.catalog[this.language] ?? this.catalog.en;
  }

  /** Intl formatting for the resolved locale. */
  get fmt(): Formatter {
    const locale = this.locale;
    if (this.formatter?.locale !== locale) this.formatter = new Formatter(locale);
    return this.formatter;
  }
}
