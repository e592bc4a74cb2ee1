import { RkMeetingDetails } from './meeting-details.js';

RkMeetingDetails.define('rk-meeting-details');

declare global {
  interface HTMLElementTagNameMap {
    'rk-meeting-details': RkMeetingDetails;
  }
}
export { RkMeetingDetails };
