/**
 * Deep links of `<rk-faq>`, loaded with `import()` only when the page's URL has a fragment:
 * `page#item-id` opens, scrolls to and focuses that question. The element reads
 * `location.hash` itself (on load, when its questions change, and on `hashchange`) because a
 * fragment cannot reach an id inside a shadow root.
 *
 * `page#some-id` where the id is on an element inside an answer written in the page opens that
 * answer and scrolls to the element. Browsers with `hidden="until-found"` do this themselves
 * (`beforematch`); this covers the others, where a closed panel is plain `hidden`.
 */
import type { RkFaq } from './faq.js';

/** Follows `location.hash` if it names one of `host`'s questions or an element in one of its answers; `force` follows it again (hashchange). */
export function follow(host: RkFaq, force: boolean): void {
  let id = location.hash.slice(1);
  try {
    id = decodeURIComponent(id);
  } catch {
    /* keep it raw */
  }
  const entries = host._entries;
  let i = entries.findIndex((x) => x.id == id);
  const inner = i < 0 ? host.querySelector(`[id="${CSS.escape(id)}"]`) : null;
  if (inner) i = entries.findIndex((x) => x.light?.some((n) => n.contains(inner)));
  const e = entries[i];
  if (!e || (!force && host._hashDone == id)) return;
  host._hashDone = id;
  if (host._category && e.category != host._category) host._category = '';
  host.toggle(e.id, true, false);
  host.requestUpdate(); // the category may have changed, and the browser may have opened it already (beforematch)
  void host.updateComplete.then(() => {
    const trigger = host.renderRoot.querySelectorAll<HTMLElement>('.trigger')[i];
    (inner ?? trigger)?.scrollIntoView({ block: 'start' });
    if (!inner) trigger?.focus({ preventScroll: true });
  });
}
