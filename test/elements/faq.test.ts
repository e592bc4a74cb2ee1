import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/faq/define.js';
import type { FaqInput, RkFaq, RkToggleDetail } from '../../src/elements/faq/faq.js';
import { EventLog } from '../helpers/events.js';
import { emulatePrint, emulateReducedMotion, resetReducedMotion } from '../helpers/media.js';

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

const root = (el: RkFaq) => el.shadowRoot!;
const triggers = (el: RkFaq) => [...root(el).querySelectorAll<HTMLButtonElement>('[part="trigger"]')];
const visibleTriggers = (el: RkFaq) => triggers(el).filter((t) => !t.closest('[part="item"]')!.hasAttribute('hidden'));
const questions = (el: RkFaq) => visibleTriggers(el).map((t) => t.textContent!.trim());
const panel = (t: HTMLButtonElement) => t.getRootNode() instanceof ShadowRoot && (t.getRootNode() as ShadowRoot).getElementById(t.getAttribute('aria-controls')!)!;
const isOpen = (t: HTMLButtonElement) => t.getAttribute('aria-expanded') === 'true';
const openIds = (el: RkFaq) => triggers(el).filter(isOpen).map((t) => t.closest('[part="item"]')!.id);
const text = (n: Element | null | undefined) => n?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const focused = (el: RkFaq) => root(el).activeElement as HTMLElement | null;
const alertText = (el: RkFaq) => text(root(el).querySelector('[role="alert"]'));
const status = (el: RkFaq) => text(root(el).querySelector('[part="count"]'));

async function ready(el: RkFaq, n: number): Promise<void> {
  await waitUntil(() => triggers(el).length === n, `expected ${n} questions, got ${triggers(el).length}`, { timeout: 5000 });
  await el.updateComplete;
}

/** The optional controls (search, categories, Expand all) load on demand: wait for one. */
async function control<T extends Element>(el: RkFaq, part: string): Promise<T> {
  await waitUntil(() => root(el).querySelector(`[part="${part}"]`), `no ${part}`, { timeout: 3000 });
  return root(el).querySelector<T>(`[part="${part}"]`)!;
}

async function search(el: RkFaq, q: string): Promise<void> {
  const input = await control<HTMLInputElement>(el, 'search-input');
  input.focus();
  input.value = q;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await waitUntil(() => status(el) !== '' || !q, 'no search result announced', { timeout: 3000 });
  await el.updateComplete;
}

const markup = html`<rk-faq>
  <details id="cost">
    <summary>Does it cost anything?</summary>
    <p>No. Meetings are <strong>free</strong>.</p>
  </details>
  <details id="first" name="faq">
    <summary>What happens at a first meeting?</summary>
    <p>You can just listen.</p>
  </details>
  <details>
    <summary>Do I have to talk?</summary>
    Nobody has to share.
  </details>
</rk-faq>`;

