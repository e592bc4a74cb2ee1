import { css } from 'lit';
import { base, tokens } from '../../base/tokens.js';

// Written compact on purpose: Lit's css`` text is not minified by the build, and the element's
// up-front budget is 5 kB gzip. One rule per line; `--_acc`, `--_line`, `--_pad`, `--_dur`
// are the internal forms of the --rk-faq-* tokens documented on the class. The buttons, the
// load status and the controls' own styles are adopted by the parts that render them
// (search.ts, data.ts, l10n.ts), which load on demand. Panels animate their row height; a closed panel is
// `hidden="until-found"` (content-visibility: hidden, still findable) or `hidden` where that
// is not supported; print opens every panel.
export const styles = [
  tokens,
  base,
  css`
:host{display:block;--_acc:var(--rk-faq-accent,var(--_primary));--_line:var(--rk-faq-border,var(--_border));--_pad:var(--rk-faq-padding,var(--_s3) var(--_s4));--_dur:var(--rk-faq-duration,.25s)}
.list{border:1px solid var(--_line);border-radius:var(--rk-faq-radius,var(--_radius));background:var(--rk-faq-surface,var(--_surface));overflow:hidden}
.item+.item{border-top:1px solid var(--_line)}
.heading{margin:0;font-size:var(--rk-faq-question-size,1.05em);line-height:1.35}
.trigger{display:flex;align-items:center;justify-content:space-between;gap:var(--_s3);width:100%;min-height:44px;margin:0;padding:var(--_pad);border:0;background:none;color:inherit;font:inherit;text-align:start;cursor:pointer}
.trigger:hover,[aria-expanded=true]{background:var(--rk-faq-hover,var(--_surface-alt))}
.trigger:focus-visible{outline-offset:-3px}
.icon{flex:none;width:.55em;height:.55em;margin:0 .2em .25em;border:solid var(--_acc);border-width:0 2px 2px 0;transform:rotate(45deg);transition:transform var(--_dur)}
[aria-expanded=true] .icon{transform:translateY(.3em) rotate(-135deg)}
.panel{display:grid;grid-template-rows:1fr;transition:grid-template-rows var(--_dur),visibility var(--_dur),content-visibility var(--_dur) allow-discrete}
.panel[hidden]{grid-template-rows:0fr}
.panel[hidden=""]{visibility:hidden}
.inner{min-height:0;overflow:hidden}
.body{padding:var(--_pad);padding-top:0}
.body>:first-child,::slotted(*){margin-top:0}
.body>:last-child,::slotted(:last-child){margin-bottom:0}
@media (forced-colors:active){.icon{border-color:CanvasText}}
@media print{.panel[hidden]{grid-template-rows:1fr;visibility:visible;content-visibility:visible!important}
.panel{transition:none}
.icon{display:none}}
`,
];
