import { RkMilestoneCard } from './milestone-card.js';

RkMilestoneCard.define('rk-milestone-card');

declare global {
  interface HTMLElementTagNameMap {
    'rk-milestone-card': RkMilestoneCard;
  }
}
export { RkMilestoneCard };
