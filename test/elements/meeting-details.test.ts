/**
 * <rk-meeting-details>: the copy / share link. Clicks are real mouse clicks (user activation),
 * the clipboard is Chromium's own, read back by pasting with the keyboard. The share sheet and
 * a refused clipboard are platform UI a test cannot drive: those two are stubbed.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/elements/meeting-provider/define.js';
import '../../src/elements/meeting-details/define.js';
import type { RkMeetingLinkDetail } from '../../src/elements/meeting-details/meeting-details.js';
import { EventLog } from '../helpers/events.js';
import { $, NOW, resetUrl, text, TZ, ZONES, store } from '../fixtures/finder/helpers.js';

/** A provider keeping its state in the URL under "d.", with the details of its first meeting open. */
async function openDetails(lang = 'en') {
  const wrap = await fixture<HTMLElement>(html`<div lang=${lang}>
    <rk-meeting-provider id="d" url-state="query" src=${ZONES} time-zone=${TZ} now=${NOW}><rk-meeting-details></rk-meeting-details></rk-meeting-provider>
  </div>`);
  const provider = wrap.querySelector('rk-meeting-provider')!;
  const details = wrap.querySelector('rk-meeting-details')!;
  await waitUntil(() => store(provider)?.status === 'ready', 'feed never loaded', { timeout: 8000 });
  const meeting = store(provider).meetings[0];
  store(provider).select(meeting.slug);
  await waitUntil(() => $(details, '[part="share"]'), 'details never opened');
  return { provider, details, meeting, share: $<HTMLButtonElement>(details, '[part="share"]')! };
}

/** A real click in the middle of `el` (the browser's own mouse: user activation, focus). */
async function click(el: HTMLElement) {
  el.scrollIntoView({ block: 'center' });
  const r = el.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)] });
}

/** What the clipboard holds, pasted into a field with Ctrl+V (reading it needs no permission then). */
/**
 * Pastes (Ctrl+V) into a field and returns what arrived; `null` where the runner cannot hold a
 * key down (WebKitGTK through WebDriver), so the clipboard cannot be read back there.
 */
async function paste(): Promise<string | null> {
  const input = document.createElement('input');
  input.setAttribute('aria-label', 'paste here');
  document.body.append(input);
  input.focus();
  try {
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'KeyV' });
    await sendKeys({ up: 'Control' });
    return input.value;
  } catch (e) {
    if (!/supported/.test(String(e))) throw e;
    return null;
  } finally {
    input.remove();
  }
}

/** Replaces `name` on `target` for one test (platform UI only). */
function stub<T extends object>(target: T, name: string, value: unknown): () => void {
  Object.defineProperty(target, name, { value, configurable: true, writable: true });
  return () => delete (target as Record<string, unknown>)[name];
}

const statusText = (details: Element) => text($(details, '[role="status"]'));

describe('<rk-meeting-details> copy / share link', () => {
  let log: EventLog;
  const undo: (() => void)[] = [];
  beforeEach(() => (log = new EventLog(['rk-meeting-link'])));
  afterEach(() => {
    while (undo.length) undo.pop()!();
    log.dispose();
    resetUrl();
  });

  it('Copy link puts the link to this meeting on the clipboard and says so', async () => {
    expect(typeof navigator.share, 'this Chromium has no share sheet').to.equal('undefined');
    const { details, meeting, share } = await openDetails();
    expect(text(share)).to.equal('Copy link');
    await click(share);
    await waitUntil(() => statusText(details) === 'Link copied.', 'no "Link copied."');
    const ev = await log.wait<RkMeetingLinkDetail>('rk-meeting-link', details);
    expect(ev.detail.method).to.equal('clipboard');
    expect(ev.detail.id).to.equal(meeting.slug);
    const url = new URL(ev.detail.url);
    expect(url.searchParams.get('d.meeting')).to.equal(meeting.slug);
    expect(url.origin + url.pathname).to.equal(location.origin + location.pathname);
    const pasted = await paste();
    if (pasted !== null) expect(pasted).to.equal(ev.detail.url);
    await expect(details).to.be.accessible();
  });

  it('says it in Spanish', async () => {
    const { details, share } = await openDetails('es');
    expect(text(share)).to.equal('Copiar enlace');
    // The details' own texts and the finder's (the attendance badge) are both Spanish.
    expect(text($(details, '[part="back"]'))).to.equal('← Volver a la lista');
    expect(['En persona', 'En línea', 'Híbrida', 'Inactiva']).to.include(text($(details, '.badge')));
    await click(share);
    await waitUntil(() => statusText(details) === 'Enlace copiado.', 'no "Enlace copiado."');
    await expect(details).to.be.accessible();
  });

  it('opens the share sheet where the browser has one, with the meeting and its link', async () => {
    const calls: ShareData[] = [];
    undo.push(stub(navigator, 'share', (data: ShareData) => (calls.push(data), Promise.resolve())));
    const { details, meeting, share } = await openDetails();
    expect(text(share)).to.equal('Share');
    await click(share);
    const ev = await log.wait<RkMeetingLinkDetail>('rk-meeting-link', details);
    expect(ev.detail.method).to.equal('share');
    expect(calls).to.deep.equal([{ title: meeting.name, url: ev.detail.url }]);
    expect(new URL(ev.detail.url).searchParams.get('d.meeting')).to.equal(meeting.slug);
    // The share sheet was the feedback: no message.
    expect(statusText(details)).to.equal('');
    await expect(details).to.be.accessible();
  });

  it('does nothing when the share sheet is dismissed', async () => {
    undo.push(stub(navigator, 'share', () => Promise.reject(new DOMException('dismissed', 'AbortError'))));
    const { details, share } = await openDetails();
    await click(share);
    await new Promise((r) => setTimeout(r, 200));
    expect(log.of('rk-meeting-link')).to.have.length(0);
    expect(statusText(details)).to.equal('');
  });

  it('shows the link to copy by hand when the clipboard refuses', async () => {
    undo.push(stub(navigator.clipboard, 'writeText', () => Promise.reject(new DOMException('denied', 'NotAllowedError'))));
    const { details, meeting, share } = await openDetails();
    await click(share);
    const ev = await log.wait<RkMeetingLinkDetail>('rk-meeting-link', details);
    expect(ev.detail.method).to.equal('shown');
    await waitUntil(() => statusText(details) === ev.detail.url, 'the link is not shown');
    expect(new URL(statusText(details)).searchParams.get('d.meeting')).to.equal(meeting.slug);
    await expect(details).to.be.accessible();
  });
});

