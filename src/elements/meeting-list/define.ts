import { RkMeetingList } from './meeting-list.js';

RkMeetingList.define('rk-meeting-list');

declare global {
  interface HTMLElementTagNameMap {
    'rk-meeting-list': RkMeetingList;
  }
}
export { RkMeetingList };
