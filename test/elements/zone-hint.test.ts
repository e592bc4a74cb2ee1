// What the finder shows for a meeting in a zone a whole day from the viewer's. Rendered through
// the finder's parts because the hint is text they show; the core's occurrence tests
// (test/core/meetings/engine.test.ts) check the day comparison itself.
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/elements/meeting-provider/define.js';
import '../../src/elements/meeting-list/define.js';
import '../../src/elements/meeting-details/define.js';
import { $, $$, countIs, mountFinder, resetUrl, store, text } from '../fixtures/finder/dom.js';

const APIA = '/test/fixtures/meetings/apia.json';
/** Monday 2026-11-16 12:00 UTC: Tuesday 01:00 in Apia (UTC+13), Monday 01:00 in Pago Pago (UTC-11). */
const NOW = '2026-11-16T12:00:00Z';

async function finder(viewerZone: string) {
  const { provider, list, details } = await mountFinder(APIA, { timeZone: 'Pacific/Apia', viewerZone, now: NOW });
  store(provider).setFilter({ days: [] });
  await countIs(list, '2 meetings');
  return { list, details };
}

/** "Tue 7:00 PM GMT+13" as this browser's Intl writes it. */
const ownText = (instant: number, zone: string) =>
  new Intl.DateTimeFormat('en', { weekday: 'short', hour: 'numeric', minute: '2-digit', timeZone: zone, timeZoneName: 'short' }).format(instant);

describe('finder: a meeting in a zone 24 hours from the viewer\'s (Pacific/Apia seen from Pacific/Pago_Pago)', () => {
  afterEach(resetUrl);

  it('the list shows the viewer\'s time and, in brackets, the meeting\'s own day and time', async () => {
    const { list } = await finder('Pacific/Pago_Pago');
    const rows = $$(list, '[part="row"]').map(text);
    const apia = rows.find((r) => r.includes('Apia Tuesday Night'))!;
    const own = ownText(Date.UTC(2026, 10, 17, 6), 'Pacific/Apia');
    expect(own).to.match(/^Tue,? 7:00\sPM /);
    // Monday 7:00 PM in Pago Pago; Tuesday 7:00 PM in Apia. Before, no bracket at all.
    expect(apia).to.contain('7:00 PM');
    expect(apia).to.contain(`(${own})`);
    // A Pago Pago meeting seen from Pago Pago has no hint.
    const pago = rows.find((r) => r.includes('Pago Pago Monday Night'))!;
    expect(pago).not.to.contain('(');
    // Both sit under the viewer's Monday.
    expect($$(list, '[part="day-heading"]').map(text)).to.deep.equal(['Monday, November 16']);
    await expect(list).to.be.accessible();
  });

  it('the details say the meeting\'s own day and time', async () => {
    const { list, details } = await finder('Pacific/Pago_Pago');
    const open = $$<HTMLButtonElement>(list, '[part="open"]').find((b) => text(b) === 'Apia Tuesday Night')!;
    open.click();
    await waitUntil(() => text($(details, '[part="heading"]')) === 'Apia Tuesday Night', 'details never opened');
    const when = text($(details, '.when'));
    expect(when).to.contain('Monday, November 16, 7:00 PM');
    expect(when).to.contain(`${ownText(Date.UTC(2026, 10, 17, 6), 'Pacific/Apia')} meeting time`);
    await expect(details).to.be.accessible();
  });

  it('seen from Apia itself, no hint', async () => {
    const { list } = await finder('Pacific/Apia');
    const apia = $$(list, '[part="row"]').map(text).find((r) => r.includes('Apia Tuesday Night'))!;
    expect(apia).to.contain('7:00 PM');
    expect(apia).not.to.contain('(');
  });
});

describe('finder: "today" for a viewer in another zone than the feed (New York feed, viewer in Los Angeles)', () => {
  afterEach(resetUrl);
  const FEED = '/test/fixtures/meetings/late-saturday.json';
  /** Saturday 2026-11-21 22:00 in Los Angeles: already Sunday 01:00 in New York. */
  const SAT_22_LA = '2026-11-22T06:00:00Z';

  it('the default day is the viewer\'s Saturday, and it lists what is still ahead tonight on the viewer\'s clock', async () => {
    const { list } = await mountFinder(FEED, { viewerZone: 'America/Los_Angeles', now: SAT_22_LA });
    // New York Sunday 00:30 is Saturday 21:30 in Los Angeles: it is on now. Saturday 19:00 and
    // 23:30 in New York (4:00 and 8:30 PM in LA) are over: next Saturday. Sunday 10:00 (7:00 AM
    // in LA) is not on Saturday. Before, the filter took New York's Saturday: the two finished
    // meetings, a week away, and not the one in progress.
    await countIs(list, '3 meetings');
    const rows = $$(list, '[part="row"]').map(text);
    expect(rows[0]).to.contain('After Midnight');
    expect(rows[0]).to.contain('9:30 PM');
    expect(rows[0]).to.contain('In progress');
    expect($$(list, '[part="day-heading"]').map(text)).to.deep.equal(['Saturday, November 21', 'Saturday, November 28']);
    await expect(list).to.be.accessible();
  });

  it('Sunday on the viewer\'s clock holds the meeting at 7:00 AM there', async () => {
    const { provider, list } = await mountFinder(FEED, { viewerZone: 'America/Los_Angeles', now: SAT_22_LA });
    store(provider).setFilter({ days: [0] });
    await countIs(list, '1 meeting');
    expect(text($(list, '[part="row"]'))).to.contain('Sunday Morning');
    expect($$(list, '[part="day-heading"]').map(text)).to.deep.equal(['Sunday, November 22']);
  });
});
