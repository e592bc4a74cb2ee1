import { base } from './tokens.js';
import { buttons } from './buttons.js';
import { status } from './status-styles.js';

// The shared styles, in modules of their own so an element (or a part it loads on demand)
// takes only what it uses: tokens.ts, buttons.ts, status-styles.ts.

export { tokens, base } from './tokens.js';
export { buttons, status };

/** All the shared building blocks: {@link base}, {@link buttons} and {@link status}. */
export const shared = [base, buttons, status];
