import { RkMeetingMap } from './meeting-map.js';

RkMeetingMap.define('rk-meeting-map');

declare global {
  interface HTMLElementTagNameMap {
    'rk-meeting-map': RkMeetingMap;
  }
}
export { RkMeetingMap };
