/** Reached and next milestone for a sober-time result. Pure: no DOM. */
import type { SoberTime } from '../time/sober.js';
import { daysBetween } from '../time/calendar.js';
import { milestoneTimeline, nextMilestone, reachedMilestone, type MilestoneOccurrence, type MilestoneScheme, type UpcomingMilestone } from './schemes.js';

export interface MilestoneStatus {
  /** The last milestone reached (none for a future or invalid date, or before the first one). */
  reached?: MilestoneOccurrence;
  /** The next milestone with the days until it (none when the scheme has no more, or for invalid input). */
  next?: UpcomingMilestone;
}

/** Reached and next milestone for a result of `soberTime` (a future date: nothing reached, next = the first). */
export function milestoneStatus(scheme: MilestoneScheme, sober: SoberTime): MilestoneStatus {
  if (sober.status === 'invalid') return {};
  const out: MilestoneStatus = {};
  const reached = sober.status === 'counting' ? reachedMilestone(scheme, sober.sinceDate, sober.today) : undefined;
  let next: UpcomingMilestone | undefined;
  if (sober.status === 'counting') next = nextMilestone(scheme, sober.sinceDate, sober.today);
  else {
    // Not started yet: the first milestone is still ahead, even one on the start date itself.
    const first = milestoneTimeline(scheme, sober.sinceDate).next();
    if (!first.done) next = { ...first.value, daysUntil: daysBetween(sober.today, first.value.date) };
  }
  if (reached) out.reached = reached;
  if (next) out.next = next;
  return out;
}
