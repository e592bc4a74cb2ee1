/**
 * The feed side of `<rk-faq>`, loaded with `import()` only when `src` or `items` is used, so a
 * blogger's markup-only FAQ never downloads the sanitizer or the JSON parser.
 */
import { html, type TemplateResult } from 'lit';
import { DataController, LoadError, parseJsonResponse } from '../../base/data-controller.js';
import { baseMessages } from '../../base/messages.js';
import { renderLoadStatus } from '../../base/status.js';
import { parseFaqJson, type FaqParseResult } from '../../core/faq/items.js';
import type { SafeNode } from '../../core/html/sanitize.js';
import type { RkElement } from '../../base/rk-element.js';

export { baseMessages, parseFaqJson, renderLoadStatus };

/** Marks a feed that is JSON but neither an FAQ array nor FAQPage JSON-LD. */
export const NOT_FAQ = 'not-faq';

export function controller(host: RkElement, onData: (r: FaqParseResult) => void): DataController<FaqParseResult> {
  return new DataController<FaqParseResult>(host, {
    parse: (text, info) => {
      const result = parseFaqJson(parseJsonResponse(text, info), { base: info.url });
      if (result.format === 'unknown') throw new LoadError('parse', undefined, NOT_FAQ);
      return result;
    },
    onData,
  });
}

type Highlight = (text: string) => unknown;

/**
 * Renders a sanitized answer with one static template per allowed tag: no HTML string ever
 * reaches the DOM. `hl` wraps search matches of text nodes in `<mark>`.
 */
export function renderSafe(nodes: readonly SafeNode[], hl?: Highlight): unknown[] {
  return nodes.map((n): unknown => {
    if (n.type === 'text') return hl ? hl(n.text) : n.text;
    const c = renderSafe(n.children, hl);
    const t: Record<string, () => TemplateResult> = {
      p: () => html`<p>${c}</p>`,
      br: () => html`<br />`,
      ul: () => html`<ul>${c}</ul>`,
      ol: () => html`<ol>${c}</ol>`,
      li: () => html`<li>${c}</li>`,
      a: () => html`<a href=${n.attrs.href} rel="noopener noreferrer">${c}</a>`,
      strong: () => html`<strong>${c}</strong>`,
      em: () => html`<em>${c}</em>`,
      b: () => html`<b>${c}</b>`,
      i: () => html`<i>${c}</i>`,
      h3: () => html`<h3>${c}</h3>`,
      h4: () => html`<h4>${c}</h4>`,
      h5: () => html`<h5>${c}</h5>`,
      h6: () => html`<h6>${c}</h6>`,
    };
    return t[n.tag]?.() ?? c;
  });
}
