/**
 * The feed side of `<rk-faq>`, loaded with `import()` only when `src` or `items` is used, so a
 * blogger's markup-only FAQ never downloads the loader, the sanitizer or the JSON parser.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { DataController, LoadError, parseJsonResponse } from '../../base/data-controller.js';
import { baseMessages } from '../../base/messages.js';
import { renderLoadStatus } from '../../base/status.js';
import { status as statusStyles } from '../../base/status-styles.js';
import { buttons } from '../../base/buttons.js';
import { parseFaqJson, type FaqParseResult } from '../../core/faq/items.js';
import type { SafeNode } from '../../core/html/sanitize.js';
import type { RkFaq } from './faq.js';
import { adopt } from '../../base/adopt.js';
import { empty, t } from './l10n.js';

export { t, empty };

function show(host: RkFaq, r: FaqParseResult): void {
  host._skipped = r.skipped.length;
  host._setEntries(r.items);
}

/** Reads `items`, or loads `src` (the loader is made on first use and kept). */
export function read(host: RkFaq): void {
  // Questions written in the page were the source (`src` or `items` was set from script after
  // they rendered): the markup goes back to how it was written, fallback content while the feed
  // loads and when it fails, as when `src` is there from the start.
  for (const [el, saved] of host._undo) {
    for (const [name, value] of Object.entries(saved)) {
      if (value == null) el.removeAttribute(name);
      else el.setAttribute(name, value);
    }
  }
  host._undo.clear();
  if (host._entries[0]?.slot) host._entries = [];
  if (host.items) {
    show(host, parseFaqJson(host.items, { base: document.baseURI }));
    return;
  }
  host._data ??= new DataController<FaqParseResult>(host, {
    parse: (text, info) => {
      const result = parseFaqJson(parseJsonResponse(text, info), { base: info.url });
      if (result.format == 'unknown') throw new LoadError('parse', undefined, 'not-faq', true); // JSON, but neither an FAQ array nor FAQPage JSON-LD
      return result;
    },
    // A feed that lands after the element moved to `items` or markup is not shown.
    onData: (r) => host.src && !host.items && show(host, r),
  });
  host._data.setSrc(host.src);
}

/** Loading status, load error (with Try again), "N questions could not be shown", "No questions yet". */
export function status(host: RkFaq): TemplateResult {
  const { msg, language } = t(host);
  const data = host.items ? undefined : host._data;
  if (data) adopt(host, buttons, statusStyles);
  const state = data?.state;
  return html`${data
    ? renderLoadStatus(data, { ...(baseMessages[language] ?? baseMessages.en), errorNotData: msg.notFaq })
    : nothing}${host._skipped ? html`<p part="note" class="note">${msg.skipped(host._skipped)}</p>` : nothing}${!host._entries.length && state != 'loading' && state != 'error' ? empty(host) : nothing}`;
}

type Highlight = (text: string) => unknown;

/**
 * Renders a sanitized answer with one static template per allowed tag: no HTML string ever
 * reaches the DOM. `hl` wraps search matches of text nodes in `<mark>`.
 */
export function answer(nodes: readonly SafeNode[], hl?: Highlight): unknown[] {
  return nodes.map((n): unknown => {
    if (n.type == 'text') return hl ? hl(n.text) : n.text;
    const c = answer(n.children, hl);
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
