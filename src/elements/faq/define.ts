import { RkFaq } from './faq.js';

RkFaq.define('rk-faq');

declare global {
  interface HTMLElementTagNameMap {
    'rk-faq': RkFaq;
  }
}
export { RkFaq };
