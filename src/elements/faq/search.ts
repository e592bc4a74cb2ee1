/**
 * The optional controls of `<rk-faq>` (search box, category filter, Expand / Collapse all) and
 * search itself, loaded with `import()` only when the element uses one of them, so a plain
 * accordion stays small. The controls' styles are adopted into the shadow root on load.
 *
 * Questions and feed answers (shadow DOM) get `<mark>` through templates; answers written in
 * the page (light DOM, slotted) get `<mark data-rk-faq>` wrapped around the matching text and
 * unwrapped again when the query changes, so the author's markup is otherwise untouched.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { filterItems, highlightSegments, matchRanges } from '../../core/faq/search.js';
import type { FaqItem } from '../../core/faq/items.js';
import { faqControlMessages } from './messages-controls.js';

export { filterItems };

export const styles = css`
.search{display:grid;gap:var(--_s1);margin-bottom:var(--_s2);font-weight:600}
input{min-height:44px;padding:var(--_s2) var(--_s3);border:1px solid var(--_muted);border-radius:var(--_radius);background:var(--_surface);color:inherit;font:inherit;font-weight:400}
.count{color:var(--_muted)}
mark{background:var(--rk-faq-mark,#ffe27a);color:#1d232b;border-radius:2px}
.count:empty{margin:0}
.chips,.tools{display:flex;flex-wrap:wrap;gap:var(--_s2);margin-bottom:var(--_s3)}
.tools{justify-content:flex-end}
.chip{border-radius:999px}
.chip[aria-pressed='true']{background:var(--_acc);border-color:var(--_acc);color:var(--_on-primary)}
@media (forced-colors:active){.chip[aria-pressed='true']{border-width:3px}}
@media print{.search,.count,.chips,.tools{display:none}}
`;

/** What the element hands the controls: its state and callbacks (its own members stay private). */
export interface ControlState {
  lang: string;
  query: string;
  shown: number;
  category: string;
  categories: string[];
  searchable: boolean;
  expandAll: boolean;
  search(q: string): void;
  pick(category: string): void;
  setAll(open: boolean): void;
}

export function controls(s: ControlState): TemplateResult {
  const m = faqControlMessages[s.lang] ?? faqControlMessages.en;
  return html`${s.searchable
    ? html`<div part="search" class="search"><label for="q">${m.search}</label><input id="q" part="search-input" type="search" autocomplete="off" @input=${(e: Event) => s.search((e.target as HTMLInputElement).value)} /></div><p part="count" class="count" role="status">${s.query ? (s.shown ? m.matches(s.shown) : m.noMatch) : ''}</p>`
    : nothing}${s.categories.length
    ? html`<div part="categories" class="chips" role="group" aria-label=${m.categories}>${['', ...s.categories].map(
        (c) => html`<button type="button" part="category" class="rk-button chip" aria-pressed=${s.category === c} @click=${() => s.pick(c)}>${c || m.all}</button>`,
      )}</div>`
    : nothing}${s.expandAll
    ? html`<div part="tools" class="tools"><button type="button" part="expand-all" class="rk-button" @click=${() => s.setAll(true)}>${m.expandAll}</button><button type="button" part="collapse-all" class="rk-button" @click=${() => s.setAll(false)}>${m.collapseAll}</button></div>`
    : nothing}`;
}

/**
 * What is open while searching for `q`: what was open before, plus the items whose ANSWER
 * matches (so the highlighted passage is visible); in single mode only the first of them.
 */
export function openWhileSearching(items: readonly FaqItem[], before: ReadonlySet<string>, q: string, single: boolean): Set<string> {
  const hits = filterItems(items, q).filter((x) => matchRanges(x.answerText, q).length);
  if (single && hits.length) return new Set([hits[0].id]);
  return new Set([...before, ...hits.map((x) => x.id)]);
}

export const highlight = (text: string, q: string): unknown =>
  highlightSegments(text, q).map((s) => (s.match ? html`<mark part="mark">${s.text}</mark>` : s.text));

/** Removes the marks added by {@link markLight} under `root`. */
export function unmarkLight(root: Element): void {
  for (const m of root.querySelectorAll('mark[data-rk-faq]')) {
    const parent = m.parentNode!;
    m.replaceWith(...m.childNodes);
    parent.normalize();
  }
}

/** Wraps matches of `q` in the text under `nodes` in `<mark data-rk-faq>`. */
export function markLight(nodes: readonly Node[], q: string): void {
  for (const node of nodes) {
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    const texts: Text[] = [];
    for (let t = walker.currentNode; t; t = walker.nextNode()!) if (t.nodeType === 3) texts.push(t as Text);
    for (const t of texts) {
      const ranges = matchRanges(t.data, q);
      for (let k = ranges.length - 1; k >= 0; k--) {
        const [start, end] = ranges[k];
        const hit = t.splitText(start);
        hit.splitText(end - start);
        const mark = document.createElement('mark');
        mark.setAttribute('data-rk-faq', '');
        hit.replaceWith(mark);
        mark.append(hit);
      }
    }
  }
}
