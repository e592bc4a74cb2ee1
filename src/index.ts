/**
 * recovery-kit: every element, registered. The CDN bundle's entry.
 * The providers are defined first so that they upgrade before the elements that read them.
 */
import './elements/provider/define.js';
import './elements/crisis-help/define.js';
import './elements/sobriety-counter/define.js';
import './elements/milestone-card/define.js';
import './elements/milestone-wall/define.js';

export { RkProvider } from './elements/provider/provider.js';
export { RkCrisisHelp } from './elements/crisis-help/crisis-help.js';
export { RkSobrietyCounter } from './elements/sobriety-counter/sobriety-counter.js';
export { RkMilestoneCard } from './elements/milestone-card/milestone-card.js';
export { RkMilestoneWall } from './elements/milestone-wall/milestone-wall.js';
export { ManualClock } from './base/clock.js';
export type { Clock } from './base/clock.js';
export type { RkSettings } from './base/contexts.js';
