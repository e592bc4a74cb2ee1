import { css } from 'lit';

// Written compactly on purpose: this CSS ships in every element (no CSS minifier runs on
// template literals). One rule per line; the comments here do not reach the bundle.

/**
 * The dark palette, shared by `theme="dark"` and `theme="auto"` on a dark device. The host takes
 * the dark surface too: a dark element on a light page (or `auto` on a light-only site at night)
 * would otherwise draw its light text straight on the page's light background.
 *
 * It reads its own tokens, `--rk-dark-color-*`, never the light ones: a site's brand colour or
 * cream surface set for its light pages (`--rk-color-primary: #5b2a86`) would be unreadable on
 * the dark surface (about 1.7:1), so in dark mode it stays out unless the site gives a dark value.
 */
const dark = css`--_primary:var(--rk-dark-color-primary,#8cc4ff);--_on-primary:var(--rk-dark-color-on-primary,#0b1a2b);--_surface:var(--rk-dark-color-surface,#161b22);--_surface-alt:var(--rk-dark-color-surface-alt,#21262d);--_text:var(--rk-dark-color-text,#e8edf2);--_muted:var(--rk-dark-color-text-muted,#b3bdc8);--_border:var(--rk-dark-color-border,#444c56);--_danger:var(--rk-dark-color-danger,#ffb4ab);--_success:var(--rk-dark-color-success,#8fd9a8);--_warning:var(--rk-dark-color-warning,#f5c26b);--_focus:var(--rk-dark-color-focus,#8cc4ff);color-scheme:dark;background:var(--_surface)`;

/**
 * Design tokens every element reads, each with a fallback, so an element looks right with no
 * host CSS and adapts when a site sets a few `--rk-*` properties.
 *
 * Global tokens: --rk-color-primary, --rk-color-on-primary, --rk-color-surface,
 * --rk-color-surface-alt, --rk-color-text, --rk-color-text-muted, --rk-color-border,
 * --rk-color-danger, --rk-color-success, --rk-color-warning, --rk-color-focus, --rk-radius,
 * --rk-space-1 ... --rk-space-4, --rk-font, --rk-font-size. The dark palette's colours are the
 * same names with `dark-`: --rk-dark-color-primary and so on.
 *
 * `theme="light"` (default), `"dark"`, `"auto"` (follows the device). Forced colours and
 * reduced motion are handled in {@link base} for everyone.
 *
 * This module holds what every element loads; `theme.ts` adds the buttons and the load
 * status, so an element whose buttons only appear in a part loaded on demand does not ship them.
 */
export const tokens = css`
:host{--_primary:var(--rk-color-primary,#1b5e9e);--_on-primary:var(--rk-color-on-primary,#fff);--_surface:var(--rk-color-surface,#fff);--_surface-alt:var(--rk-color-surface-alt,#f3f5f8);--_text:var(--rk-color-text,#1d232b);--_muted:var(--rk-color-text-muted,#4d5866);--_border:var(--rk-color-border,#c9d1db);--_danger:var(--rk-color-danger,#b3261e);--_success:var(--rk-color-success,#1e6b3a);--_warning:var(--rk-color-warning,#8a5300);--_focus:var(--rk-color-focus,#1b5e9e);--_radius:var(--rk-radius,.5rem);--_s1:var(--rk-space-1,.25rem);--_s2:var(--rk-space-2,.5rem);--_s3:var(--rk-space-3,1rem);--_s4:var(--rk-space-4,1.5rem);font-family:var(--rk-font,inherit);font-size:var(--rk-font-size,inherit);line-height:1.5;color:var(--_text);color-scheme:light}
:host([hidden]){display:none!important}
:host([data-theme=dark]){${dark}}
@media (prefers-color-scheme:dark){:host([data-theme=auto]){${dark}}}
`;

/** What every element needs: box sizing, the focus ring, `.visually-hidden`, reduced motion, forced colours. */
export const base = css`
*,::before,::after{box-sizing:border-box}
:focus-visible{outline:3px solid var(--_focus);outline-offset:2px}
.visually-hidden{position:absolute!important;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
@media (prefers-reduced-motion:reduce){*,::before,::after{animation-duration:.01ms!important;animation-iteration-count:1!important;transition-duration:.01ms!important;scroll-behavior:auto!important}}
@media (forced-colors:active){:focus-visible{outline-color:Highlight}}
`;
