import { css } from 'lit';
import { base, tokens } from '../../base/tokens.js';
import { buttons } from '../../base/buttons.js';

// `.emergency .inline-link`: the 911 link is a line of its own, not a link in running text, so it
// gets a full 44px tap target.
export const styles = [
  tokens,
  base,
  buttons,
  css`
    :host {
      display: block;
      --_accent: var(--rk-crisis-accent, var(--_primary));
    }
    :host([variant='inline']) {
      display: inline;
    }
    .card {
      border: 1px solid var(--_border);
      border-top: 4px solid var(--_accent);
      border-radius: var(--_radius);
      background: var(--_surface);
      padding: var(--_s3) var(--_s4);
    }
    .banner {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_s2) var(--_s3);
      padding: var(--_s2) var(--_s3);
      background: var(--_surface-alt);
      border-left: 4px solid var(--_accent);
      border-radius: var(--_radius);
    }
    .heading {
      margin: 0 0 var(--_s1);
      font-size: 1.25em;
      line-height: 1.3;
    }
    .intro,
    .what,
    .note {
      margin: 0 0 var(--_s2);
      color: var(--_muted);
    }
    .services {
      list-style: none;
      margin: var(--_s3) 0 0;
      padding: 0;
      display: grid;
      gap: var(--_s3);
    }
    .service-name {
      margin: 0;
      font-weight: 700;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_s2);
      margin: var(--_s2) 0;
    }
    .emergency {
      margin: var(--_s3) 0 0;
      font-weight: 600;
    }
    .banner .emergency,
    .banner .lead {
      margin: 0;
      font-weight: 700;
    }
    a.inline-link {
      color: var(--_primary);
      font-weight: 600;
    }
    .emergency .inline-link {
      display: inline-flex;
      align-items: center;
      min-height: 44px;
    }
    ::slotted(*) {
      margin-top: var(--_s3);
    }
    @media print {
      .card,
      .banner {
        border-color: #000;
      }
    }
  `,
];
