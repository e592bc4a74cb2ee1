import { css } from 'lit';

/**
 * Loaded with the map chunk and adopted into the element's shadow root as a constructable
 * stylesheet: the part of Leaflet 1.9.4's leaflet.css this element needs (panes, tiles,
 * markers, controls, attribution, popups), hand-copied so no CSS is fetched and nothing is
 * injected from strings (strict CSP), plus the markers and popups. Leaflet's own positioning
 * goes through element.style (CSSOM), which CSP allows. Pins are drawn at 24px and clusters at
 * 36px; `.rk-pin::before` widens their tap target to 44px.
 */
export const mapStyles = css`
  .leaflet-pane,
  .leaflet-tile,
  .leaflet-marker-icon,
  .leaflet-tile-container,
  .leaflet-pane > svg,
  .leaflet-pane > canvas,
  .leaflet-zoom-box,
  .leaflet-layer {
    position: absolute;
    left: 0;
    top: 0;
  }
  .leaflet-container {
    overflow: hidden;
    -webkit-tap-highlight-color: transparent;
    font: inherit;
  }
  .leaflet-tile,
  .leaflet-marker-icon {
    user-select: none;
    -webkit-user-drag: none;
  }
  .leaflet-marker-icon {
    display: block;
  }
  .leaflet-container .leaflet-tile-pane img,
  .leaflet-container .leaflet-tile {
    max-width: none !important;
    max-height: none !important;
    width: auto;
    padding: 0;
  }
  .leaflet-container img.leaflet-tile {
    mix-blend-mode: plus-lighter;
  }
  .leaflet-container.leaflet-touch-zoom {
    touch-action: pan-x pan-y;
  }
  .leaflet-container.leaflet-touch-drag {
    touch-action: pinch-zoom;
  }
  .leaflet-container.leaflet-touch-drag.leaflet-touch-zoom {
    touch-action: none;
  }
  .leaflet-tile {
    filter: inherit;
    visibility: hidden;
  }
  .leaflet-tile-loaded {
    visibility: inherit;
  }
  .leaflet-zoom-box {
    width: 0;
    height: 0;
    z-index: 800;
    border: 2px dotted var(--_primary);
  }
  .leaflet-pane {
    z-index: 400;
  }
  .leaflet-tile-pane {
    z-index: 200;
  }
  .leaflet-overlay-pane {
    z-index: 400;
  }
  .leaflet-shadow-pane {
    z-index: 500;
  }
  .leaflet-marker-pane {
    z-index: 600;
  }
  .leaflet-tooltip-pane {
    z-index: 650;
  }
  .leaflet-popup-pane {
    z-index: 700;
  }
  .leaflet-control {
    position: relative;
    z-index: 800;
    pointer-events: auto;
    float: left;
    clear: both;
  }
  .leaflet-top,
  .leaflet-bottom {
    position: absolute;
    z-index: 1000;
    pointer-events: none;
  }
  .leaflet-top {
    top: 0;
  }
  .leaflet-right {
    right: 0;
  }
  .leaflet-bottom {
    bottom: 0;
  }
  .leaflet-left {
    left: 0;
  }
  .leaflet-right .leaflet-control {
    float: right;
  }
  .leaflet-top .leaflet-control {
    margin-top: 10px;
  }
  .leaflet-left .leaflet-control {
    margin-left: 10px;
  }
  .leaflet-fade-anim .leaflet-popup {
    opacity: 0;
    transition: opacity 0.2s linear;
  }
  .leaflet-fade-anim .leaflet-map-pane .leaflet-popup {
    opacity: 1;
  }
  .leaflet-zoom-animated {
    transform-origin: 0 0;
  }
  .leaflet-zoom-anim .leaflet-zoom-animated {
    transition: transform 0.25s cubic-bezier(0, 0, 0.25, 1);
  }
  .leaflet-zoom-anim .leaflet-tile,
  .leaflet-pan-anim .leaflet-tile {
    transition: none;
  }
  .leaflet-zoom-anim .leaflet-zoom-hide {
    visibility: hidden;
  }
  .leaflet-interactive {
    cursor: pointer;
  }
  .leaflet-grab {
    cursor: grab;
  }
  .leaflet-popup-pane,
  .leaflet-control {
    cursor: auto;
  }
  .leaflet-dragging .leaflet-grab,
  .leaflet-dragging .leaflet-grab .leaflet-interactive {
    cursor: grabbing;
  }
  .leaflet-marker-icon,
  .leaflet-tile-container {
    pointer-events: none;
  }
  .leaflet-marker-icon.leaflet-interactive {
    pointer-events: auto;
  }
  .leaflet-bar {
    border: 2px solid rgb(0 0 0 / 0.2);
    border-radius: 4px;
    background-clip: padding-box;
  }
  .leaflet-bar a {
    display: block;
    width: 44px;
    height: 44px;
    line-height: 44px;
    text-align: center;
    text-decoration: none;
    background: #fff;
    color: #000;
    border-bottom: 1px solid #ccc;
    font: bold 22px/44px system-ui, sans-serif;
  }
  .leaflet-bar a:last-child {
    border-bottom: none;
  }
  .leaflet-bar a:hover,
  .leaflet-bar a:focus-visible {
    background: #f4f4f4;
  }
  .leaflet-bar a.leaflet-disabled {
    cursor: default;
    background: #f4f4f4;
    color: #6b6b6b;
  }
  .leaflet-container .leaflet-control-attribution {
    margin: 0;
    padding: 0 5px;
    background: rgb(255 255 255 / 0.9);
    color: #222;
    font-size: 0.75rem;
    line-height: 1.4;
  }
  .leaflet-control-attribution a {
    color: #0b4f86;
  }
  .leaflet-popup {
    position: absolute;
    text-align: center;
    margin-bottom: 20px;
  }
  .leaflet-popup-content-wrapper {
    padding: 1px;
    text-align: start;
    border-radius: var(--_radius);
  }
  .leaflet-popup-content {
    margin: var(--_s3) 44px var(--_s3) var(--_s3);
    line-height: 1.35;
    min-height: 1px;
  }
  .leaflet-popup-tip-container {
    width: 40px;
    height: 20px;
    position: absolute;
    left: 50%;
    margin-top: -1px;
    margin-left: -20px;
    overflow: hidden;
    pointer-events: none;
  }
  .leaflet-popup-tip {
    width: 17px;
    height: 17px;
    padding: 1px;
    margin: -10px auto 0;
    pointer-events: auto;
    transform: rotate(45deg);
  }
  .leaflet-popup-content-wrapper,
  .leaflet-popup-tip {
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 3px 14px rgb(0 0 0 / 0.4);
  }
  .leaflet-container a.leaflet-popup-close-button {
    position: absolute;
    top: 0;
    right: 0;
    width: 44px;
    height: 44px;
    font: 22px/44px system-ui, sans-serif;
    text-align: center;
    text-decoration: none;
    color: var(--_muted);
  }
  .leaflet-popup-scrolled {
    overflow: auto;
  }
  .marker {
    display: flex;
    align-items: center;
    justify-content: center;
    width: 100%;
    height: 100%;
    border-radius: 50%;
    border: 3px solid #fff;
    background: var(--_marker);
    color: #fff;
    font-weight: 700;
    font-size: 0.8rem;
    box-shadow: 0 1px 4px rgb(0 0 0 / 0.5);
  }
  .rk-pin::before {
    content: '';
    position: absolute;
    inset: -10px;
    border-radius: 50%;
  }
  .rk-pin.cluster::before {
    inset: -4px;
  }
  .leaflet-marker-icon:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    border-radius: 50%;
  }
  .cluster .marker {
    background: #fff;
    color: #0b3a66;
    border-color: var(--_marker);
  }
  .selected .marker {
    background: var(--_selected);
    border-color: #fff;
    box-shadow:
      0 0 0 3px var(--_selected),
      0 1px 6px rgb(0 0 0 / 0.6);
  }
  .popup {
    display: grid;
    gap: var(--_s1);
    max-height: 16rem;
    overflow: auto;
  }
  .popup p {
    margin: 0;
  }
  .popup ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_s2);
  }
  .popup .when,
  .popup .where {
    color: var(--_muted);
  }
  .popup .rk-button {
    justify-self: start;
  }
  @media (forced-colors: active) {
    .marker {
      forced-color-adjust: none;
      border-color: CanvasText;
    }
  }
`;
