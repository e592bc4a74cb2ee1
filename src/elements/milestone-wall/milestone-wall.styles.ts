import { css } from 'lit';
import { base, tokens } from '../../base/tokens.js';
import { status } from '../../base/status-styles.js';
import { buttons } from '../../base/buttons.js';

export const styles = [
  tokens,
  base,
  buttons,
  status,
  css`
:host{display:block}
.group-heading{margin:var(--_s4) 0 var(--_s2);font-size:1.25em}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,var(--rk-milestone-wall-min-column,18rem)),1fr));gap:var(--rk-milestone-wall-gap,var(--_s3));list-style:none;margin:0;padding:0}
.grid>li>*{height:100%}
.more{margin-top:var(--_s3)}
.empty,.skipped{color:var(--_muted);margin:var(--_s3) 0}
`,
];
