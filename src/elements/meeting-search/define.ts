import { RkMeetingSearch } from './meeting-search.js';

RkMeetingSearch.define('rk-meeting-search');

declare global {
  interface HTMLElementTagNameMap {
    'rk-meeting-search': RkMeetingSearch;
  }
}
export { RkMeetingSearch };
