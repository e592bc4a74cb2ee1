import { css } from 'lit';

/**
 * `.rk-button` (44px targets) and `.rk-button.primary`. A module of its own (no imports) so a
 * part loaded on demand can bring the buttons without pulling shared code out of the element's
 * main file. Part of `shared` in theme.ts.
 */
export const buttons = /* @__PURE__ */ (() => css`
.rk-button{display:inline-flex;align-items:center;justify-content:center;gap:var(--_s2);min-height:44px;min-width:44px;padding:var(--_s2) var(--_s3);border:1px solid var(--_primary);border-radius:var(--_radius);background:var(--_surface);color:var(--_primary);font:inherit;font-weight:600;text-decoration:none;cursor:pointer}
.rk-button:hover{background:var(--_surface-alt)}
.rk-button.primary{background:var(--_primary);color:var(--_on-primary)}
@media (forced-colors:active){.rk-button{border:1px solid ButtonText}.rk-button.primary{background:ButtonText;color:ButtonFace;forced-color-adjust:none}}
`)();
