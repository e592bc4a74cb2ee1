import { css } from 'lit';
import { shared, tokens } from '../../base/theme.js';

// Written compact on purpose: Lit's css`` text is not minified by the build, and the element's
// up-front budget is 5 kB gzip. One rule per line; `--_acc`, `--_line`, `--_pad`, `--_dur`
// are the internal forms of the --rk-faq-* tokens documented on the class.
export const styles = [
  tokens,
  shared,
  css`
:host{display:block;--_acc:var(--rk-faq-accent,var(--_primary));--_line:var(--rk-faq-border,var(--_border));--_pad:var(--rk-faq-padding,var(--_s3) var(--_s4));--_dur:var(--rk-faq-duration,0.25s)}
[hidden]:not(.panel){display:none !important}
.list{border:1px solid var(--_line);border-radius:var(--rk-faq-radius,var(--_radius));background:var(--rk-faq-surface,var(--_surface));overflow:hidden}
.item + .item{border-top:1px solid var(--_line)}
.heading{margin:0;font-size:var(--rk-faq-question-size,1.05em);line-height:1.35}
.trigger{display:flex;align-items:center;justify-content:space-between;gap:var(--_s3);width:100%;min-height:44px;margin:0;padding:var(--_pad);border:0;background:none;color:inherit;font:inherit;text-align:start;cursor:pointer}
.trigger:hover,.trigger[aria-expanded='true']{background:var(--rk-faq-hover,var(--_surface-alt))}
.trigger:focus-visible{outline:3px solid var(--_focus);outline-offset:-3px}
.icon{flex:none;width:0.55em;height:0.55em;margin:0 0.2em 0.25em;border:solid var(--_acc);border-width:0 2px 2px 0;transform:rotate(45deg);transition:transform var(--_dur)}
[aria-expanded='true'] .icon{transform:translateY(0.3em) rotate(-135deg)}
.panel{display:grid;grid-template-rows:1fr;transition:grid-template-rows var(--_dur) ease,visibility var(--_dur),content-visibility var(--_dur) allow-discrete}
.panel[hidden]{grid-template-rows:0fr}
.panel[hidden]:not([hidden='until-found' i]){visibility:hidden}
.inner{min-height:0;overflow:hidden}
.body{padding:var(--_pad);padding-top:0}
.body>:first-child,::slotted(*){margin-top:0}
.body>:last-child,::slotted(:last-child){margin-bottom:0}
a{color:var(--_primary)}
.note,.empty{color:var(--_muted)}
@media (forced-colors:active){.icon{border-color:CanvasText}}
@media print{.panel{transition:none}
.panel[hidden]{grid-template-rows:1fr;visibility:visible;content-visibility:visible !important}
.icon{display:none}}
`,
];
