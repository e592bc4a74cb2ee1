import { expect } from '@open-wc/testing';
import { loadMeetings, createMeetingIndex } from '../../../src/core/meetings/index.js';

describe('core/meetings in a worker', () => {
  it('loads, indexes and filters a real feed off the main thread, with the same answer', async () => {
    const url = '/shared-data/meeting-guide/sepia-2038.json';
    const worker = new Worker(new URL('./meetings.worker.ts', import.meta.url), { type: 'module' });
    const reply = await new Promise<{ ok: boolean; meetings: number; mondayOnline: number; hasDocument: boolean; error?: string }>((resolve, reject) => {
      worker.onmessage = (e) => resolve(e.data);
      worker.onerror = (e) => reject(new Error(e.message));
      worker.postMessage(url);
    });
    worker.terminate();
    expect(reply.error).to.equal(undefined);
    expect(reply.ok).to.equal(true);
    expect(reply.hasDocument).to.equal(false);
    expect(reply.meetings).to.equal(2038);
    const r = loadMeetings(await (await fetch(url)).text(), { timeZone: 'America/New_York' });
    const here = createMeetingIndex(r.meetings).query({ days: [1], attendance: ['online'] }, { now: Date.UTC(2026, 10, 23, 16) });
    expect(reply.mondayOnline).to.equal(here.count);
    expect(here.count).to.be.greaterThan(0);
  });
});
