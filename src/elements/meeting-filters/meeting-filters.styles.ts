import { css } from 'lit';
import { shared, tokens } from '../../base/theme.js';

export const styles = [
  tokens,
  shared,
  css`
    :host {
      display: block;
    }
    .filters,
    .all {
      display: grid;
      gap: var(--rk-meeting-filters-gap, var(--_s3));
    }
    .toggle {
      justify-self: start;
    }
    :host(:not([compact])) .toggle,
    :host([compact]) .all:not(.open) {
      display: none;
    }
    fieldset {
      margin: 0;
      padding: var(--_s2) var(--_s3) var(--_s3);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      display: flex;
      flex-wrap: wrap;
      gap: var(--_s1) var(--_s2);
      align-items: center;
    }
    legend {
      font-weight: 700;
      padding: 0 var(--_s1);
    }
    .option {
      display: inline-flex;
      align-items: center;
      gap: var(--_s2);
      min-height: 44px;
      padding: 0 var(--_s2);
      border: 1px solid var(--_border);
      border-radius: 999px;
      background: var(--_surface);
      cursor: pointer;
    }
    .option:has(input:checked) {
      border-color: var(--_primary);
      background: var(--_surface-alt);
      font-weight: 600;
    }
    .option input {
      width: 1.1em;
      height: 1.1em;
      margin: 0;
      accent-color: var(--_primary);
    }
    .option:focus-within {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }
    .option input:focus-visible {
      outline: none;
    }
    .count {
      color: var(--_muted);
      font-weight: 400;
    }
    details.more {
      flex-basis: 100%;
    }
    details.more summary {
      min-height: 44px;
      display: flex;
      align-items: center;
      cursor: pointer;
      color: var(--_primary);
      font-weight: 600;
    }
    details.more[open] {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_s1) var(--_s2);
    }
    details.more[open] summary {
      flex-basis: 100%;
    }
    .field {
      display: grid;
      gap: var(--_s1);
    }
    label {
      font-weight: 600;
    }
    .option {
      font-weight: 400;
    }
    select,
    input[type='text'] {
      min-height: 44px;
      padding: var(--_s1) var(--_s2);
      font: inherit;
      color: var(--_text);
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      max-width: 100%;
    }
    .address {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      gap: var(--_s2);
      flex-basis: 100%;
    }
    .address label {
      flex-basis: 100%;
    }
    .address input {
      flex: 1 1 12rem;
    }
    .row {
      display: flex;
      gap: var(--_s3);
      flex-basis: 100%;
    }
    .geo {
      margin: 0;
      flex-basis: 100%;
      color: var(--_muted);
    }
    .geo:empty {
      display: none;
    }
    .chips {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_s2);
      align-items: center;
    }
    .chip {
      min-height: 44px;
      padding: 0 var(--_s3);
      border: 1px solid var(--_primary);
      border-radius: 999px;
      background: var(--_surface-alt);
      color: var(--_text);
      font: inherit;
      cursor: pointer;
    }
    @media (forced-colors: active) {
      .option,
      .chip,
      fieldset {
        border: 1px solid CanvasText;
      }
    }
    @media print {
      :host {
        display: none;
      }
    }
  `,
];
