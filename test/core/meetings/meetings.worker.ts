// Runs the meeting core inside a module worker (no DOM there): used by worker.test.ts.
import { loadMeetings, createMeetingIndex } from '../../../src/core/meetings/index.js';

self.onmessage = async (e: MessageEvent<string>) => {
  try {
    const text = await (await fetch(e.data)).text();
    const r = loadMeetings(text, { timeZone: 'America/New_York' });
    const idx = createMeetingIndex(r.meetings);
    const res = idx.query({ days: [1], attendance: ['online'] }, { now: Date.UTC(2026, 10, 23, 16) });
    postMessage({ ok: true, meetings: r.meetings.length, mondayOnline: res.count, hasDocument: typeof (self as unknown as { document?: unknown }).document !== 'undefined' });
  } catch (err) {
    postMessage({ ok: false, error: String(err) });
  }
};
