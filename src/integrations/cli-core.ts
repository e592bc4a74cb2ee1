/**
 * What `npx recovery-kit validate` runs: the same pure adapters the elements use, bundled by
 * esbuild into dist/cli/core.js at build time (or on the fly from the repo). No DOM, no Lit.
 */
export { loadMeetings, MeetingsInputError, type LoadResult, type FormatOption } from '../core/meetings/index.js';
export { parseFaqJson, type FaqParseResult } from '../core/faq/index.js';
export { parseScheme, getScheme, type ParsedScheme } from '../core/milestones/index.js';
export { isValidTimeZone, systemTimeZone } from '../core/time/calendar.js';
import { getScheme, milestoneLabel } from '../core/milestones/index.js';
import { cardStatus } from '../elements/milestone-card/status.js';
import { readCelebration, type Celebration } from '../core/milestones/wall.js';

/** One entry of a milestone wall feed, as `<rk-milestone-wall>` reads it. */
export type WallEntry = Celebration;

export type WallSkipReason = 'not-an-object' | 'invalid-entry' | 'no-milestone-yet';

export interface WallResult {
  /** Entries the wall shows, with the milestone each has reached. */
  shown: { index: number; name: string; scheme: string; milestone: string }[];
  skipped: { index: number; reason: WallSkipReason; name?: string }[];
}

/**
 * Reads a milestone wall feed (a JSON array) the way the wall does, relative to `now` in
 * `timeZone`. Returns null when the value is not an array (the wall shows its error).
 */
export function validateWall(value: unknown, options: { now: number; timeZone: string; scheme?: string }): WallResult | null {
  if (!Array.isArray(value)) return null;
  const out: WallResult = { shown: [], skipped: [] };
  value.forEach((raw, index) => {
    const item = readCelebration(raw);
    const name = typeof raw === 'object' && raw && typeof (raw as { name?: unknown }).name === 'string' ? String((raw as { name: string }).name).slice(0, 80) : undefined;
    if (!item) {
      out.skipped.push({ index, reason: typeof raw === 'object' && raw && !Array.isArray(raw) ? 'invalid-entry' : 'not-an-object', ...(name ? { name } : {}) });
      return;
    }
    const scheme = getScheme(item.scheme) ?? getScheme(options.scheme) ?? getScheme('default')!;
    const reached = cardStatus(item, scheme, options.now, options.timeZone).reached;
    if (!reached) out.skipped.push({ index, reason: 'no-milestone-yet', name: item.name });
    else out.shown.push({ index, name: item.name, scheme: scheme.id, milestone: milestoneLabel(reached.milestone, 'en') });
  });
  return out;
}
