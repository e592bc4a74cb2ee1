/**
 * recovery-kit: every element, registered. The CDN bundle's entry.
 * The providers are defined first so that they upgrade before the elements that read them.
 * Heavy parts load on demand from the elements themselves (Leaflet when a map is first shown,
 * the FAQ's JSON sanitizer when `src` is used, the meeting engine with the feed).
 */
import './elements/provider/define.js';
import './elements/meeting-provider/define.js';
import './elements/crisis-help/define.js';
import './elements/sobriety-counter/define.js';
import './elements/milestone-card/define.js';
import './elements/milestone-wall/define.js';
import './elements/faq/define.js';
import './elements/meeting-search/define.js';
import './elements/meeting-filters/define.js';
import './elements/meeting-list/define.js';
import './elements/meeting-details/define.js';
import './elements/meeting-map/define.js';
import './elements/group-finder/define.js';

export { RkProvider } from './elements/provider/provider.js';
export { RkCrisisHelp } from './elements/crisis-help/crisis-help.js';
export { RkSobrietyCounter } from './elements/sobriety-counter/sobriety-counter.js';
export { RkMilestoneCard } from './elements/milestone-card/milestone-card.js';
export { RkMilestoneWall } from './elements/milestone-wall/milestone-wall.js';
export { RkFaq } from './elements/faq/faq.js';
export { RkMeetingProvider } from './elements/meeting-provider/meeting-provider.js';
export { RkMeetingSearch } from './elements/meeting-search/meeting-search.js';
export { RkMeetingFilters } from './elements/meeting-filters/meeting-filters.js';
export { RkMeetingList } from './elements/meeting-list/meeting-list.js';
export { RkMeetingDetails } from './elements/meeting-details/meeting-details.js';
export { RkMeetingMap } from './elements/meeting-map/meeting-map.js';
export { RkGroupFinder } from './elements/group-finder/group-finder.js';
export { ManualClock } from './base/clock.js';
export type { Clock } from './base/clock.js';
export type { RkSettings } from './base/contexts.js';
