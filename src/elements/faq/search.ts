/**
 * Search for `<rk-faq>`, loaded with `import()` when a reader first types in the search box.
 * Questions and feed answers (shadow DOM) get `<mark>` through templates; answers written in
 * the page (light DOM, slotted) get `<mark data-rk-faq>` wrapped around the matching text and
 * unwrapped again when the query changes, so the author's markup is otherwise untouched.
 */
import { html } from 'lit';
import { filterItems, highlightSegments, matchRanges } from '../../core/faq/search.js';

export { filterItems, matchRanges };

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
