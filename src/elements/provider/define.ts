import { RkProvider } from './provider.js';

RkProvider.define('rk-provider');

declare global {
  interface HTMLElementTagNameMap {
    'rk-provider': RkProvider;
  }
}
export { RkProvider };
