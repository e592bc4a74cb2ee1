import { css } from 'lit';
import { base, tokens } from '../../base/tokens.js';

// Compact on purpose (it ships as written). The date form's rules are in form.ts.
export const styles = [
  tokens,
  base,
  css`
:host{display:block;--_accent:var(--rk-counter-accent,var(--_primary));--_size:var(--rk-counter-number-size,3rem);text-align:var(--rk-counter-align,start)}
:host([variant=compact]){display:inline-block;--_size:var(--rk-counter-number-size,1.5rem)}
:host([variant=hero]){--_size:var(--rk-counter-number-size,5rem);text-align:var(--rk-counter-align,center)}
p{margin:0 0 var(--_s2)}
.base{border:1px solid var(--_border);border-top:4px solid var(--_accent);border-radius:var(--_radius);background:var(--rk-counter-surface,var(--_surface));padding:var(--_s3) var(--_s4)}
:host([variant=hero]) .base{border-width:0;padding:var(--_s4);background:var(--rk-counter-surface,var(--_surface-alt))}
:host([variant=compact]) .base{display:inline-flex;flex-wrap:wrap;align-items:baseline;gap:0 var(--_s2);border:0;padding:0;background:none}
:host([variant=compact]) p{margin:0}
:host([variant=compact]) :is(.milestone,.savings,.hours,.future+.muted){display:none}
:host([variant=compact]) .breakdown{font-size:inherit;font-weight:400;color:var(--_muted)}
.label{font-weight:600;color:var(--_muted)}
.count{line-height:1.1}
.number{font-size:var(--_size);font-weight:var(--rk-counter-number-weight,800);font-variant-numeric:tabular-nums;color:var(--_accent)}
.unit{font-size:max(1em,calc(var(--_size)/2.5));font-weight:600}
.breakdown,.future{font-size:1.125em;font-weight:600}
.muted,.note{color:var(--_muted)}
.note{font-size:.875em}
.today{display:inline-block;padding:var(--_s1) var(--_s2);border-radius:var(--_radius);background:var(--_accent);color:var(--_on-primary);font-weight:700;animation:rk-pop .4s ease-out}
@keyframes rk-pop{from{transform:scale(.9);opacity:0}}
.savings{list-style:none;margin:0 0 var(--_s2);padding:0}
.error{color:var(--_danger);font-weight:600}
@media (prefers-reduced-motion:reduce){.today{animation:none}}
@media (forced-colors:active){.base{border-color:CanvasText}.number,.error{color:CanvasText}.today{border:1px solid CanvasText}}
`,
];
