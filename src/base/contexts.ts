import { ContextRoot, createContext } from '@lit/context';
import type { Clock } from './clock.js';

/** What `<rk-provider>` shares with every recovery-kit element inside it. */
export interface RkSettings {
  /** BCP 47 locale, e.g. "es-MX". */
  locale?: string;
  /** IANA time zone, e.g. "America/Chicago". */
  timeZone?: string;
  /** A fixed "now" (ISO 8601 date or date-time), for demos and previews. */
  now?: string;
  /** Clock source: the live clock when absent. */
  clock?: Clock;
  /** Colour scheme for all descendants. */
  theme?: 'light' | 'dark' | 'auto';
  /** Base URL that relative `src` attributes resolve against. */
  endpointBase?: string;
}

/** String keys, so two copies of the bundle on one page still talk to each other. */
export const settingsContext = createContext<RkSettings>('recovery-kit:settings');

const ROOT_KEY = Symbol.for('recovery-kit:context-root');

/**
 * Lets a provider that upgrades after its consumers still reach them (defines can run in any
 * order). Attached once per page, whatever number of copies of the library are loaded.
 */
export function ensureContextRoot(): void {
  const g = globalThis as unknown as Record<symbol, boolean>;
  if (typeof document == 'undefined' || g[ROOT_KEY]) return;
  g[ROOT_KEY] = true;
  new ContextRoot().attach(document.documentElement);
}
