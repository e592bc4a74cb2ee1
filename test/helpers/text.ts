/** Whitespace runs to one space, trimmed. */
export const clean = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

/**
 * The text a reader sees under `root`: its light DOM and every open shadow root below it,
 * leaving out the subtrees `skip` names (a live region, an alert).
 */
export function textThrough(root: Node, skip: (e: Element) => boolean = () => false): string {
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (n instanceof Element && skip(n)) return;
    if (n.nodeType === Node.TEXT_NODE) parts.push(n.textContent ?? '');
    if (n instanceof Element && n.shadowRoot) walk(n.shadowRoot);
    n.childNodes.forEach(walk);
  };
  walk(root);
  return clean(parts.join(' '));
}
