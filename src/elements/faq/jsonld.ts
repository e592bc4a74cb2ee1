/**
 * FAQPage JSON-LD for `<rk-faq structured-data>`, loaded with `import()` only when asked for.
 *
 * One block per page (DOMAIN.md §4): every FAQ registers its questions in a page-level registry
 * kept on `globalThis[Symbol.for('recovery-kit:faq-jsonld')]`, so two copies of the bundle share
 * it. The registry owns one `<script type="application/ld+json">` in `document.head` (light DOM,
 * where crawlers look), rewritten with `textContent` whenever a member changes and removed
 * when the last member leaves. Members are listed in document order.
 */
import { faqPageJsonLd, jsonLdScriptText } from '../../core/faq/jsonld.js';
import { escapeText, sanitizeHtml } from '../../core/html/sanitize.js';
import type { FaqEntry } from './faq.js';

interface Registry {
  members: Map<Element, unknown[]>;
  script?: HTMLScriptElement;
  update(): void;
}

const KEY = Symbol.for('recovery-kit:faq-jsonld');

function registry(): Registry {
  const g = globalThis as unknown as Record<symbol, Registry | undefined>;
  return (g[KEY] ??= {
    members: new Map(),
    update() {
      const els = [...this.members.keys()].sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
      if (!els.length) {
        this.script?.remove();
        this.script = undefined;
        return;
      }
      const s = (this.script ??= document.createElement('script'));
      s.type = 'application/ld+json';
      s.setAttribute('data-rk-faq', '');
      s.textContent = jsonLdScriptText({
        '@context': 'https://schema.org',
        '@type': 'FAQPage',
        mainEntity: els.flatMap((e) => this.members.get(e) ?? []),
      });
      if (!s.isConnected) document.head.append(s);
    },
  });
}

/**
 * Adds or replaces `el`'s questions in the page's single FAQPage block. An item written in the
 * page (`light`) gets its answer from the author's markup, through the same allowlist.
 */
export function sync(el: Element, items: readonly FaqEntry[]): void {
  const full = items.map((item) =>
    item.light
      ? {
          ...item,
          answer: sanitizeHtml(
            item.light
              .map((n) => (n instanceof Element ? n.outerHTML : escapeText(n.textContent ?? '')))
              .join('')
              .replace(/\s+/g, ' ')
              .trim(),
            { base: document.baseURI },
          ),
        }
      : item,
  );
  const r = registry();
  r.members.set(el, faqPageJsonLd(full, { pageUrl: location.href }).mainEntity);
  r.update();
}

/** Takes `el`'s questions out; the block goes when no FAQ is left. */
export function drop(el: Element): void {
  const r = registry();
  if (r.members.delete(el)) r.update();
}
