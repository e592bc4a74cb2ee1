import { RkMeetingFilters } from './meeting-filters.js';

RkMeetingFilters.define('rk-meeting-filters');

declare global {
  interface HTMLElementTagNameMap {
    'rk-meeting-filters': RkMeetingFilters;
  }
}
export { RkMeetingFilters };
