/**
 * recovery-kit autoloader (`dist/cdn/autoloader.js`): one script tag, and each element's code
 * loads only when its tag appears in the page. It scans the document once, then watches it with
 * a MutationObserver; open shadow roots it can reach (elements' own included, once they render)
 * are scanned and watched too. Context providers (`<rk-provider>`, `<rk-meeting-provider>`) are
 * defined before the elements that read them.
 *
 * ```html
 * <script type="module" src="https://unpkg.com/recovery-kit/dist/cdn/autoloader.js"></script>
 * ```
 *
 * The map tag -> `import('./elements/<name>/define.js')` is generated from custom-elements.json
 * (src/integrations/loaders.ts); each define module is its own lazily loaded chunk.
 */
import { loaders, providers } from './integrations/loaders.js';

const requested = new Map<string, Promise<void>>();
const watched = new WeakSet<Node>();
const selector = Object.keys(loaders).join(',');

/** Loads (once) the module that defines `tag`. Resolves when the tag is defined. */
export function load(tag: string): Promise<void> {
  const name = tag.toLowerCase();
  let p = requested.get(name);
  if (!p) {
    const loader = loaders[name];
    if (!loader) return Promise.resolve();
    p = (customElements.get(name) ? Promise.resolve() : loader().then(() => undefined)).catch((e: unknown) => {
      requested.delete(name); // a failed chunk (offline) may be retried by the next mutation
      console.warn(`[recovery-kit] could not load <${name}>:`, e);
    });
    requested.set(name, p);
  }
  return p;
}

/** Defines every recovery-kit tag found under `root` (and in open shadow roots below it). */
export async function discover(root: ParentNode): Promise<void> {
  if (!selector) return;
  const tags = new Set<string>();
  const hosts: Element[] = [];
  const visit = (node: ParentNode) => {
    if (node instanceof Element && loaders[node.localName]) tags.add(node.localName);
    for (const el of node.querySelectorAll(selector)) tags.add(el.localName);
    // Open shadow roots: walk only when something below may have one.
    for (const el of node.querySelectorAll('*')) if (el.shadowRoot) hosts.push(el);
    if (node instanceof Element && node.shadowRoot) hosts.push(node);
  };
  visit(root);
  for (let i = 0; i < hosts.length; i++) {
    const sr = hosts[i].shadowRoot!;
    if (watched.has(sr)) continue;
    observe(sr);
    visit(sr);
  }
  const pending = [...tags].filter((t) => !customElements.get(t));
  if (!pending.length) return;
  const first = pending.filter((t) => providers.includes(t));
  await Promise.all(first.map(load));
  await Promise.all(pending.filter((t) => !first.includes(t)).map(load));
  // Newly upgraded elements render into their own shadow roots: look there once they have.
  const upgraded = [...(root instanceof Element && tags.has(root.localName) ? [root] : []), ...root.querySelectorAll(pending.join(','))];
  await Promise.all(
    upgraded.map(async (el) => {
      await (el as Element & { updateComplete?: Promise<unknown> }).updateComplete;
      if (el.shadowRoot && !watched.has(el.shadowRoot)) {
        observe(el.shadowRoot);
        await discover(el.shadowRoot);
      }
    }),
  );
}

const allDefined = () => Object.keys(loaders).every((t) => customElements.get(t));

const observer = new MutationObserver((records) => {
  if (allDefined()) {
    observer.disconnect(); // nothing left to load: stop watching
    return;
  }
  for (const r of records) {
    for (const node of r.addedNodes) {
      if (node.nodeType === Node.ELEMENT_NODE) void discover(node as Element);
    }
  }
});

function observe(root: Document | ShadowRoot) {
  if (watched.has(root)) return;
  watched.add(root);
  observer.observe(root, { childList: true, subtree: true });
}

/** Starts the autoloader on `document` (idempotent; a second copy of the script is harmless). */
export function start(): void {
  const w = globalThis as typeof globalThis & { __rkAutoloader?: boolean };
  if (w.__rkAutoloader) return;
  w.__rkAutoloader = true;
  observe(document);
  void discover(document);
}

start();
