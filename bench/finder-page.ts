/**
 * Bench page for bench/finder-browser.mjs: `<rk-meeting-provider>` + `<rk-meeting-list>` over
 * a generated feed (served at /feed.json), and `window.rkBench.change(patch)` which applies one
 * filter change through the provider's store and times it to the list's updated render.
 */
import '../src/elements/meeting-provider/define.js';
import '../src/elements/meeting-list/define.js';
import type { MeetingFilter } from '../src/core/meetings/index.js';
import type { RkMeetingProvider } from '../src/elements/meeting-provider/meeting-provider.js';
import type { RkMeetingList } from '../src/elements/meeting-list/meeting-list.js';

export interface ChangeTiming {
  /** Sequence number; the page marks `rk-change-start-<n>` / `rk-change-end-<n>` (User Timing) around the update. */
  n: number;
  /** Filter change -> provider and list updateComplete -> style and layout forced (the work, paint excluded). */
  update: number;
  /** Filter change -> updateComplete -> the next requestAnimationFrame callback (the frame that shows it). */
  frame: number;
  /** Frames from the one the change was made in to the one that shows it (1 = the next frame). */
  frames: number;
  /** Filter change -> provider updateComplete (query, facets, new store; the list may have rendered too). */
  provider: number;
  /** Results after the change. */
  count: number;
  /** Rows the list rendered. */
  rows: number;
}

declare global {
  interface Window {
    rkBench: {
      ready: Promise<{ meetings: number; results: number; rows: number }>;
      change(patch: Partial<MeetingFilter>): Promise<ChangeTiming>;
    };
  }
}

const provider = document.createElement('rk-meeting-provider') as RkMeetingProvider;
provider.setAttribute('time-zone', 'America/New_York');
provider.setAttribute('now', new URLSearchParams(location.search).get('now') ?? '2026-11-23T11:00');
provider.setAttribute('src', '/feed.json');
const list = document.createElement('rk-meeting-list') as RkMeetingList;
provider.append(list);
document.body.append(provider);

const frame = () => new Promise<number>((r) => requestAnimationFrame(r));
const rows = () => list.shadowRoot?.querySelectorAll('button[data-id]').length ?? 0;

async function settled(): Promise<void> {
  await provider.updateComplete;
  await list.updateComplete;
}

const ready = (async () => {
  const start = performance.now();
  while (provider.store?.status !== 'ready' || !provider.store.meetings.length) {
    if (performance.now() - start > 60_000) throw new Error(`feed not ready: ${provider.store?.status}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  await settled();
  await frame();
  return { meetings: provider.store.meetings.length, results: provider.store.result.count, rows: rows() };
})();

let changes = 0;

async function change(patch: Partial<MeetingFilter>): Promise<ChangeTiming> {
  // Start at the beginning of a frame, as an input event handler would run.
  const f0 = await frame();
  const n = ++changes;
  performance.mark(`rk-change-start-${n}`);
  const t0 = performance.now();
  provider.store!.setFilter(patch);
  await provider.updateComplete;
  const providerMs = performance.now() - t0;
  await list.updateComplete;
  // Style and layout of the updated list, forced now: the work a frame must fit.
  list.shadowRoot!.lastElementChild?.getBoundingClientRect();
  void document.body.offsetHeight;
  const update = performance.now() - t0;
  performance.mark(`rk-change-end-${n}`);
  const f1 = await frame();
  const frameMs = performance.now() - t0;
  return { n, update, provider: providerMs, frame: frameMs, frames: Math.max(1, Math.round((f1 - f0) / 16.667)), count: provider.store!.result.count, rows: rows() };
}

window.rkBench = { ready, change };
