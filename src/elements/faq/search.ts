/**
 * The optional controls of `<rk-faq>` (search box, category filter, Expand / Collapse all) and
 * search itself, loaded with `import()` only when the element uses one of them, so a plain
 * accordion stays small. The controls' styles are adopted into the shadow root with them.
 *
 * Questions and feed answers (shadow DOM) get `<mark>` through templates; answers written in
 * the page (light DOM, slotted) get `<mark data-rk-faq>` wrapped around the matching text and
 * unwrapped again when the query changes, so the author's markup is otherwise untouched.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { buttons } from '../../base/buttons.js';
import { filterItems, highlightSegments, matchRanges } from '../../core/faq/search.js';
import type { FaqEntry, RkFaq } from './faq.js';
import { adopt } from '../../base/adopt.js';
import { t } from './l10n.js';

export { t, empty } from './l10n.js';

const styles = css`
.search{display:grid;gap:var(--_s1);margin-bottom:var(--_s2);font-weight:600}
input{min-height:44px;padding:var(--_s2) var(--_s3);border:1px solid var(--_muted);border-radius:var(--_radius);background:var(--_surface);color:inherit;font:inherit;font-weight:400}
.count{color:var(--_muted)}
.count:empty{margin:0}
mark{background:var(--rk-faq-mark,#ffe27a);color:#1d232b;border-radius:2px}
.chips,.tools{display:flex;flex-wrap:wrap;gap:var(--_s2);margin-bottom:var(--_s3)}
.tools{justify-content:flex-end}
.chip{border-radius:999px}
.chip[aria-pressed=true]{background:var(--_acc);border-color:var(--_acc);color:var(--_on-primary)}
@media (forced-colors:active){.chip[aria-pressed=true]{border-width:3px}}
@media print{.search,.count,.chips,.tools{display:none}}
`;

/** The items the category and the search let through. */
export function shown(host: RkFaq): FaqEntry[] {
  const { _entries: all, _category: cat, _query: q } = host;
  const inCat = cat ? all.filter((e) => e.category == cat) : all;
  return q ? filterItems(inCat, q) : inCat;
}

/** Wraps the matches of the search in `<mark>` (undefined when not searching). */
export function highlighter(host: RkFaq): ((text: string) => unknown) | undefined {
  const q = host._query;
  return q ? (text) => highlightSegments(text, q).map((s) => (s.match ? html`<mark part="mark">${s.text}</mark>` : s.text)) : undefined;
}

/**
 * Searches for `raw`. Opens the items whose ANSWER matches while the search lasts (so the
 * highlighted passage is visible; in single mode only the first); clearing the search
 * restores what was open before.
 */
function search(host: RkFaq, raw: string): void {
  const q = raw.trim();
  const before = (host._before ??= new Set(host._opened));
  if (q) {
    const hits = filterItems(host._entries, q).filter((x) => matchRanges(x.answerText, q).length);
    host._opened = host.mode == 'single' && hits.length ? new Set([hits[0].id]) : new Set([...before, ...hits.map((x) => x.id)]);
  } else {
    host._opened = before;
    host._before = undefined;
  }
  host._query = q;
  host.requestUpdate();
}

/** The search box, the category filter and Expand / Collapse all, as the element asks for them. */
export function controls(host: RkFaq, count: number): TemplateResult {
  adopt(host, buttons, styles);
  const m = t(host).msg;
  const categories = [...new Set(host._entries.map((e) => e.category).filter(Boolean))] as string[];
  return html`${host.searchable
    ? html`<div part="search" class="search"><label for="q">${m.search}</label><input id="q" part="search-input" type="search" autocomplete="off" @input=${(e: Event) => search(host, (e.target as HTMLInputElement).value)} /></div><p part="count" class="count" role="status">${host._query ? (count ? m.matches(count) : m.noMatch) : ''}</p>`
    : nothing}${categories.length
    ? html`<div part="categories" class="chips" role="group" aria-label=${m.categories}>${['', ...categories].map(
        (c) => html`<button type="button" part="category" class="rk-button chip" aria-pressed=${(host._category ?? '') == c} @click=${() => ((host._category = c), host.requestUpdate())}>${c || m.all}</button>`,
      )}</div>`
    : nothing}${host.expandAll && host.mode != 'single'
    ? html`<div part="tools" class="tools">${[true, false].map(
        (open) =>
          html`<button type="button" part=${open ? 'expand-all' : 'collapse-all'} class="rk-button" @click=${() => shown(host).forEach((e) => host.toggle(e.id, open, false))}>${open ? m.expandAll : m.collapseAll}</button>`,
      )}</div>`
    : nothing}`;
}

const marked = new WeakMap<RkFaq, [string | undefined, FaqEntry[]]>();

/** After a render: when the search or the questions changed, re-marks the matches in the page's own answers. */
export function updated(host: RkFaq): void {
  const q = host._query;
  const last = marked.get(host);
  if (last && last[0] == q && last[1] == host._entries) return;
  marked.set(host, [q, host._entries]);
  for (const m of host.querySelectorAll('mark[data-rk-faq]')) {
    const parent = m.parentNode!;
    m.replaceWith(...m.childNodes);
    parent.normalize();
  }
  if (q) for (const e of host._entries) for (const node of e.light ?? []) markLight(node, q);
  host._observer?.takeRecords();
}

/** Wraps matches of `q` in the text under `node` in `<mark data-rk-faq>`. */
function markLight(node: Node, q: string): void {
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  for (let n: Node | null = walker.currentNode; n; n = walker.nextNode()) if (n.nodeType == 3) texts.push(n as Text);
  for (const text of texts) {
    const ranges = matchRanges(text.data, q);
    for (let k = ranges.length - 1; k >= 0; k--) {
      const [start, end] = ranges[k];
      const hit = text.splitText(start);
      hit.splitText(end - start);
      const mark = document.createElement('mark');
      mark.setAttribute('data-rk-faq', '');
      hit.replaceWith(mark);
      mark.append(hit);
    }
  }
}
