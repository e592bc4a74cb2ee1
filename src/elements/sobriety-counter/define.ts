import { RkSobrietyCounter } from './sobriety-counter.js';

RkSobrietyCounter.define('rk-sobriety-counter');

declare global {
  interface HTMLElementTagNameMap {
    'rk-sobriety-counter': RkSobrietyCounter;
  }
}
export { RkSobrietyCounter };
