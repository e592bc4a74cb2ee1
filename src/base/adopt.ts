import type { CSSResult, ReactiveElement } from 'lit';

/**
 * Adds styles that came with a part loaded on demand to the element's shadow root, as
 * constructable stylesheets (fine under a strict CSP); a sheet already there is not added twice.
 * A module of its own that imports nothing an element loads up front, so a lazy part can use it
 * without splitting the element's code into shared chunks (see docs/CONTRIBUTING.md).
 */
export function adopt(host: ReactiveElement, ...sheets: CSSResult[]): void {
  const root = host.renderRoot as ShadowRoot;
  for (const { styleSheet } of sheets) if (styleSheet && !root.adoptedStyleSheets.includes(styleSheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, styleSheet];
}
