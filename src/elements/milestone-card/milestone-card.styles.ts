import { css } from 'lit';
import { base, tokens } from '../../base/tokens.js';
import { buttons } from '../../base/buttons.js';
import { status } from '../../base/status-styles.js';

// Compact on purpose (it ships as written). The tag's transform-only animation keeps the text
// at full contrast in every frame.
export const styles = [
  tokens,
  base,
  buttons,
  status,
  css`
:host{display:block;--_tag-h:var(--rk-milestone-tag-size,6rem);--_glow:var(--rk-milestone-glow,#9cff57);--_ring:2px solid color-mix(in srgb,var(--_text) 25%,transparent)}
.card{display:flex;flex-wrap:wrap;align-items:flex-start;gap:var(--_s3) var(--_s4);padding:var(--_s3) var(--_s4);border:1px solid var(--rk-milestone-border,var(--_border));border-radius:var(--rk-milestone-radius,var(--_radius));background:var(--rk-milestone-surface,var(--_surface));height:100%}
.body{flex:1 1 12rem;min-width:0;overflow-wrap:anywhere}
.body>*{margin:0 0 var(--_s2)}
.name{font-weight:600}
.heading{font-size:1.5em;font-weight:800;line-height:1.2}
.muted,.warning{color:var(--_muted)}
.warning{border-left:4px solid var(--_warning);padding-left:var(--_s2)}
.tag{position:relative;flex:none;display:grid;place-items:center;width:calc(var(--_tag-h)*.7);height:var(--_tag-h);padding:2px;border:var(--_ring);border-radius:calc(var(--_tag-h)*.18);background:var(--_tag,#eef2f7);color:var(--_tag-text,#1d232b);font-weight:800;font-size:calc(var(--_tag-h)*.15);line-height:1.1;text-align:center;overflow-wrap:anywhere}
.long{font-size:calc(var(--_tag-h)*.105)}
.keytag .tag{padding-top:calc(var(--_tag-h)*.28)}
.keytag .tag::before{content:'';position:absolute;top:calc(var(--_tag-h)*.08);width:calc(var(--_tag-h)*.14);aspect-ratio:1;border-radius:50%;background:var(--rk-milestone-surface,var(--_surface));border:var(--_ring)}
.chip .tag,.badge .tag{width:var(--_tag-h);border-radius:50%}
.chip .tag{box-shadow:inset 0 0 0 calc(var(--_tag-h)*.06) var(--_tag,#eef2f7),inset 0 0 0 calc(var(--_tag-h)*.08) var(--_tag-text,#1d232b)}
.glow .tag{box-shadow:0 0 .6rem .15rem var(--_glow)}
.celebrate .tag{animation:rk-ms-pop var(--rk-milestone-animation-duration,900ms) cubic-bezier(.2,.8,.3,1.2) 1}
.celebrate.glow .tag{animation-name:rk-ms-pop,rk-ms-glow}
@keyframes rk-ms-pop{0%{transform:scale(.6) rotate(-12deg)}60%{transform:scale(1.12) rotate(4deg)}to{transform:none}}
@keyframes rk-ms-glow{50%{box-shadow:0 0 1.6rem .5rem var(--_glow)}}
@media (prefers-reduced-motion:reduce){.celebrate .tag{animation:none!important}}
@media (forced-colors:active){.tag{forced-color-adjust:none;border-color:CanvasText}.card{border-color:CanvasText}}
@media print{[part=share]{display:none}.tag{print-color-adjust:exact}}
`,
];