/**
 * The date the feed says a meeting was last updated, localized. Meeting Guide gives
 * "2024-01-15 10:22:00" (BMLT gives none): the date is read from its digits, never through
 * `new Date()`, so it is the date the feed wrote, in no zone; what is not such a date is not shown.
 */
describe('<rk-meeting-details> updated date', () => {
  const record = (slug: string, updated?: string) => ({ slug, name: `Meeting ${slug}`, day: 2, time: '19:00', city: 'Media', ...(updated === undefined ? {} : { updated }) });
  const FEED = [
    record('plugin', '2024-01-15 10:22:00'),
    record('date-only', '2024-01-15'),
    // 2024-01-16 07:30 in UTC, and still the 15th where it was written.
    record('late-west', '2024-01-15T23:30:00-08:00'),
    record('leap-day', '2024-02-29 08:00:00'),
    record('words', 'last Tuesday'),
    record('zero', '0000-00-00 00:00:00'),
    record('epoch', '1970-01-01 00:00:00'),
    record('no-such-day', '2023-02-29 10:00:00'),
    record('ambiguous', '01/02/2024'),
    record('trailing', '2024-01-15garbage'),
    record('none'),
  ];

  async function updatedTexts(lang: string) {
    const wrap = await fixture<HTMLElement>(html`<div lang=${lang}>
      <rk-meeting-provider time-zone=${TZ} viewer-time-zone="Pacific/Honolulu" now=${NOW} .meetings=${FEED}><rk-meeting-details></rk-meeting-details></rk-meeting-provider>
    </div>`);
    const provider = wrap.querySelector('rk-meeting-provider')!;
    const details = wrap.querySelector('rk-meeting-details')!;
    await waitUntil(() => store(provider)?.status === 'ready', 'feed never loaded', { timeout: 8000 });
    const out: Record<string, string | null> = {};
    for (const { slug, name } of FEED) {
      store(provider).select(slug);
      await waitUntil(() => text($(details, '[part="heading"]')) === name && $(details, '[part="share"]'), `details of ${slug} never opened`);
      // Spanish texts load with the part: wait for them.
      if (lang === 'es') await waitUntil(() => text($(details, '[part="back"]')).includes('Volver'), 'no Spanish');
      const p = $(details, '.updated');
      out[slug] = p ? text(p) : null;
      if (!p) expect(text($(details, 'article')), slug).not.to.contain(FEED.find((r) => r.slug === slug)!.updated ?? '\u0000');
    }
    await expect(details).to.be.accessible();
    return out;
  }

  const hidden = { words: null, zero: null, epoch: null, 'no-such-day': null, ambiguous: null, trailing: null, none: null };

  it('shows the date the feed wrote, localized, with no zone shift; hides what is not a date', async () => {
    expect(await updatedTexts('en')).to.deep.equal({
      plugin: 'Updated January 15, 2024',
      'date-only': 'Updated January 15, 2024',
      'late-west': 'Updated January 15, 2024',
      'leap-day': 'Updated February 29, 2024',
      ...hidden,
    });
  });

  it('in Spanish', async () => {
    expect(await updatedTexts('es')).to.deep.equal({
      plugin: 'Actualizado el 15 de enero de 2024',
      'date-only': 'Actualizado el 15 de enero de 2024',
      'late-west': 'Actualizado el 15 de enero de 2024',
      'leap-day': 'Actualizado el 29 de febrero de 2024',
      ...hidden,
    });
  });
});
