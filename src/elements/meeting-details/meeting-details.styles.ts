import { css } from 'lit';
import { shared, tokens } from '../../base/theme.js';
import { partStyles } from '../meeting-provider/view.js';

export const styles = [
  tokens,
  shared,
  partStyles,
  css`
    :host {
      display: block;
    }
    article {
      padding: var(--_s3);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .heading {
      margin: var(--_s3) 0 var(--_s1);
      font-size: 1.4em;
      font-weight: 700;
      line-height: 1.3;
    }
    .heading:focus {
      outline: none;
    }
    .heading:focus-visible {
      outline: 3px solid var(--_focus);
    }
    .h3 {
      font-weight: 700;
      margin: var(--_s3) 0 var(--_s1);
      font-size: 1.05em;
    }
    p {
      margin: 0 0 var(--_s2);
    }
    .muted {
      color: var(--_muted);
    }
    .notice {
      padding: var(--_s2) var(--_s3);
      border: 1px solid var(--_danger);
      border-left-width: 4px;
      border-radius: var(--_radius);
      font-weight: 600;
    }
    .pre {
      white-space: pre-line;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_s2);
      margin: var(--_s2) 0;
    }
    ul.types {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_s1);
      list-style: none;
      padding: 0;
      margin: 0;
    }
    a:not(.rk-button) {
      color: var(--_primary);
    }
    @media print {
      article {
        border: none;
      }
    }
  `,
];
