/**
 * recovery-kit: every element, registered. The CDN bundle's entry.
 * The provider is defined first so that it upgrades before the elements that read it.
 */
import './elements/provider/define.js';
import './elements/crisis-help/define.js';

export { RkProvider } from './elements/provider/provider.js';
export { RkCrisisHelp } from './elements/crisis-help/crisis-help.js';
export { ManualClock } from './base/clock.js';
export type { Clock } from './base/clock.js';
export type { RkSettings } from './base/contexts.js';
