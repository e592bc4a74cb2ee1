/**
 * Walks a subtree, its open shadow roots and slotted content, and lists anything that could
 * run script: event-handler attributes, javascript: / data: / vbscript: URLs, and elements that
 * load or run code (script, iframe, object, embed, base, meta refresh, frames).
 */

const URL_ATTRS = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc', 'data', 'poster', 'background', 'ping', 'srcset', 'cite', 'longdesc', 'manifest', 'codebase', 'dynsrc', 'lowsrc']);
const CODE_TAGS = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'portal']);

/** What a browser makes of a URL attribute's scheme: whitespace and control characters are ignored. */
export function urlScheme(value: string): string {
  const v = value.replace(/[\u0000-\u0020\u007f-\u00a0\u1680\u180e\u2000-\u2029\u205f\u3000\ufeff]/g, '').toLowerCase();
  const m = /^([a-z][a-z0-9+.-]*):/.exec(v);
  return m ? m[1] : '';
}

export interface Finding {
  where: string;
  what: string;
}

function describe(el: Element): string {
  const host = (el.getRootNode() as ShadowRoot).host;
  return `${host ? `${host.localName} >>> ` : ''}${el.localName}${el.id ? '#' + el.id : ''}`;
}

/** Every element in `root`, including open shadow roots (recursively) and template contents. */
export function* allElements(root: Node): Generator<Element> {
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    const children = node instanceof HTMLTemplateElement ? [...node.content.childNodes] : [...node.childNodes];
    if (node instanceof Element) {
      yield node;
      if (node.shadowRoot) stack.push(node.shadowRoot);
    }
    for (const c of children) stack.push(c);
  }
}

/** Lists what should never be in rendered output. `allowCode` tags are skipped (e.g. the test's own). */
export function auditDom(root: Node, options: { allowTags?: string[] } = {}): Finding[] {
  const out: Finding[] = [];
  for (const el of allElements(root)) {
    const tag = el.localName;
    if (options.allowTags?.includes(tag)) continue;
    if (CODE_TAGS.has(tag)) out.push({ where: describe(el), what: `<${tag}> element` });
    if (tag === 'meta' && /refresh/i.test(el.getAttribute('http-equiv') ?? '')) out.push({ where: describe(el), what: 'meta refresh' });
    // JSON-LD blocks are data, not code; anything else executable is reported above.
    for (const attr of [...el.attributes]) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) out.push({ where: describe(el), what: `event-handler attribute ${name}="${attr.value.slice(0, 60)}"` });
      if (URL_ATTRS.has(name) || name.endsWith(':href')) {
        const scheme = urlScheme(attr.value);
        if (scheme === 'javascript' || scheme === 'data' || scheme === 'vbscript') out.push({ where: describe(el), what: `${name}="${attr.value.slice(0, 60)}"` });
      }
      if (name === 'style' && /url\s*\(|expression\s*\(|javascript:/i.test(attr.value)) out.push({ where: describe(el), what: `style="${attr.value.slice(0, 60)}"` });
    }
  }
  return out;
}

/** Lets lazy images, handlers and microtasks run before the canary is read. */
export async function settle(ms = 150): Promise<void> {
  await new Promise((r) => requestAnimationFrame(() => r(undefined)));
  await new Promise((r) => setTimeout(r, ms));
  await new Promise((r) => requestAnimationFrame(() => r(undefined)));
}

/** Waits for an element's Lit update and those of every custom element inside its shadow tree. */
export async function deepUpdate(root: Node): Promise<void> {
  for (let round = 0; round < 3; round++) {
    const pending: Promise<unknown>[] = [];
    for (const el of allElements(root)) {
      const u = (el as Element & { updateComplete?: Promise<unknown> }).updateComplete;
      if (u) pending.push(u);
    }
    await Promise.all(pending);
  }
}
