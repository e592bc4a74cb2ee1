/**
 * Safe URL checks for untrusted links (answer HTML from an endpoint, feed data). Pure: no DOM,
 * runs in Node and workers; uses only the WHATWG `URL` class.
 *
 * The HTML tokenizer decodes character references before values reach `safeUrl`, so
 * `&#106;avascript:` and `jav&#x09;ascript:` arrive here as `javascript:` / `jav\tascript:`.
 */

/** Schemes allowed when the caller does not choose (DOMAIN.md §4): web, mail and phone links. */
export const DEFAULT_URL_SCHEMES: readonly string[] = Object.freeze(['http:', 'https:', 'mailto:', 'tel:']);

/** Longer inputs are refused rather than parsed: no real link in an FAQ answer is this long. */
export const MAX_URL_LENGTH = 8192;

export interface SafeUrlOptions {
  /** Allowed schemes, with or without the trailing colon, any case. Default: http, https, mailto, tel. */
  schemes?: readonly string[];
  /** Base for relative URLs. Without it relative URLs are refused; with it they are resolved. */
  base?: string | URL;
}

// What the URL parser itself ignores: leading/trailing C0 controls and spaces, and ASCII tab
// and newlines anywhere. We also trim Unicode spaces (NBSP, U+2028...) and the BOM at the ends.
const EDGE_JUNK = /^[\u0000-\u0020\u007f-\u00a0\u1680\u2000-\u200f\u2028\u2029\u202f\u205f\u3000\ufeff]+|[\u0000-\u0020\u007f-\u00a0\u1680\u2000-\u200f\u2028\u2029\u202f\u205f\u3000\ufeff]+$/g;
const TAB_NEWLINE = /[\t\n\r]/g;
// Any control or invisible formatting character left inside after trimming: refuse the URL.
const INNER_CONTROL = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/;
const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;
// `//host`, `\\host`, `/\host`, `\/host`: protocol-relative (backslash counts as slash).
const PROTOCOL_RELATIVE = /^[/\\]{2}/;

function normalizeSchemes(schemes: readonly string[]): Set<string> {
  const set = new Set<string>();
  for (const s of schemes) {
    if (typeof s !== 'string') continue;
    const lower = s.trim().toLowerCase();
    if (lower) set.add(lower.endsWith(':') ? lower : `${lower}:`);
  }
  return set;
}

function parse(input: string, base?: string | URL): URL | null {
  try {
    return base === undefined ? new URL(input) : new URL(input, base);
  } catch {
    return null;
  }
}

/**
 * Returns a normalized absolute URL string when `input` is a link we allow, else `null`.
 *
 * - Trims whitespace and control characters at the ends, removes tabs and newlines inside
 *   (as browsers do, which is what makes `java\tscript:` dangerous), refuses any other
 *   control or invisible character inside.
 * - The scheme (any case) must be in `schemes`; `javascript:`, `vbscript:`, `data:`, `file:`...
 *   are refused unless explicitly listed.
 * - Protocol-relative `//host` is always refused.
 * - Relative URLs are allowed only with `base` and resolved against it; the result's scheme is
 *   checked again.
 */
export function safeUrl(input: unknown, options: SafeUrlOptions = {}): string | null {
  if (typeof input !== 'string' || input.length > MAX_URL_LENGTH) return null;
  const allowed = normalizeSchemes(options.schemes ?? DEFAULT_URL_SCHEMES);
  const cleaned = input.replace(EDGE_JUNK, '').replace(TAB_NEWLINE, '');
  if (!cleaned || INNER_CONTROL.test(cleaned)) return null;

  let url: URL | null;
  const scheme = SCHEME.exec(cleaned);
  if (scheme) {
    if (!allowed.has(`${scheme[1].toLowerCase()}:`)) return null;
    url = parse(cleaned);
  } else {
    if (PROTOCOL_RELATIVE.test(cleaned) || options.base === undefined) return null;
    const base = parse(String(options.base));
    if (!base) return null;
    url = parse(cleaned, base);
  }
  if (!url || !allowed.has(url.protocol)) return null;
  if ((url.protocol === 'http:' || url.protocol === 'https:') && !url.hostname) return null;
  if (url.href === url.protocol) return null; // `mailto:` / `tel:` with nothing after

  return url.href;
}

/**
 * A `tel:` href from a human-written phone number: keeps digits, a leading `+`, and the dial
 * characters `,` (pause), `*` and `#` (percent-encoded as `%23`, since `#` would start a
 * fragment). Returns `null` when no digit remains, or when the input has letters: a vanity
 * number such as `1-800-662-HELP` must not silently become a wrong (shorter) number.
 * Fullwidth digits are folded to ASCII first.
 */
export function telHref(phone: unknown): string | null {
  if (typeof phone !== 'string' && typeof phone !== 'number') return null;
  const text = String(phone).normalize('NFKC').trim();
  if (/\p{L}/u.test(text)) return null;
  let out = '';
  let digits = false;
  for (const ch of text) {
    if (ch >= '0' && ch <= '9') {
      out += ch;
      digits = true;
    }
    else if (ch === '+' && out === '') out = '+';
    else if (ch === ',' || ch === '*') out += ch;
    else if (ch === '#') out += '%23';
  }
  return digits ? `tel:${out}` : null;
}
