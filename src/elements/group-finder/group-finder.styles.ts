import { css } from 'lit';
import { shared, tokens } from '../../base/theme.js';

export const styles = [
  tokens,
  shared,
  css`
    :host {
      display: block;
      container-type: inline-size;
    }
    .layout {
      display: grid;
      gap: var(--rk-group-finder-gap, var(--_s4));
    }
    .controls {
      display: grid;
      gap: var(--_s3);
      align-content: start;
    }
    .results {
      display: grid;
      gap: var(--_s3);
      align-content: start;
      min-width: 0;
    }
    @container (min-width: 48rem) {
      .layout:not(.open) {
        grid-template-columns: minmax(15rem, var(--rk-group-finder-sidebar, 20rem)) 1fr;
      }
    }
    .views {
      display: flex;
      gap: var(--_s2);
    }
    .views .rk-button[aria-pressed='true'] {
      background: var(--_primary);
      color: var(--_on-primary);
    }
    .failed {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_s2);
    }
    .failed p {
      flex-basis: 100%;
      margin: 0;
    }
    [hidden] {
      display: none !important;
    }
    /* The map view hides the list on screen only: it prints the list. */
    @media not print {
      rk-meeting-list.map {
        display: none;
      }
    }
    @media print {
      .controls,
      .views,
      rk-meeting-map,
      .failed {
        display: none !important;
      }
      .layout {
        display: block;
      }
    }
  `,
];
