import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { emulatePrint } from '../helpers/media.js';
import '../../src/elements/meeting-provider/define.js';
import '../../src/elements/meeting-list/define.js';
import '../../src/elements/meeting-details/define.js';
import type { RkMeetingProvider } from '../../src/elements/meeting-provider/meeting-provider.js';
import { EventLog } from '../helpers/events.js';
import { $, $$, coreCount, coreIndex, countIs, mountFinder, NOW, NOW_MS, ORANGE, resetUrl, SEPIA, text, TZ, ZONES, store } from '../fixtures/finder/helpers.js';

const finder = (src: string, lang = 'en') => mountFinder(src, { lang });

describe('<rk-meeting-provider> + <rk-meeting-list> + <rk-meeting-details>', () => {
  let log: EventLog;
  beforeEach(() => (log = new EventLog(['rk-load', 'rk-error', 'rk-select', 'rk-calendar', 'rk-meeting-link'])));
  afterEach(() => {
    log.dispose();
    resetUrl();
  });

  it('loads a real feed over HTTP, defaults to today in the viewer zone, and groups rows by day', async () => {
    const { provider, list } = await finder(SEPIA);
    expect(log.of('rk-load', provider).length).to.equal(1);
    expect(store(provider).filter.days).to.deep.equal([2]);
    const expected = await coreCount(SEPIA, { days: [2] });
    expect(expected).to.be.greaterThan(100);
    await countIs(list, `${expected} meetings`);
    // Incremental: only the first 100 rows, then Show more.
    expect($$(list, '[part="row"]').length).to.equal(100);
    const first = text($$(list, '[part="day-heading"]')[0]);
    expect(first).to.equal('Tuesday, November 17');
    const more = $<HTMLButtonElement>(list, '[part="more"]')!;
    expect(text(more)).to.equal(`Show ${Math.min(100, expected - 100)} more`);
    more.click();
    await list.updateComplete;
    expect($$(list, '[part="row"]').length).to.equal(Math.min(200, expected));
    await expect(list).to.be.accessible();
  });

  it('stays incremental with every day of a big feed (never thousands of rows)', async () => {
    const { provider, list } = await finder(SEPIA);
    store(provider).setFilter({ days: [] });
    await countIs(list, `${(await coreIndex(SEPIA)).size.toLocaleString('en')} meetings`);
    expect($$(list, '[part="row"]').length).to.equal(100);
    // Sorted by next occurrence: the first rows are today's (or in progress).
    expect(text($$(list, '[part="day-heading"]')[0])).to.equal('Tuesday, November 17');
  });

  it('prints every result: beforeprint and the print media query render all rows, then the rows shown before', async () => {
    const { list } = await finder(SEPIA);
    const n = await coreCount(SEPIA, { days: [2] });
    expect(n).to.be.greaterThan(200);
    const rows = () => $$(list, '[part="row"]').length;
    $<HTMLButtonElement>(list, '[part="more"]')!.click();
    await list.updateComplete;
    expect(rows()).to.equal(200);

    window.dispatchEvent(new Event('beforeprint'));
    // At once, not after a microtask: window.print() lays the page out before its caller's script ends.
    expect(rows()).to.equal(n);
    expect($(list, '[part="more"]')).to.equal(null);
    expect(text($$(list, '[part="row"]')[n - 1])).to.not.equal('');
    await expect(list).to.be.accessible();
    window.dispatchEvent(new Event('afterprint'));
    await list.updateComplete;
    expect(rows()).to.equal(200);
    expect($(list, '[part="more"]')).to.exist;

    // The print media query (as when printing) does the same. It can be emulated in Chromium
    // only (CDP); Firefox ESR and WebKitGTK under the runner check the beforeprint path above.
    if (!(await emulatePrint(true))) return;
    await waitUntil(() => rows() === n, 'the print media query did not render every row');
    await emulatePrint(false);
    await waitUntil(() => rows() === 200, 'rows not restored after printing');
  });

  it('shows a Los Angeles meeting in New York time with its own time beside it', async () => {
    const { provider, list } = await finder(ZONES);
    store(provider).setFilter({ days: [] });
    await countIs(list, '2 meetings');
    const rows = $$(list, '[part="row"]').map(text);
    const sf = rows.find((r) => r.includes('San Francisco'))!;
    expect(sf).to.contain('12:00 PM');
    expect(sf).to.contain('(9:00 AM PST)');
    const pa = rows.find((r) => r.includes('PA meeting'))!;
    expect(pa).to.contain('11:45 AM');
    expect(pa).not.to.contain('(');
    expect(text($(list, '[part="day-heading"]'))).to.equal('Saturday, November 21');
  });

  it('marks meetings in progress and starting soon with text', async () => {
    const { provider, list } = await finder(SEPIA);
    const index = await coreIndex(SEPIA);
    const res = index.query({ days: [2] }, { now: NOW_MS });
    const { meetingStatus } = await import('../../src/core/meetings/index.js');
    const live = res.meetings.filter((m) => meetingStatus(m, NOW_MS) === 'in-progress').length;
    const soon = res.meetings.slice(0, 100).filter((m) => meetingStatus(m, NOW_MS) === 'starting-soon').length;
    await countIs(list, `${res.count} meetings`);
    const badges = $$(list, '[part="status-badge"]').map(text);
    expect(badges.filter((b) => b === 'In progress').length).to.equal(Math.min(live, 100));
    expect(badges.filter((b) => b === 'Starting soon').length).to.equal(soon);
    expect(live + soon).to.be.greaterThan(0);
    void provider;
  });

  it('opens details with Enter, moves focus to the heading, and Back returns focus to the row', async () => {
    const { provider, list, details } = await finder(SEPIA);
    const rowButtons = $$<HTMLButtonElement>(list, '[part="open"]');
    const target = rowButtons[3];
    target.focus();
    await sendKeys({ press: 'Enter' });
    const ev = await log.wait<{ id: string }>('rk-select', provider);
    expect(ev.detail.id).to.equal(target.dataset.id);
    await details.updateComplete;
    const heading = $(details, '[part="heading"]')!;
    expect(text(heading)).to.equal(text(target));
    await waitUntil(() => details.shadowRoot!.activeElement === heading, 'focus did not move to the heading');
    await expect(details).to.be.accessible();
    $<HTMLButtonElement>(details, '[part="back"]')!.click();
    await waitUntil(() => list.shadowRoot!.activeElement === target, 'focus did not return to the row');
    expect(store(provider).selectedId).to.equal(null);
    expect($(details, 'article')).to.equal(null);
  });

  it('details: a dial-in with a meeting ID calls the number and keys in the ID (the # reaches the dialer), the passcode stays as text', async () => {
    const { provider, details } = await finder('/test/fixtures/meetings/bmlt-phone-ids.json');
    const m = store(provider).meetings.find((x) => x.name === 'Meeting ID and passcode')!;
    store(provider).select(m.slug);
    await waitUntil(() => $(details, '[part="phone"]'), 'no phone link');
    const link = $(details, '[part="phone"]')!;
    // A raw "#" in an href starts a fragment: everything from it on would never be dialed.
    expect(link.getAttribute('href')).to.equal('tel:+16465588656,,1234567890%23');
    expect(new URL((link as HTMLAnchorElement).href).hash).to.equal('');
    expect(text(link)).to.equal('Call +16465588656');
    expect(text(details.shadowRoot!.querySelector('article'))).to.match(/Passcode 1234/);
    await expect(details).to.be.accessible();
  });

  it('details: times in both zones, directions, join only for http(s), phone, .ics and Google Calendar', async () => {
    const { provider, details } = await finder('/test/fixtures/finder/hostile.json');
    store(provider).select('hostile');
    await provider.updateComplete;
    await details.updateComplete;
    expect($(details, '[part="join"]')).to.equal(null);
    expect($(details, '[part="phone"]')!.getAttribute('href')).to.equal('tel:+1555123456');
    const m = store(provider).meetings.find((x) => x.slug === 'hostile')!;
    const { directionsUrls, meetingToIcs } = await import('../../src/core/meetings/index.js');
    const dirs = directionsUrls(m)!;
    const hrefs = $$(details, '[part="directions"]').map((a) => a.getAttribute('href'));
    expect(hrefs).to.deep.equal([dirs.apple, dirs.google, dirs.osm]);
    // .ics through the cancelable event (no real download in the test).
    const onCal = (e: Event) => e.preventDefault();
    document.addEventListener('rk-calendar', onCal, { once: true });
    $$<HTMLButtonElement>(details, '[part="calendar"]')[0].click();
    const cal = await log.wait<{ ics: string; fileName: string }>('rk-calendar', details);
    expect(cal.detail.fileName).to.equal('hostile.ics');
    expect(cal.detail.ics).to.equal(meetingToIcs(m, { now: NOW_MS }));
    expect(cal.detail.ics).to.contain('DTSTART;TZID=America/New_York:20261117T190000');
    expect(cal.detail.ics).to.contain('RRULE:FREQ=WEEKLY;BYDAY=TU');
    const gcal = $$(details, '[part="calendar"]')[1].getAttribute('href')!;
    expect(gcal).to.match(/^https:\/\/calendar\.google\.com\/calendar\/render\?/);
    expect(new URL(gcal).searchParams.get('ctz')).to.equal('America/New_York');
    await expect(details).to.be.accessible();

    store(provider).select('fine');
    await provider.updateComplete;
    await details.updateComplete;
    expect($(details, '[part="join"]')!.getAttribute('href')).to.equal('https://zoom.us/j/123');
    expect(text($(details, 'article'))).to.contain('Password 42');
    expect($(details, '[part="directions"]')).to.equal(null);
  });

  it('counts skipped records instead of listing them', async () => {
    const { list } = await finder('/test/fixtures/finder/hostile.json');
    expect(text($(list, '[part="skipped"]'))).to.equal('3 meetings in this list could not be shown.');
    await countIs(list, '2 meetings');
    await expect(list).to.be.accessible();
  });

  it('shows an error with Try again for a 404 and for invalid JSON', async () => {
    for (const [src, msg] of [
      ['/__rk/status/404', 'not found (404)'],
      ['/shared-data/meeting-guide/invalid-syntax.json', 'not valid JSON'],
      [`/__rk/text?type=application/json&body=${encodeURIComponent('{"not":"a feed"}')}`, 'does not give a list of meetings'],
    ]) {
      const wrap = await fixture<HTMLElement>(
        html`<rk-meeting-provider src=${src} time-zone=${TZ} now=${NOW}><rk-meeting-list></rk-meeting-list></rk-meeting-provider>`,
      );
      const list = wrap.querySelector('rk-meeting-list')!;
      await log.wait('rk-error', wrap);
      await list.updateComplete;
      const alert = $(list, '[role="alert"]')!;
      expect(text(alert)).to.contain('The meeting list could not be loaded');
      expect(text(alert)).to.contain(msg);
      expect(text($(list, '[part="retry"]'))).to.equal('Try again');
      await expect(list).to.be.accessible();
    }
  });

  it('keeps the last good data when a refresh fails', async () => {
    const { provider, list } = await finder(ZONES);
    provider.src = '/__rk/status/404';
    await log.wait('rk-error', provider);
    await list.updateComplete;
    expect(text($(list, '[role="alert"]'))).to.contain('Showing the last information that loaded');
    expect(store(provider).meetings.length).to.equal(2);
  });

  it('suggests another day when nothing matches, and the button sets Any day', async () => {
    const { provider, list } = await finder(ZONES);
    expect(store(provider).filter.days).to.deep.equal([2]);
    await countIs(list, '0 meetings');
    const empty = $(list, '[part="empty"]')!;
    expect(text(empty)).to.contain('No meetings match these filters.');
    await expect(list).to.be.accessible();
    empty.querySelector('button')!.click();
    await countIs(list, '2 meetings');
  });

  it('accepts data a developer already has through .meetings', async () => {
    const wrap = await fixture<RkMeetingProvider>(
      html`<rk-meeting-provider time-zone=${TZ} viewer-time-zone=${TZ} now=${NOW}
        .meetings=${[{ name: 'Given', slug: 'given', day: 2, time: '20:00' }]}><rk-meeting-list></rk-meeting-list></rk-meeting-provider>`,
    );
    const list = wrap.querySelector('rk-meeting-list')!;
    await countIs(list, '1 meeting');
    expect(text($(list, '[part="row"]'))).to.contain('Given');
  });

  it('speaks Spanish, type labels included', async () => {
    const { provider, list } = await finder(ORANGE, 'es');
    const n = await coreCount(ORANGE, { days: [2] });
    await countIs(list, `${n.toLocaleString('es')} reuniones`);
    expect(text($$(list, '[part="day-heading"]')[0])).to.equal('martes, 17 de noviembre');
    const withWomen = store(provider).result.meetings.slice(0, 100).findIndex((m) => m.types[0] === 'W');
    if (withWomen >= 0) expect(text($$(list, '[part="row"]')[withWomen])).to.contain('Mujeres');
    await expect(list).to.be.accessible();
  });
});
