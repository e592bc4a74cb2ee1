import { css } from 'lit';
import { shared, tokens } from '../../base/theme.js';

export const styles = [
  tokens,
  shared,
  css`
    :host {
      display: block;
    }
    label {
      display: block;
      font-weight: 600;
      margin-bottom: var(--_s1);
    }
    input {
      width: 100%;
      min-height: 44px;
      padding: var(--_s2) var(--_s3);
      font: inherit;
      color: var(--_text);
      background: var(--_surface);
      border: 1px solid var(--rk-meeting-search-border, var(--_border));
      border-radius: var(--_radius);
    }
    @media print {
      :host {
        display: none;
      }
    }
  `,
];
