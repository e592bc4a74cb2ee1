import { RkCrisisHelp } from './crisis-help.js';

RkCrisisHelp.define('rk-crisis-help');

declare global {
  interface HTMLElementTagNameMap {
    'rk-crisis-help': RkCrisisHelp;
  }
}
export { RkCrisisHelp };
