import { createContext } from '@lit/context';
import type { DistanceUnit, LoadResult, Meeting, MeetingFilter, SortOrder } from '../../core/meetings/index.js';
import type { MeetingIndex, QueryResult } from '../../core/meetings/filter.js';
import type { LoadError } from '../../base/data-controller.js';

/**
 * What `<rk-meeting-provider>` shares with the finder's parts (search, filters, list, map,
 * details) through @lit/context. The parts read it and call its actions; they never reach
 * into each other. A new object is provided on every change, so consumers re-render.
 */
export interface MeetingsStore {
  /** Loading state of the feed. */
  status: 'idle' | 'loading' | 'ready' | 'error';
  /** Every meeting of the feed (normalized). */
  meetings: readonly Meeting[];
  /** Records the feed had that could not be shown, and those repaired. */
  skipped: LoadResult['skipped'];
  repaired: LoadResult['repaired'];
  /** Labels the feed defines for its own type codes (BMLT formats). */
  typeLabels: LoadResult['typeLabels'];
  /** The current filter and sort. */
  filter: MeetingFilter;
  sort: SortOrder;
  /** Filtered, sorted results with facet counts. */
  result: QueryResult;
  /** The meeting whose details are open, if any. */
  selectedId: string | null;
  /** Where "near me" / "near an address" is measured from. */
  origin: { lat: number; lng: number; label?: string } | null;
  unit: DistanceUnit;
  /** The viewer's zone and the instant the results were computed for. */
  timeZone: string;
  now: number;
  locale: string;

  setFilter(patch: Partial<MeetingFilter>): void;
  clearFilters(): void;
  setSort(sort: SortOrder): void;
  select(id: string | null): void;
  setOrigin(origin: MeetingsStore['origin']): void;
  reload(): void;

  /** Why the last load failed (optional; added after the first contract, so read it as maybe absent). */
  error?: LoadError | null;
  /** The page URL that opens meeting `id` (with this provider's URL state), for copy / share links. */
  linkFor?(id: string): string;
  /** The label of a type code in `locale` (the feed's own labels included); absent until the type catalog has loaded. */
  typeLabel?(code: string, locale: string): string;
  /** Loads the type labels of `locale` if they are not here yet: a promise while they load, else nothing (a part's render waits for it). */
  labelsFor?(locale: string): Promise<unknown> | void;
  /** True when a link named a meeting this feed does not have (it moved or ended); cleared by the next selection or filter change. */
  missing?: boolean;
  /** The search index of the current feed (region tree, type codes by frequency, distances). */
  index?: MeetingIndex;
}

/** String key: two copies of the bundle on one page still share it. */
export const meetingsContext = createContext<MeetingsStore>('recovery-kit:meetings');
