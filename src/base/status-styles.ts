import { css } from 'lit';

// Compact on purpose, like tokens.ts; wrapped in a pure call so bundlers drop it where unused.

/** The loading status and the error box of `renderLoadStatus` (elements with a `src`). */
export const status = /* @__PURE__ */ (() => css`
.rk-status{display:flex;align-items:center;gap:var(--_s2);padding:var(--_s3);color:var(--_muted)}
.rk-spinner{width:1em;height:1em;border:2px solid var(--_border);border-top-color:var(--_primary);border-radius:50%;animation:rk-spin .8s linear infinite}
@keyframes rk-spin{to{transform:rotate(360deg)}}
.rk-error{display:flex;flex-wrap:wrap;align-items:center;gap:var(--_s2);padding:var(--_s3);border:1px solid var(--_danger);border-left-width:4px;border-radius:var(--_radius);background:var(--_surface);color:var(--_text)}
.rk-error-title{flex-basis:100%;color:var(--_danger)}
@media (forced-colors:active){.rk-error{border:1px solid ButtonText}}
`)();
