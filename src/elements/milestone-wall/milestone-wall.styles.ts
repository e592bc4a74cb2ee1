import { css } from 'lit';
import { shared, tokens } from '../../base/theme.js';

export const styles = [
  tokens,
  shared,
  css`
    :host {
      display: block;
    }
    .group-heading {
      margin: var(--_s4) 0 var(--_s2);
      font-size: 1.25em;
    }
    .grid {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--rk-milestone-wall-min-column, 18rem)), 1fr));
      gap: var(--rk-milestone-wall-gap, var(--_s3));
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .grid > li > * {
      height: 100%;
    }
    .empty,
    .skipped {
      color: var(--_muted);
      margin: var(--_s3) 0;
    }
  `,
];
