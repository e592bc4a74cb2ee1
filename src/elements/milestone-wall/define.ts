import '../milestone-card/define.js';
import { RkMilestoneWall } from './milestone-wall.js';

RkMilestoneWall.define('rk-milestone-wall');

declare global {
  interface HTMLElementTagNameMap {
    'rk-milestone-wall': RkMilestoneWall;
  }
}
export { RkMilestoneWall };
