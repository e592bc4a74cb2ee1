import { css } from 'lit';
import { shared, tokens } from '../../base/theme.js';

/** Styles that load with the element: the summary, the frame, the placeholder. Leaflet's and the markers' styles load with the map (map-view.styles.ts). */
export const styles = [
  tokens,
  shared,
  css`
    :host {
      display: block;
      --_marker: var(--rk-meeting-map-marker, var(--_primary));
      --_selected: var(--rk-meeting-map-selected, var(--_danger));
    }
    .summary {
      margin: 0 0 var(--_s2);
      color: var(--_muted);
    }
    .frame {
      position: relative;
    }
    .map,
    .placeholder {
      height: var(--rk-meeting-map-height, 24rem);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface-alt);
    }
    .map:focus-visible {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }
    .placeholder {
      display: flex;
      flex-direction: column;
      align-items: center;
      justify-content: center;
      gap: var(--_s2);
      padding: var(--_s3);
      text-align: center;
    }
    .placeholder p {
      margin: 0;
      color: var(--_muted);
    }
    .overlay {
      position: absolute;
      inset: 0;
      display: flex;
      align-items: center;
      justify-content: center;
      z-index: 1100;
      pointer-events: none;
    }
    .overlay .rk-status {
      background: var(--_surface);
      border-radius: var(--_radius);
    }
    .rk-error {
      margin-top: var(--_s2);
    }
    @media print {
      .frame {
        display: none;
      }
    }
  `,
];
