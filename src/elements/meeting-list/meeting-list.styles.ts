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
    .count {
      margin: 0 0 var(--_s2);
      font-weight: 600;
    }
    .notice {
      margin: 0 0 var(--_s2);
      color: var(--_muted);
    }
    .day {
      margin: var(--_s3) 0 var(--_s2);
      font-size: 1.1em;
      border-bottom: 1px solid var(--_border);
    }
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: var(--_s2);
    }
    .row {
      position: relative;
      display: grid;
      grid-template-columns: minmax(6rem, auto) 1fr;
      gap: var(--_s1) var(--_s3);
      padding: var(--_s2) var(--_s3);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      /* Rows off screen skip style and layout (they stay in the accessibility tree and find-in-page). */
      content-visibility: auto;
      contain-intrinsic-size: auto 4.5rem;
    }
    .row:hover {
      background: var(--_surface-alt);
    }
    .row.live {
      border-left: 4px solid var(--_success);
    }
    .row.soon {
      border-left: 4px solid var(--_warning);
    }
    .when {
      font-weight: 700;
      font-variant-numeric: tabular-nums;
    }
    .own {
      display: block;
      font-weight: 400;
      color: var(--_muted);
      font-size: 0.875em;
    }
    .open {
      all: unset;
      display: inline-block;
      min-height: 44px;
      line-height: 44px;
      font-weight: 700;
      color: var(--_primary);
      text-decoration: underline;
      cursor: pointer;
      line-height: 1.4;
      padding: var(--_s2) 0;
    }
    .open::after {
      content: '';
      position: absolute;
      inset: 0;
    }
    .open:focus-visible {
      outline: none;
    }
    .row:focus-within {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_s1) var(--_s2);
      align-items: center;
      color: var(--_muted);
    }
    .more {
      margin-top: var(--_s3);
    }
    .empty {
      padding: var(--_s3);
      border: 1px dashed var(--_border);
      border-radius: var(--_radius);
    }
    .skeleton {
      display: grid;
      gap: var(--_s2);
      width: 100%;
    }
    .skeleton span {
      display: block;
      height: 3.5rem;
      border-radius: var(--_radius);
      background: var(--_surface-alt);
    }
    @media (max-width: 30rem) {
      .row {
        grid-template-columns: 1fr;
      }
    }
    @media (forced-colors: active) {
      .row {
        border: 1px solid CanvasText;
      }
      .open {
        color: LinkText;
      }
    }
    @media print {
      .row {
        content-visibility: visible;
        break-inside: avoid;
        border: none;
        border-bottom: 1px solid #000;
        border-radius: 0;
      }
      .open {
        color: #000;
        text-decoration: none;
      }
    }
  `,
];
