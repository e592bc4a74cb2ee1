import { RkMeetingProvider } from './meeting-provider.js';

RkMeetingProvider.define('rk-meeting-provider');

declare global {
  interface HTMLElementTagNameMap {
    'rk-meeting-provider': RkMeetingProvider;
  }
}
export { RkMeetingProvider };