describe('<rk-faq>', () => {
  let log: EventLog;
  beforeEach(() => {
    log = new EventLog(['rk-toggle', 'rk-load', 'rk-error']);
    delete window.__pwned;
  });
  afterEach(() => log.dispose());

  describe('sources', () => {
    it('enhances <details> markup: buttons inside headings, answers slotted from the light DOM', async () => {
      const el = await fixture<RkFaq>(markup);
      await ready(el, 3);
      expect(questions(el)).to.deep.equal(['Does it cost anything?', 'What happens at a first meeting?', 'Do I have to talk?']);
      for (const t of triggers(el)) {
        expect(t.parentElement!.localName).to.equal('h3');
        expect(t.parentElement!.children.length).to.equal(1);
        expect(t.getAttribute('aria-expanded')).to.equal('false');
        const p = panel(t) as HTMLElement;
        expect(p.hasAttribute('hidden')).to.equal(true);
        expect(p.getAttribute('role')).to.equal('region');
        expect(p.getAttribute('aria-labelledby')).to.equal(t.id);
      }
      // Ids: the details id, else a slug of the question.
      expect(triggers(el).map((t) => t.closest('[part="item"]')!.id)).to.deep.equal(['cost', 'first', 'do-i-have-to-talk']);
      // The author's answer stays in the light DOM and is what the panel shows.
      const slot = (panel(triggers(el)[0]) as HTMLElement).querySelector('slot')!;
      const assigned = slot.assignedElements();
      expect(assigned).to.have.length(1);
      expect(assigned[0]).to.equal(el.querySelector('#cost'));
      expect(text(assigned[0].querySelector('p'))).to.equal('No. Meetings are free.');
      await expect(el).to.be.accessible();
      triggers(el)[0].click();
      await el.updateComplete;
      expect(isOpen(triggers(el)[0])).to.equal(true);
      expect((panel(triggers(el)[0]) as HTMLElement).hasAttribute('hidden')).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('is readable before the script runs (plain details in the page)', async () => {
      const wrap = await fixture<HTMLElement>(html`<div><rk-faq-not-yet><details><summary>Q?</summary><p>A.</p></details></rk-faq-not-yet></div>`);
      const d = wrap.querySelector('details')!;
      d.open = true;
      expect(text(d)).to.contain('Q?').and.to.contain('A.');
    });

    it('enhances heading + paragraph pairs, with intro text above and the chosen heading level', async () => {
      const el = await fixture<RkFaq>(html`<rk-faq heading-level="2">
        <p>Questions newcomers ask.</p>
        <h3>Is it religious?</h3>
        <p>It is spiritual, not religious.</p>
        <p>You decide what that means.</p>
        <h3 id="sponsor">What is a sponsor?</h3>
        <p>Someone further along who helps you.</p>
      </rk-faq>`);
      await ready(el, 2);
      expect(questions(el)).to.deep.equal(['Is it religious?', 'What is a sponsor?']);
      expect(triggers(el)[0].parentElement!.localName).to.equal('h2');
      expect(root(el).querySelector('h3')).to.equal(null);
      expect(triggers(el).map((t) => t.closest('[part="item"]')!.id)).to.deep.equal(['is-it-religious', 'sponsor']);
      const slot = (panel(triggers(el)[0]) as HTMLElement).querySelector('slot')!;
      expect(slot.assignedElements().map(text)).to.deep.equal(['It is spiritual, not religious.', 'You decide what that means.']);
      const intro = root(el).querySelector<HTMLSlotElement>('slot:not([name])')!;
      expect(intro.assignedElements().map(text)).to.deep.equal(['Questions newcomers ask.']);
      await expect(el).to.be.accessible();
    });

    it('follows changes to the markup (MutationObserver)', async () => {
      const el = await fixture<RkFaq>(markup);
      await ready(el, 3);
      const d = document.createElement('details');
      d.id = 'late';
      const s = document.createElement('summary');
      s.textContent = 'Added later?';
      d.append(s, 'Yes.');
      el.append(d);
      await ready(el, 4);
      expect(questions(el)[3]).to.equal('Added later?');
      el.querySelector('#cost')!.remove();
      await ready(el, 3);
      expect(questions(el)[0]).to.equal('What happens at a first meeting?');
    });

    it('loads a JSON array over HTTP: sanitized answers, skipped entries counted, categories', async () => {
      const el = await fixture<RkFaq>(html`<rk-faq src="/test/fixtures/faq/faq.json"></rk-faq>`);
      await log.wait('rk-load', el);
      await ready(el, 5);
      expect(questions(el)).to.deep.equal([
        '¿Aceptan Medicaid?',
        'What happens at a first meeting?',
        'Who can I call right now?',
        'Is there a fee?',
        'Can I bring a friend?',
      ]);
      expect(text(root(el).querySelector('[part="note"]'))).to.equal('2 questions could not be shown.');
      const first = panel(triggers(el)[0]) as HTMLElement;
      expect(first.querySelector('strong')!.textContent).to.equal('Médicaid');
      expect(first.querySelector('a')!.getAttribute('href')).to.equal('https://www.medicaid.gov/');
      expect(first.querySelector('a')!.getAttribute('rel')).to.equal('noopener noreferrer');
      // Plain text with blank lines becomes paragraphs.
      expect((panel(triggers(el)[3]) as HTMLElement).querySelectorAll('p')).to.have.length(2);
      expect(triggers(el)[0].closest('[part="item"]')!.id).to.equal('insurance');
      await expect(el).to.be.accessible();
    });

    it('loads schema.org FAQPage JSON-LD, alone and inside @graph', async () => {
      const el = await fixture<RkFaq>(html`<rk-faq src="/test/fixtures/faq/faq-jsonld.json"></rk-faq>`);
      await ready(el, 2);
      expect(questions(el)).to.deep.equal(['What is Narcotics Anonymous?', 'Do I have to be clean to attend?']);
      expect(text(root(el).querySelector('[part="note"]'))).to.equal('1 question could not be shown.');
      const graph = await fixture<RkFaq>(html`<rk-faq src="/test/fixtures/faq/faq-graph.json"></rk-faq>`);
      await ready(graph, 2);
      expect(questions(graph)[0]).to.equal('How long is a meeting?');
      expect(triggers(graph)[0].closest('[part="item"]')!.id).to.equal('faq-question-1612345');
      expect((panel(triggers(graph)[0]) as HTMLElement).querySelector('strong')!.textContent).to.equal('one hour');
    });

    it('takes an items property; HTML answers are sanitized', async () => {
      const el = await fixture<RkFaq>(html`<rk-faq
        .items=${[
          { question: 'Parking?', answer: 'Free parking <em>behind</em> the building.<img src=x onerror="window.__pwned=1">' },
          { question: 'Wheelchair access?', answer: '<p>Yes, <a href="tel:+15555550100">call ahead</a>.</p>', id: 'access', category: 'Access' },
        ]}
      ></rk-faq>`);
      await ready(el, 2);
      expect(questions(el)).to.deep.equal(['Parking?', 'Wheelchair access?']);
      const p = panel(triggers(el)[0]) as HTMLElement;
      expect(p.querySelector('em')!.textContent).to.equal('behind');
      expect(p.querySelector('img')).to.equal(null);
      expect((panel(triggers(el)[1]) as HTMLElement).querySelector('a')!.getAttribute('href')).to.equal('tel:+15555550100');
      el.items = [{ question: 'Only one now?', answer: 'Yes.' }];
      await ready(el, 1);
      expect(window.__pwned).to.equal(undefined);
    });

    it('keeps the same shadow tree over many src changes (no nodes left behind)', async () => {
      // Every node, comments included: lit's repeat() used to leave one marker per removed item.
      const count = (n: Node): number => [...n.childNodes].reduce((sum, c) => sum + count(c), 1);
      const el = await fixture<RkFaq>(html`<rk-faq></rk-faq>`);
      const feeds = ['/test/fixtures/faq/faq.json', '/test/fixtures/faq/faq-es.json'];
      const sizes: number[] = [];
      for (let i = 0; i < 12; i++) {
        el.src = `${feeds[i % 2]}?n=${i}`;
        await log.wait('rk-load', el, i + 1);
        await ready(el, i % 2 ? 2 : 5);
        sizes.push(count(root(el)));
      }
      expect(sizes.slice(2)).to.deep.equal([...Array(5)].flatMap(() => sizes.slice(0, 2)));
    });

    it('shows "No questions yet" when there is nothing to show', async () => {
      const el = await fixture<RkFaq>(html`<rk-faq></rk-faq>`);
      // The message loads on demand (a markup FAQ with questions never needs it).
      await waitUntil(() => root(el).querySelector('[part="empty"]'), 'no empty state');
      expect(text(root(el).querySelector('[part="empty"]'))).to.equal('No questions yet.');
      const es = await fixture<RkFaq>(html`<rk-faq lang="es" .items=${[]}></rk-faq>`);
      await waitUntil(() => root(es).querySelector('[part="empty"]'));
      expect(text(root(es).querySelector('[part="empty"]'))).to.equal('Todavía no hay preguntas.');
      await expect(el).to.be.accessible();
    });
  });

  describe('accordion', () => {
    it('keyboard: Enter and Space toggle, Down / Up / Home / End move focus', async () => {
      const el = await fixture<RkFaq>(markup);
      await ready(el, 3);
      const [a, b, c] = triggers(el);
      a.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(isOpen(a)).to.equal(true);
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(isOpen(a)).to.equal(false);
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(el)).to.equal(b);
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(el)).to.equal(c);
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(el)).to.equal(a, 'wraps to the first');
      await sendKeys({ press: 'ArrowUp' });
      expect(focused(el)).to.equal(c, 'wraps to the last');
      await sendKeys({ press: 'ArrowUp' });
      expect(focused(el)).to.equal(b);
      await sendKeys({ press: 'Home' });
      expect(focused(el)).to.equal(a);
      await sendKeys({ press: 'End' });
      expect(focused(el)).to.equal(c);
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(isOpen(c)).to.equal(true);
      // Tab order untouched: every trigger is a plain tabbable button.
      expect(triggers(el).every((t) => t.tabIndex === 0)).to.equal(true);
    });

    it('multiple mode (default) keeps several open; single mode closes the others', async () => {
      const el = await fixture<RkFaq>(markup);
      await ready(el, 3);
      triggers(el)[0].click();
      triggers(el)[1].click();
      await el.updateComplete;
      expect(openIds(el)).to.deep.equal(['cost', 'first']);
      el.mode = 'single';
      await el.updateComplete;
      triggers(el)[2].click();
      await el.updateComplete;
      expect(openIds(el)).to.deep.equal(['do-i-have-to-talk']);
      triggers(el)[0].click();
      await el.updateComplete;
      expect(openIds(el)).to.deep.equal(['cost']);
    });

    it('opens the ids in the open attribute at first', async () => {
      const el = await fixture<RkFaq>(html`<rk-faq open="first do-i-have-to-talk">
        <details id="cost"><summary>Cost?</summary>Free.</details>
        <details id="first"><summary>First?</summary>Listen.</details>
        <details><summary>Do I have to talk?</summary>No.</details>
      </rk-faq>`);
      await ready(el, 3);
      expect(openIds(el)).to.deep.equal(['first', 'do-i-have-to-talk']);
      await expect(el).to.be.accessible();
    });

    it('expand all / collapse all, with an rk-toggle event for each change', async () => {
      const el = await fixture<RkFaq>(html`<rk-faq expand-all>
        <details id="a"><summary>A?</summary>a</details>
        <details id="b" open><summary>B?</summary>b</details>
      </rk-faq>`);
      await ready(el, 2);
      const expand = await control<HTMLButtonElement>(el, 'expand-all');
      const collapse = root(el).querySelector<HTMLButtonElement>('[part="collapse-all"]')!;
      expect(text(expand)).to.equal('Expand all');
      expect(text(collapse)).to.equal('Collapse all');
      expand.click();
      await el.updateComplete;
      expect(openIds(el)).to.deep.equal(['a', 'b']);
      collapse.click();
      await el.updateComplete;
      expect(openIds(el)).to.deep.equal([]);
      expect(log.of<RkToggleDetail>('rk-toggle', el).map((e) => e.detail)).to.deep.equal([
        { id: 'a', open: true },
        { id: 'b', open: true },
        { id: 'a', open: false },
        { id: 'b', open: false },
      ]);
    });

    it('fires rk-toggle (bubbling, composed) with the id when the reader toggles', async () => {
      const el = await fixture<RkFaq>(markup);
      await ready(el, 3);
      triggers(el)[1].click();
      triggers(el)[1].click();
      const events = log.of<RkToggleDetail>('rk-toggle', el);
      expect(events.map((e) => e.detail)).to.deep.equal([
        { id: 'first', open: true },
        { id: 'first', open: false },
      ]);
      expect(events[0].bubbles && events[0].composed).to.equal(true);
    });

    it('skips the region role when many panels can be open', async () => {
      const many = Array.from({ length: 8 }, (_, i) => ({ question: `Question ${i + 1}?`, answer: `Answer ${i + 1}.` }));
      const el = await fixture<RkFaq>(html`<rk-faq .items=${many}></rk-faq>`);
      await ready(el, 8);
      expect(root(el).querySelector('[role="region"]')).to.equal(null);
      el.mode = 'single';
      await el.updateComplete;
      expect(root(el).querySelectorAll('[role="region"]')).to.have.length(8);
    });

    it('keeps closed answers findable with hidden="until-found" where supported', async () => {
      const el = await fixture<RkFaq>(markup);
      await ready(el, 3);
      const p = panel(triggers(el)[0]) as HTMLElement;
      const supported = 'onbeforematch' in document.body;
      expect(p.getAttribute('hidden')).to.equal(supported ? 'until-found' : '');
      // The browser fires beforematch when find-in-page reaches a hidden panel.
      p.dispatchEvent(new Event('beforematch'));
      await el.updateComplete;
      expect(isOpen(triggers(el)[0])).to.equal(true);
    });
  });

  describe('motion and print', () => {
    it('animates opening, not with reduced motion', async function () {
      const el = await fixture<RkFaq>(markup);
      await ready(el, 3);
      const p = panel(triggers(el)[0]) as HTMLElement;
      const seconds = () => parseFloat(getComputedStyle(p).transitionDuration);
      expect(seconds()).to.equal(0.25);
      if (!(await emulateReducedMotion())) {
        await resetReducedMotion();
        this.skip();
      }
      try {
        expect(seconds()).to.be.below(0.001);
      } finally {
        await resetReducedMotion();
      }
    });

    it('prints every answer, closed ones included', async function () {
      const el = await fixture<RkFaq>(html`<rk-faq src="/test/fixtures/faq/faq.json" searchable>
        <p>Fallback.</p>
      </rk-faq>`);
      await ready(el, 5);
      const feedAnswer = root(el).querySelector('[part="panel"] p')!;
      const md = await fixture<RkFaq>(markup);
      await ready(md, 3);
      const slotted = md.querySelector('#cost p')!;
      // `visibility: hidden` too: without hidden="until-found" a closed panel is hidden that way.
      const seen = (n: Element) => n.checkVisibility({ visibilityProperty: true, checkVisibilityCSS: true } as CheckVisibilityOptions);
      expect([seen(feedAnswer), seen(slotted)]).to.deep.equal([false, false]);
      if (!(await emulatePrint(true))) this.skip(); // the runner emulates print media in Chromium only (CDP)
      try {
        await waitUntil(() => seen(feedAnswer) && seen(slotted), 'closed answers not printed');
        expect(openIds(el)).to.deep.equal([], 'printing does not change what is open');
        expect(seen(root(el).querySelector('[part="search"]')!)).to.equal(false, 'no search box on paper');
      } finally {
        await emulatePrint(false);
      }
    });
  });

  describe('find-in-page', () => {
    // Chromium has no API for its find bar. What it does is tested through the same machinery:
    // a text fragment (`#:~:text=`) is matched by the text finder find-in-page uses, which
    // looks into `hidden="until-found"` content, fires `beforematch` on it and reveals it; and
    // a link to an id inside a closed answer runs the same reveal. Both reach answers written
    // in the page (slotted light DOM) through the shadow root's panel.
    const untilFound = 'onbeforematch' in document.body;
    afterEach(() => history.replaceState(history.state, '', location.pathname + location.search));

    async function followLink(href: string): Promise<void> {
      const a = document.createElement('a');
      a.href = href;
      a.textContent = 'go';
      document.body.prepend(a);
      a.focus();
      await sendKeys({ press: 'Enter' }); // a real key press: text fragments need a user gesture
      a.remove();
    }

    it('a text search reaches a closed answer written in the page (<details> and heading pairs) and opens it', async function () {
      if (!untilFound || !('fragmentDirective' in document)) this.skip();
      const el = await fixture<RkFaq>(html`<rk-faq>
        <details id="parking"><summary>Where do I park?</summary><p>Behind the blue chapel on Elm Street.</p></details>
        <h3 id="coffee">Is there coffee?</h3>
        <p>Fresh decaf is brewed before every evening meeting.</p>
      </rk-faq>`);
      await ready(el, 2);
      const beforematch: string[] = [];
      root(el).addEventListener('beforematch', (e) => beforematch.push((e.target as Element).id), true);
      expect(openIds(el)).to.deep.equal([]);
      const parking = el.querySelector('#parking p')!;
      expect(parking.checkVisibility()).to.equal(false, 'closed: the slotted answer is not rendered');

      await followLink('#:~:text=blue%20chapel%20on%20Elm');
      await waitUntil(() => openIds(el).includes('parking'), 'the <details> answer did not open');
      expect(beforematch).to.deep.equal([triggers(el)[0].getAttribute('aria-controls')]);
      await waitUntil(() => parking.checkVisibility(), 'the answer is not shown');
      expect(log.of<RkToggleDetail>('rk-toggle', el).map((e) => e.detail)).to.deep.equal([{ id: 'parking', open: true }]);

      await followLink('#:~:text=decaf%20is%20brewed');
      await waitUntil(() => openIds(el).includes('coffee'), 'the heading-pair answer did not open');
      expect(openIds(el)).to.deep.equal(['parking', 'coffee']);
      await expect(el).to.be.accessible();
    });

    it('a text search reaches a closed answer from a feed (inside the shadow root) and opens it', async function () {
      // Chromium only: WebKit's text-fragment matcher does not look inside shadow roots (the
      // answers written in the page, above, are found there too).
      if (!untilFound || !('fragmentDirective' in document) || !navigator.userAgent.includes('Chrome/')) this.skip();
      const el = await fixture<RkFaq>(html`<rk-faq src="/test/fixtures/faq/faq.json"></rk-faq>`);
      await ready(el, 5);
      const i = questions(el).indexOf('Can I bring a friend?');
      const p = panel(triggers(el)[i]) as HTMLElement;
      expect(p.getAttribute('hidden')).to.equal('until-found');
      const words = text(p).split(' ').slice(0, 4).join(' ');
      await followLink(`#:~:text=${encodeURIComponent(words)}`);
      await waitUntil(() => isOpen(triggers(el)[i]), `"${words}" did not open its answer`);
      expect(p.hasAttribute('hidden')).to.equal(false);
    });

    it('a link to an id inside a closed answer written in the page opens it', async () => {
      // With hidden="until-found" the browser opens it (beforematch); elsewhere the element does.
      const el = await fixture<RkFaq>(html`<rk-faq>
        <details id="cost"><summary>Does it cost anything?</summary><p>No.</p><p id="seventh-tradition">The basket is optional.</p></details>
        <h3>Who runs it?</h3>
        <p id="service">Members, in rotation.</p>
      </rk-faq>`);
      await ready(el, 2);
      location.hash = 'seventh-tradition';
      await waitUntil(() => openIds(el).includes('cost'), 'not opened by #seventh-tradition');
      location.hash = 'service';
      await waitUntil(() => openIds(el).includes('who-runs-it'), 'not opened by #service');
      await waitUntil(() => el.querySelector('#service')!.checkVisibility(), '#service is not shown');
    });

    it('the <details> written in the page stays open inside the panel; the panel is what closes', async () => {
      const el = await fixture<RkFaq>(markup);
      await ready(el, 3);
      const d = el.querySelector<HTMLDetailsElement>('#first')!;
      expect(d.open).to.equal(true);
      expect(d.hasAttribute('name')).to.equal(false, 'an exclusive group would close its siblings');
      expect(d.querySelector('summary')!.hidden).to.equal(true, 'the accordion shows the question');
      expect((panel(triggers(el)[1]) as HTMLElement).hasAttribute('hidden')).to.equal(true);
    });
  });

  describe('search', () => {
    it('filters as you type, accent-insensitive, highlights with <mark>, announces politely', async () => {
      const el = await fixture<RkFaq>(html`<rk-faq searchable src="/test/fixtures/faq/faq.json"></rk-faq>`);
      await ready(el, 5);
      const input = await control<HTMLInputElement>(el, 'search-input');
      expect(input.labels![0].textContent).to.equal('Search questions');
      const live = root(el).querySelector('[part="count"]')!;
      expect(live.getAttribute('role')).to.equal('status');
      await expect(el).to.be.accessible();
      await search(el, 'medicaid');
      expect(questions(el)).to.deep.equal(['¿Aceptan Medicaid?']);
      expect(status(el)).to.equal('1 question matches');
      const marks = [...root(el).querySelectorAll('mark')].map((m) => m.textContent);
      expect(marks).to.include('Medicaid');
      expect(marks).to.include('Médicaid'); // in the answer, opened while searching
      expect(isOpen(visibleTriggers(el)[0])).to.equal(true);
      await expect(el).to.be.accessible();
      await search(el, 'meeting');
      expect(status(el)).to.equal('2 questions match');
      await search(el, 'a');
      expect(status(el)).to.match(/^\d questions match$/);
      await search(el, 'zzzz');
      expect(questions(el)).to.deep.equal([]);
      expect(status(el)).to.equal('No questions match your search.');
      await expect(el).to.be.accessible();
      await search(el, '');
      expect(questions(el)).to.have.length(5);
      expect(openIds(el)).to.deep.equal([], 'clearing the search restores what was open');
      expect(root(el).querySelector('mark')).to.equal(null);
    });

    it('highlights matches in answers written in the page with <mark> in the light DOM, and removes them', async () => {
      const el = await fixture<RkFaq>(html`<rk-faq searchable>
        <details id="cost"><summary>Does it cost anything?</summary><p>No. Meetings are free.</p></details>
        <details id="talk"><summary>Do I have to talk?</summary><p>Nobody has to share.</p></details>
      </rk-faq>`);
      await ready(el, 2);
      await search(el, 'share');
      expect(questions(el)).to.deep.equal(['Do I have to talk?']);
      await waitUntil(() => el.querySelector('mark'));
      expect(el.querySelector('#talk mark')!.textContent).to.equal('share');
      expect(isOpen(visibleTriggers(el)[0])).to.equal(true);
      await search(el, '');
      expect(el.querySelector('mark')).to.equal(null);
      expect(text(el.querySelector('#talk p'))).to.equal('Nobody has to share.');
      expect(questions(el)).to.have.length(2, 'marking did not re-read the markup as new content');
    });

    it('speaks Spanish', async () => {
      const el = await fixture<RkFaq>(html`<rk-faq lang="es" searchable src="/test/fixtures/faq/faq-es.json"></rk-faq>`);
      await ready(el, 2);
      expect((await control<HTMLInputElement>(el, 'search-input')).labels![0].textContent).to.equal('Buscar preguntas');
      await search(el, 'cuotas');
      expect(status(el)).to.equal('1 pregunta coincide');
      await search(el, 'xyz');
      expect(status(el)).to.equal('Ninguna pregunta coincide con su búsqueda.');
    });
  });

  it('filters by category with toggle buttons (aria-pressed)', async () => {
    const el = await fixture<RkFaq>(html`<rk-faq src="/test/fixtures/faq/faq.json"></rk-faq>`);
    await ready(el, 5);
    const group = await control(el, 'categories');
    expect(group.getAttribute('role')).to.equal('group');
    expect(group.getAttribute('aria-label')).to.equal('Categories');
    const chips = [...group.querySelectorAll<HTMLButtonElement>('button')];
    expect(chips.map(text)).to.deep.equal(['All', 'Costos', 'Meetings', 'Help']);
    expect(chips[0].getAttribute('aria-pressed')).to.equal('true');
    chips[2].click();
    await el.updateComplete;
    expect(chips[2].getAttribute('aria-pressed')).to.equal('true');
    expect(chips[0].getAttribute('aria-pressed')).to.equal('false');
    expect(questions(el)).to.deep.equal(['What happens at a first meeting?']);
    await expect(el).to.be.accessible();
    chips[0].click();
    await el.updateComplete;
    expect(questions(el)).to.have.length(5);
  });

  it('files questions written in the page under data-category (details and headings), with filter buttons', async () => {
    const el = await fixture<RkFaq>(html`<rk-faq>
      <details id="fee" data-category="Cost"><summary>Is there a fee?</summary><p>No.</p></details>
      <details id="insurance" data-category="Cost"><summary>Do you take insurance?</summary><p>Most plans.</p></details>
      <h3 id="first" data-category="Meetings">What happens at a first meeting?</h3>
      <p>You can just listen.</p>
      <details id="other"><summary>Anything else?</summary><p>Ask us.</p></details>
    </rk-faq>`);
    await ready(el, 4);
    const group = await control(el, 'categories');
    const chips = [...group.querySelectorAll<HTMLButtonElement>('[part="category"]')];
    expect(chips.map(text)).to.deep.equal(['All', 'Cost', 'Meetings']);
    await expect(el).to.be.accessible();
    chips[2].click();
    await el.updateComplete;
    expect(questions(el)).to.deep.equal(['What happens at a first meeting?']);
    expect(chips.map((c) => c.getAttribute('aria-pressed'))).to.deep.equal(['false', 'false', 'true']);
    triggers(el)[2].click();
    await waitUntil(() => el.querySelector('#first + p')!.checkVisibility(), 'the open answer is not shown');
    expect(el.querySelector('#fee')!.checkVisibility()).to.equal(false, 'answers of other categories are not shown');
    await expect(el).to.be.accessible();
    chips[1].click();
    await el.updateComplete;
    expect(questions(el)).to.deep.equal(['Is there a fee?', 'Do you take insurance?']);
    chips[0].click();
    await el.updateComplete;
    expect(questions(el)).to.have.length(4, 'All includes the uncategorised question');
  });

  describe('deep links', () => {
    afterEach(() => history.replaceState(history.state, '', location.pathname + location.search));

    it('opens, scrolls to and focuses the item named by the hash on load and on hashchange', async () => {
      history.replaceState(history.state, '', '#first');
      const el = await fixture<RkFaq>(markup);
      await ready(el, 3);
      await waitUntil(() => focused(el) === triggers(el)[1], 'trigger not focused');
      expect(openIds(el)).to.deep.equal(['first']);
      location.hash = 'do-i-have-to-talk';
      await waitUntil(() => focused(el) === triggers(el)[2], 'hashchange not followed');
      expect(openIds(el)).to.include('do-i-have-to-talk');
    });

    it('follows the hash once a feed has loaded', async () => {
      history.replaceState(history.state, '', '#insurance');
      const el = await fixture<RkFaq>(html`<rk-faq src="/test/fixtures/faq/faq.json"></rk-faq>`);
      await ready(el, 5);
      await waitUntil(() => focused(el) === triggers(el)[0], 'trigger not focused');
      expect(openIds(el)).to.deep.equal(['insurance']);
    });

    it('a link to a question filtered out by its category shows all categories and opens it', async () => {
      const el = await fixture<RkFaq>(html`<rk-faq>
        <details id="fee" data-category="Cost"><summary>Is there a fee?</summary><p>No.</p></details>
        <details id="first" data-category="Meetings"><summary>First meeting?</summary><p>Listen.</p></details>
      </rk-faq>`);
      await ready(el, 2);
      const chips = [...(await control(el, 'categories')).querySelectorAll<HTMLButtonElement>('button')];
      chips[2].click();
      await el.updateComplete;
      expect(questions(el)).to.deep.equal(['First meeting?']);
      location.hash = 'fee';
      await waitUntil(() => focused(el) === triggers(el)[0], 'trigger not focused');
      expect(questions(el)).to.have.length(2);
      expect(openIds(el)).to.deep.equal(['fee']);
      expect(chips[0].getAttribute('aria-pressed')).to.equal('true');
    });

    describe('the same id from markup and from a feed', () => {
      const feed = '/test/fixtures/faq/same-ids.json';
      const ids = (el: RkFaq) => triggers(el).map((t) => t.closest('[part="item"]')!.id);
      // The same questions written in the page, from the feed file itself (fetched over HTTP).
      const questionsOf = async () => (await (await fetch(feed)).json()) as FaqInput[];
      const written = (list: FaqInput[]) =>
        html`<rk-faq>${list.map((q) => html`<details id=${q.id ?? nothing}><summary>${q.question}</summary><p>${q.answer}</p></details>`)}</rk-faq>`;
      const expected = [
        'aceptan-medicaid',
        'strasse-aero-lodz-ou-est-la-reunion',
        'क्या-मुझे-पहली-मीटिंग-में-बोलना-पड़ेगा',
        'การประชุมมีค่าใช้จ่ายไหม',
        'مَا-هُوَ-الرَّاعِي',
        '什么是康复',
        '회복이란-무엇인가요',
        'ミーティングは無料ですか',
        'can-i-bring-my-dog',
        'q-10',
        'what-should-i-expect-the-very-first-time-i-walk-into-an-open',
        'is-it-free',
        'is-it-free-2',
        'cost-2',
        'cost',
      ].map((id) => id.normalize('NFC'));

      it('in every script, for long questions, duplicates and next to author ids', async () => {
        const list = await questionsOf();
        const fromFeed = await fixture<RkFaq>(html`<rk-faq src=${feed}></rk-faq>`);
        await ready(fromFeed, list.length);
        const fromMarkup = await fixture<RkFaq>(written(list));
        await ready(fromMarkup, list.length);
        expect(questions(fromMarkup)).to.deep.equal(questions(fromFeed));
        expect(ids(fromFeed)).to.deep.equal(expected);
        expect(ids(fromMarkup)).to.deep.equal(expected);
        await expect(fromFeed).to.be.accessible();
        await expect(fromMarkup).to.be.accessible();
      });

      it('a link made with the feed\'s ids opens the question written in the page', async () => {
        const list = await questionsOf();
        const hindi = expected[2];
        history.replaceState(history.state, '', `#${encodeURIComponent(hindi)}`);
        const wrap = await fixture<HTMLElement>(html`<div><p><a href=${`#${expected[3]}`}>Thai</a> <a href=${`#${expected[10]}`}>Long</a></p>${written(list)}</div>`);
        const el = wrap.querySelector<RkFaq>('rk-faq')!;
        await ready(el, list.length);
        await waitUntil(() => focused(el) === triggers(el)[2], 'the Hindi question is not focused');
        expect(openIds(el)).to.deep.equal([hindi]);
        await waitUntil(() => el.querySelectorAll('details')[2].checkVisibility(), 'its answer is not shown');
        await expect(el).to.be.accessible();
        for (const k of [3, 10]) {
          wrap.querySelectorAll('a')[k == 3 ? 0 : 1].click();
          await waitUntil(() => focused(el) === triggers(el)[k], `question ${k} is not focused`);
          expect(openIds(el)).to.include(expected[k]);
        }
        await expect(el).to.be.accessible();
      });
    });

    it('writes the opened item to the hash only with update-hash', async () => {
      const plain = await fixture<RkFaq>(markup);
      await ready(plain, 3);
      triggers(plain)[0].click();
      expect(location.hash).to.equal('');
      const el = await fixture<RkFaq>(html`<rk-faq update-hash>
        <details id="cost"><summary>Cost?</summary>Free.</details>
      </rk-faq>`);
      await ready(el, 1);
      const length = history.length;
      triggers(el)[0].click();
      expect(location.hash).to.equal('#cost');
      expect(history.length).to.equal(length, 'replaceState, no new history entry');
    });
  });

  describe('structured data', () => {
    const blocks = () => [...document.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"]')];

    it('emits one FAQPage block in the light DOM for two widgets, matching the visible text, removed when they go', async () => {
      const wrap = await fixture<HTMLElement>(html`<div>
        <rk-faq structured-data id="one">
          <details id="cost"><summary>Does it cost anything?</summary><p>No. Meetings are <strong>free</strong>.</p></details>
        </rk-faq>
        <rk-faq structured-data id="two" src="/test/fixtures/faq/faq-jsonld.json"></rk-faq>
      </div>`);
      const [one, two] = [...wrap.querySelectorAll<RkFaq>('rk-faq')];
      await ready(one, 1);
      await ready(two, 2);
      await waitUntil(() => blocks().length === 1 && JSON.parse(blocks()[0].textContent!).mainEntity.length === 3, 'one block with 3 questions');
      const block = blocks()[0];
      expect(block.getRootNode()).to.equal(document);
      const data = JSON.parse(block.textContent!);
      expect(data['@type']).to.equal('FAQPage');
      expect(data.mainEntity.map((q: { name: string }) => q.name)).to.deep.equal([
        'Does it cost anything?',
        'What is Narcotics Anonymous?',
        'Do I have to be clean to attend?',
      ]);
      // Answers match the visible text.
      // Inert parse (DOMParser documents run no script) to read the answer's text.
      const strip = (s: string) => text(new DOMParser().parseFromString(s, 'text/html').body);
      expect(strip(data.mainEntity[0].acceptedAnswer.text)).to.equal(text(one.querySelector('#cost p')));
      expect(strip(data.mainEntity[1].acceptedAnswer.text)).to.equal(text(panel(triggers(two)[0]) as HTMLElement));
      expect(strip(data.mainEntity[2].acceptedAnswer.text)).to.equal(text(panel(triggers(two)[1]) as HTMLElement));
      expect(root(one).querySelector('script')).to.equal(null);
      one.remove();
      await waitUntil(() => JSON.parse(blocks()[0]?.textContent ?? '{"mainEntity":[]}').mainEntity.length === 2);
      expect(blocks()).to.have.length(1);
      two.remove();
      await waitUntil(() => blocks().length === 0, 'block removed with the last FAQ');
    });

    it('emits nothing without the attribute', async () => {
      const el = await fixture<RkFaq>(markup);
      await ready(el, 3);
      await new Promise((r) => setTimeout(r, 50));
      expect(blocks()).to.have.length(0);
    });
  });

  describe('untrusted answers over real HTTP', () => {
    it('lets no script, handler, image or javascript: link reach the DOM', async () => {
      const el = await fixture<RkFaq>(html`<rk-faq src="/test/fixtures/faq/hostile.json" expand-all structured-data></rk-faq>`);
      await ready(el, 5);
      (await control<HTMLButtonElement>(el, 'expand-all')).click();
      await el.updateComplete;
      const all = [...root(el).querySelectorAll('*')];
      for (const node of all) {
        expect(['script', 'img', 'svg', 'iframe', 'details', 'style', 'object', 'embed']).not.to.include(node.localName);
        for (const attr of node.getAttributeNames()) {
          expect(attr.startsWith('on'), `${node.localName}[${attr}]`).to.equal(false);
          expect(attr === 'style', `${node.localName}[style]`).to.equal(false);
        }
      }
      for (const a of root(el).querySelectorAll('a')) {
        expect(a.getAttribute('href') ?? '').to.match(/^https:/);
      }
      expect(questions(el)[0]).to.equal('Image question');
      expect(text(panel(triggers(el)[0]) as HTMLElement)).to.equal('Safe text one.');
      expect(text(panel(triggers(el)[2]) as HTMLElement)).to.equal('Click me and me');
      // Hover and click everything that could carry a handler; the canary must stay unset.
      // (Navigation is prevented so a safe https link does not take the test page away.)
      root(el).addEventListener('click', (e) => e.preventDefault());
      for (const node of all) {
        node.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
        if (node.localName === 'a') node.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
      }
      await new Promise((r) => setTimeout(r, 200));
      expect(window.__pwned).to.equal(undefined);
      const ld = document.querySelector('script[type="application/ld+json"]')!;
      expect(ld.textContent).not.to.contain('<');
      expect(ld.textContent).not.to.contain('javascript');
      el.remove();
    });
  });

  describe('fallback content with a feed', () => {
    const fallback = (src: string) => html`<rk-faq src=${src}>
      <p id="fallback">Questions? Call us at <a href="tel:+15555550100">555-0100</a>.</p>
      <details id="fallback-q"><summary>Is it free?</summary><p>Yes.</p></details>
    </rk-faq>`;
    const visible = (el: RkFaq, sel: string) => el.querySelector(sel)!.checkVisibility();

    for (const src of ['/__rk/status/404', '/__rk/status/500', '/__rk/invalid-json', '/test/fixtures/faq/not-faq.json']) {
      it(`stays visible, as written, when the feed fails (${src})`, async () => {
        const el = await fixture<RkFaq>(fallback(src));
        await log.wait('rk-error', el, 1, 9000);
        await el.updateComplete;
        expect(alertText(el)).to.not.equal('');
        expect(visible(el, '#fallback')).to.equal(true);
        expect(visible(el, '#fallback-q summary')).to.equal(true, 'not turned into an accordion item');
        expect(triggers(el)).to.have.length(0);
        expect(root(el).querySelector('[part="empty"]')).to.equal(null);
        await expect(el).to.be.accessible();
      });
    }

    it('shows while the feed loads and gives way to the questions', async () => {
      const el = await fixture<RkFaq>(fallback('/__rk/slow?ms=500&file=test/fixtures/faq/faq.json'));
      await waitUntil(() => root(el).querySelector('[part="status"]'), 'no loading status');
      expect(visible(el, '#fallback')).to.equal(true);
      await expect(el).to.be.accessible();
      await ready(el, 5);
      expect(visible(el, '#fallback')).to.equal(false);
      expect(visible(el, '#fallback-q')).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('gives way to the questions when Try again succeeds', async () => {
      const key = Math.random().toString(36).slice(2);
      // 503 three times (the first attempt and the loader's two retries), then the feed.
      const el = await fixture<RkFaq>(fallback(`/__rk/flaky?key=${key}&fails=3&file=test/fixtures/faq/faq.json`));
      await log.wait('rk-error', el, 1, 9000);
      await el.updateComplete;
      expect(visible(el, '#fallback')).to.equal(true);
      root(el).querySelector<HTMLButtonElement>('[part="retry"]')!.click();
      await ready(el, 5);
      expect(visible(el, '#fallback')).to.equal(false);
      expect(root(el).querySelector('[role="alert"]')).to.equal(null);
    });
  });

  describe('fallback content when src is set from script after the markup rendered', () => {
    const written = (src?: string) => html`<rk-faq src=${src ?? nothing}>
      <p id="fallback">Questions? Call us at <a href="tel:+15555550100">555-0100</a>.</p>
      <details id="fallback-q" name="faq"><summary>Is it free?</summary><p>Yes.</p></details>
      <h3 id="fallback-h">Can I bring a friend?</h3>
      <p id="fallback-a">Yes, to open meetings.</p>
    </rk-faq>`;
    const visible = (el: RkFaq, sel: string) => el.querySelector(sel)!.checkVisibility();

    /** The markup is an accordion of its two questions. */
    async function accordion(el: RkFaq): Promise<void> {
      await ready(el, 2);
      expect(questions(el)).to.deep.equal(['Is it free?', 'Can I bring a friend?']);
      expect(visible(el, '#fallback-q summary')).to.equal(false, 'the summary is replaced by a trigger');
      expect(visible(el, '#fallback-h')).to.equal(false, 'the heading is replaced by a trigger');
    }

    /** The markup shows as the author wrote it, as it does when src is there from the start. */
    function asWritten(el: RkFaq): void {
      expect(triggers(el)).to.have.length(0);
      for (const sel of ['#fallback', '#fallback-q', '#fallback-q summary', '#fallback-h', '#fallback-a']) expect(visible(el, sel)).to.equal(true, sel);
      const details = el.querySelector<HTMLDetailsElement>('#fallback-q')!;
      expect(details.open).to.equal(false, 'closed, as written');
      expect(details.getAttribute('name')).to.equal('faq');
      expect(el.querySelectorAll('[slot], [hidden]')).to.have.length(0);
      expect(root(el).querySelector('[part="empty"]')).to.equal(null);
    }

    for (const src of ['/__rk/status/404', '/__rk/status/500', '/__rk/invalid-json', '/test/fixtures/faq/not-faq.json']) {
      it(`shows it as written when the feed fails, as with src from the start (${src})`, async () => {
        const first = await fixture<RkFaq>(written(src));
        await log.wait('rk-error', first, 1, 9000);
        await first.updateComplete;
        asWritten(first);
        const later = await fixture<RkFaq>(written());
        await accordion(later);
        await expect(later).to.be.accessible();
        later.src = src;
        await log.wait('rk-error', later, 1, 9000);
        await later.updateComplete;
        expect(alertText(later)).to.equal(alertText(first));
        asWritten(later);
        await expect(later).to.be.accessible();
      });
    }

    it('does the same for items set from script: empty shows the markup as written, questions replace it', async () => {
      const el = await fixture<RkFaq>(written());
      await accordion(el);
      el.items = [];
      await waitUntil(() => root(el).querySelector('[part="empty"]'), 'no empty state');
      expect(triggers(el)).to.have.length(0);
      for (const sel of ['#fallback', '#fallback-q summary', '#fallback-h', '#fallback-a']) expect(visible(el, sel)).to.equal(true, sel);
      expect(el.querySelectorAll('[slot], [hidden]')).to.have.length(0);
      await expect(el).to.be.accessible();
      el.items = [{ question: 'Set from script?', answer: 'Yes.' }];
      await ready(el, 1);
      expect(questions(el)).to.deep.equal(['Set from script?']);
      expect(visible(el, '#fallback')).to.equal(false);
      await expect(el).to.be.accessible();
      el.items = undefined;
      await accordion(el);
    });

    it('shows it as written while the feed loads, gives way to the questions, and comes back when src goes', async () => {
      const el = await fixture<RkFaq>(written());
      await accordion(el);
      triggers(el)[0].click();
      await el.updateComplete;
      el.src = '/__rk/slow?ms=500&file=test/fixtures/faq/faq.json';
      await waitUntil(() => root(el).querySelector('[part="status"]'), 'no loading status');
      expect(text(root(el).querySelector('[role="status"]'))).to.equal('Loading…');
      asWritten(el);
      await expect(el).to.be.accessible();
      await log.wait('rk-load', el);
      await ready(el, 5);
      for (const sel of ['#fallback', '#fallback-q', '#fallback-h', '#fallback-a']) expect(visible(el, sel)).to.equal(false, sel);
      await expect(el).to.be.accessible();
      el.src = undefined;
      await accordion(el);
      expect(root(el).querySelector('[part="status"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('load errors over real HTTP', () => {
    const cases: [string, string][] = [
      ['/__rk/status/404', 'not found (404)'],
      ['/__rk/status/500', 'server had a problem (500)'],
      ['/__rk/invalid-json', 'not valid JSON'],
      ['/__rk/html200', 'web page instead of data'],
      ['/test/fixtures/faq/not-faq.json', 'not a list of questions'],
    ];
    for (const [src, message] of cases) {
      it(`shows an alert with Try again for ${src}`, async () => {
        const el = await fixture<RkFaq>(html`<rk-faq src=${src}></rk-faq>`);
        await log.wait('rk-error', el, 1, 9000);
        await el.updateComplete;
        expect(alertText(el)).to.contain(message);
        expect(text(root(el).querySelector('[part="retry"]'))).to.equal('Try again');
        expect(root(el).querySelector('[part="empty"]')).to.equal(null);
        await expect(el).to.be.accessible();
      });
    }

    it('shows a polite loading status while the feed loads, in Spanish too', async () => {
      const el = await fixture<RkFaq>(html`<rk-faq lang="es" src=${'/__rk/slow?ms=400&file=test/fixtures/faq/faq.json'}></rk-faq>`);
      await waitUntil(() => root(el).querySelector('[role="status"]'));
      expect(text(root(el).querySelector('[role="status"]'))).to.equal('Cargando…');
      await ready(el, 5);
      const err = await fixture<RkFaq>(html`<rk-faq lang="es" src="/__rk/status/404"></rk-faq>`);
      await log.wait('rk-error', err);
      await err.updateComplete;
      expect(alertText(err)).to.contain('No se encontró');
    });
  });
});
