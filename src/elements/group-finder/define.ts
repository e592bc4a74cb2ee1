import '../meeting-provider/define.js';
import '../meeting-search/define.js';
import '../meeting-filters/define.js';
import '../meeting-list/define.js';
import { RkGroupFinder } from './group-finder.js';

RkGroupFinder.define('rk-group-finder');

declare global {
  interface HTMLElementTagNameMap {
    'rk-group-finder': RkGroupFinder;
  }
}
export { RkGroupFinder };
