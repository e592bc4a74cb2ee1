/**
 * Deep links of `<rk-faq>`, loaded with `import()` only when the page's URL has a fragment:
 * `page#item-id` opens, scrolls to and focuses that question. The element reads
 * `location.hash` itself (on load, when its questions change, and on `hashchange`) because a
 * fragment cannot reach an id inside a shadow root.
 */
import type { RkFaq } from './faq.js';

/** Follows `location.hash` if it names one of `host`'s questions; `force` follows it again (hashchange). */
export function follow(host: RkFaq, force: boolean): void {
  let id = location.hash.slice(1);
  try {
    id = decodeURIComponent(id);
  } catch {
    /* keep it raw */
  }
  const i = host._entries.findIndex((x) => x.id == id);
  const e = host._entries[i];
  if (!e || (!force && host._hashDone == id)) return;
  host._hashDone = id;
  if (host._category && e.category != host._category) host._category = '';
  host.toggle(id, true, false);
  host.requestUpdate(); // the category may have changed, and the browser may have opened it already (beforematch)
  void host.updateComplete.then(() => {
    const trigger = host.renderRoot.querySelectorAll<HTMLElement>('.trigger')[i];
    trigger?.scrollIntoView({ block: 'start' });
    trigger?.focus({ preventScroll: true });
  });
}
