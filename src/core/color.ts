/**
 * Colour parsing and WCAG 2.x contrast. Pure: no DOM.
 *
 * Only `#rgb`, `#rrggbb` and a small safe list of CSS named colours are accepted, so a colour
 * from an untrusted endpoint can never smuggle anything else into a style.
 */

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/** The CSS named colours accepted from custom schemes (lower case), with their sRGB values. */
export const NAMED_COLORS: Readonly<Record<string, string>> = /* @__PURE__ */ Object.freeze({
  black: '#000000',
  white: '#ffffff',
  silver: '#c0c0c0',
  gray: '#808080',
  grey: '#808080',
  red: '#ff0000',
  maroon: '#800000',
  orange: '#ffa500',
  gold: '#ffd700',
  yellow: '#ffff00',
  olive: '#808000',
  lime: '#00ff00',
  green: '#008000',
  teal: '#008080',
  aqua: '#00ffff',
  cyan: '#00ffff',
  blue: '#0000ff',
  navy: '#000080',
  purple: '#800080',
  fuchsia: '#ff00ff',
  magenta: '#ff00ff',
  pink: '#ffc0cb',
  brown: '#a52a2a',
  indigo: '#4b0082',
  violet: '#ee82ee',
  turquoise: '#40e0d0',
  coral: '#ff7f50',
  crimson: '#dc143c',
  tan: '#d2b48c',
  beige: '#f5f5dc',
  ivory: '#fffff0',
});

const HEX_RE = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;

/**
 * Normalizes `#rgb`, `#rrggbb` or a listed CSS colour name to lower-case `#rrggbb`;
 * `null` for anything else (including non-strings).
 */
export function normalizeColor(input: unknown): string | null {
  if (typeof input !== 'string') return null;
  const s = input.trim().toLowerCase();
  if (Object.prototype.hasOwnProperty.call(NAMED_COLORS, s)) return NAMED_COLORS[s];
  const m = HEX_RE.exec(s);
  if (!m) return null;
  const h = m[1];
  return h.length === 3 ? `#${h[0]}${h[0]}${h[1]}${h[1]}${h[2]}${h[2]}` : `#${h}`;
}

/** Parses a colour accepted by {@link normalizeColor} into 0-255 channels; `null` otherwise. */
export function parseColor(input: unknown): Rgb | null {
  const hex = normalizeColor(input);
  return hex ? hexRgb(hex) : null;
}

/** Channels of a `#rrggbb` colour (no checks: for colours already normalized). */
export const hexRgb = (hex: string): Rgb => ({ r: parseInt(hex.slice(1, 3), 16), g: parseInt(hex.slice(3, 5), 16), b: parseInt(hex.slice(5, 7), 16) });

const channel = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

const luminance = ({ r, g, b }: Rgb) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);

/** WCAG relative luminance (0 = black, 1 = white). */
export function relativeLuminance(color: Rgb | string): number {
  const rgb = typeof color == 'string' ? parseColor(color) : color;
  if (!rgb) throw new TypeError(`not a colour: ${String(color)}`);
  return luminance(rgb);
}

/** WCAG contrast ratio between two colours, 1 to 21. */
export function contrastRatio(a: Rgb | string, b: Rgb | string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

const pick = (rgb: Rgb | null) => (!rgb || (luminance(rgb) + 0.05) ** 2 >= 0.0525 ? '#000000' : '#ffffff');

/**
 * Black or white text for a background, whichever contrasts more. For every sRGB colour the
 * better of the two reaches at least 4.58:1, so the result always meets WCAG AA (4.5:1).
 * An unparseable background is treated as white (black text).
 */
// Black contrasts more exactly when (L + 0.05) / 0.05 >= 1.05 / (L + 0.05), i.e. (L + 0.05)^2 >= 0.0525.
export function readableTextColor(background: Rgb | string): '#000000' | '#ffffff' {
  return pick(typeof background == 'string' ? parseColor(background) : background);
}

