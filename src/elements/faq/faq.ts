import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { RkElement } from '../../base/rk-element.js';
import type { DataController } from '../../base/data-controller.js';
import type { FaqItem, FaqParseResult } from '../../core/faq/items.js';
import { faqIds } from '../../core/faq/slug.js';
import { styles } from './faq.styles.js';

export interface RkToggleDetail {
  /** The item's id (also its deep-link fragment). */
  id: string;
  open: boolean;
}

/** What the `items` property takes: `answer` may be HTML (sanitized with the allowlist). */
export interface FaqInput {
  question: string;
  answer: string;
  id?: string;
  category?: string;
}

declare global {
  interface RkEventMap {
    'rk-toggle': RkToggleDetail;
  }
  interface GlobalEventHandlersEventMap {
    'rk-toggle': CustomEvent<RkToggleDetail>;
  }
}

/** An item from any source; `slot` and `light` are set for questions written in the page. */
export interface FaqEntry extends FaqItem {
  slot?: string;
  light?: Node[];
}

// Parts loaded with import() only when an element needs them, then shared by every <rk-faq>:
// the feed code (src / items: loader, sanitizer), the controls (search, categories, Expand
// all), the messages (empty state), JSON-LD. Each of the first three also exports `t` and
// `empty` (the messages), so whichever arrives first serves them.
type DataPart = typeof import('./data.js');
type ControlsPart = typeof import('./search.js');
type MessagesPart = Pick<typeof import('./l10n.js'), 't' | 'empty'>;
let dataPart: DataPart | undefined;
let controlsPart: ControlsPart | undefined;
let messagesPart: MessagesPart | undefined;
let jsonLdPart: typeof import('./jsonld.js') | undefined;

/**
 * Reads questions the page author wrote inside the element: `<details><summary>Q</summary>A</details>`,
 * or headings (`h2`-`h6`) each followed by answer elements; `data-category` on the `<details>`
 * or the heading files it under a category. Trusted as written.
 *
 * Answers are SLOTTED, not cloned: each answer's nodes get a `slot` name and the panel renders
 * `<slot name>`, so the author's markup stays in the light DOM, styled by the page, read by
 * crawlers and by find-in-page, with any element the author chose (images, video...). A
 * `<details>` is slotted whole, kept open with its `<summary>` hidden (and `name` removed, so an
 * exclusive group does not fight the accordion). Question headings get `slot="rk-faq-question"`,
 * which is never rendered (the accordion renders its own heading). Anything before the first
 * question shows above the list (default slot).
 *
 * The author's value of every attribute changed is noted in `host._undo` (the first time): when
 * `src` or `items` takes over, data.ts puts them back, so the markup is fallback content shown as
 * written, as when `src` is there from the start.
 */
function readMarkup(host: RkFaq): FaqEntry[] {
  const out: FaqEntry[] = [];
  const keep = (el: Element, ...names: string[]) => {
    const saved = host._undo.get(el) ?? {};
    host._undo.set(el, saved);
    for (const name of names) if (!(name in saved)) saved[name] = el.getAttribute(name);
  };
  let level = 7;
  let cur: FaqEntry | undefined;
  const add = (q: Element, el: Element, light: Node[]) => {
    const e: FaqEntry = {
      id: el.id, // the author's, if any: made final below
      question: (q.textContent ?? '').replace(/\s+/g, ' ').trim(),
      answer: [],
      answerText: '',
      light,
      slot: `rk-faq-${out.length}`,
    };
    const cat = el.getAttribute('data-category')?.trim();
    if (cat) e.category = cat;
    out.push(e);
    return e;
  };
  for (const el of host.children) {
    const tag = el.localName;
    const h = /^h([1-6])$/.exec(tag);
    if (tag == 'details') {
      cur = undefined;
      const summary = [...el.children].find((c) => c.localName == 'summary') as HTMLElement | undefined;
      if (!summary) continue;
      keep(el, 'slot', 'name', 'open');
      keep(summary, 'hidden');
      el.slot = add(summary, el, [...el.childNodes].filter((n) => n != summary)).slot!;
      summary.hidden = true;
      el.removeAttribute('name');
      (el as HTMLDetailsElement).open = true;
    } else if (h && +h[1] <= (level = Math.min(level, +h[1]))) {
      cur = add(el, el, []);
      keep(el, 'slot');
      el.slot = 'rk-faq-question';
    } else if (cur && tag != 'script' && tag != 'template' && tag != 'style') {
      cur.light!.push(el);
      keep(el, 'slot');
      el.slot = cur.slot!;
    }
  }
  // Ids as a feed's are given (core faqIds), so a question has the same deep link either way.
  const ids = faqIds(out);
  out.forEach((e, k) => {
    e.id = ids[k];
    e.answerText = e.light!.map((n) => n.textContent).join('\n').trim();
  });
  return out;
}

let untilFound: boolean | undefined;

/**
 * An accessible FAQ accordion (WAI-ARIA APG pattern) for a blog post or a center's questions
 * page. Write the questions as plain `<details>` or heading + paragraph pairs inside it (they
 * stay readable without JavaScript), or point `src` at a JSON feed, or set `items`.
 *
 * Answers from a feed or `items` go through the allowlist sanitizer (p, br, ul, ol, li, a,
 * strong, em, b, i, h3-h6; http(s) / mailto / tel links) and are rendered with templates.
 * The feed code, search and the other controls, messages and JSON-LD load on demand (`import()`),
 * so a markup-only FAQ stays small.
 *
 * Deep links: `page#item-id` opens, scrolls to and focuses that question (the element reads
 * `location.hash` itself, on load and on `hashchange`, because a fragment cannot reach into a
 * shadow root). An item's id is the one its author gave (the `<details>` or heading's `id`, the
 * feed's `id`), else a slug of the question: accents folded, letters of any script kept with
 * their vowel signs, at most 64 characters, `-2`, `-3`... for repeats. A question gets the same
 * id written in the page as from a feed (core `slugify`). Closed answers use `hidden="until-found"` where supported, so find-in-page,
 * text fragments (`#:~:text=`) and links to an id inside an answer open them (`beforematch`),
 * answers written in the page included.
 *
 * Search: questions and answers are filtered as you type (accent- and case-insensitive, every
 * word must match), matches are highlighted with `<mark>`, the count is announced politely.
 * Items whose ANSWER matches are opened while the search lasts (in `single` mode only the
 * first), so the highlighted passage is visible; clearing the search restores what was open.
 *
 * @tagname rk-faq
 * @summary FAQ accordion from markup, JSON or a property: search, categories, deep links, JSON-LD.
 *
 * @slot - The questions, written as `<details id data-category><summary>Question</summary>Answer…</details>` or `<h3 id data-category>Question</h3><p>Answer…</p>` (`data-category` optional). Text before the first question shows above the list. With `src` or `items` this is fallback content: shown as written while the feed loads and when it fails or is empty, hidden once questions arrive.
 *
 * @csspart base - The wrapper of everything.
 * @csspart search - The search field's wrapper (label and input).
 * @csspart search-input - The search input.
 * @csspart count - The live region announcing how many questions match.
 * @csspart categories - The group of category filter buttons.
 * @csspart category - A category filter button (`aria-pressed`).
 * @csspart tools - The Expand all / Collapse all wrapper.
 * @csspart expand-all - The Expand all button.
 * @csspart collapse-all - The Collapse all button.
 * @csspart list - The list of items.
 * @csspart item - One question and its answer.
 * @csspart heading - The heading around a trigger.
 * @csspart trigger - The button that opens and closes an answer.
 * @csspart icon - The chevron in a trigger.
 * @csspart panel - An answer panel.
 * @csspart mark - A highlighted search match (questions and feed answers).
 * @csspart note - "2 questions could not be shown".
 * @csspart empty - "No questions yet" and "No questions match".
 * @csspart status - Loading status (shared loader).
 * @csspart error - Load error box (shared loader).
 * @csspart retry - The error box's Try again button.
 *
 * @cssprop [--rk-faq-accent=var(--rk-color-primary)] - Chevron, open item and active category colour.
 * @cssprop [--rk-faq-border=var(--rk-color-border)] - Border around and between items.
 * @cssprop [--rk-faq-surface=var(--rk-color-surface)] - Background of the list.
 * @cssprop [--rk-faq-hover=var(--rk-color-surface-alt)] - Background of a hovered or open question.
 * @cssprop [--rk-faq-radius=var(--rk-radius)] - Corner radius of the list.
 * @cssprop [--rk-faq-question-size=1.05em] - Font size of the questions.
 * @cssprop [--rk-faq-padding=var(--rk-space-3) var(--rk-space-4)] - Padding of questions and answers.
 * @cssprop [--rk-faq-duration=0.25s] - Open / close animation time (none with reduced motion).
 * @cssprop [--rk-faq-mark=#ffe27a] - Background of highlighted matches.
 *
 * @fires {CustomEvent<RkToggleDetail>} rk-toggle - When a question opens or closes (by the reader, Expand / Collapse all, a deep link or find-in-page). Detail: `{ id, open }`.
 * @fires {CustomEvent<RkLoadDetail>} rk-load - When `src` has loaded.
 * @fires {CustomEvent<RkErrorDetail>} rk-error - When `src` failed to load.
 */
export class RkFaq extends RkElement {
  static override styles = styles;

  // `static properties` rather than decorators: no decorator helper in the bundle.
  static override properties = {
    src: {},
    items: { attribute: false },
    mode: { reflect: true },
    open: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    searchable: { type: Boolean, reflect: true },
    expandAll: { type: Boolean, attribute: 'expand-all' },
    updateHash: { type: Boolean, attribute: 'update-hash' },
    structuredData: { type: Boolean, attribute: 'structured-data' },
    _entries: { state: true, attribute: false },
  };

  /** URL of a JSON feed: an array of `{ question, answer, id?, category? }` (answer may be HTML) or schema.org FAQPage JSON-LD. Relative links in answers resolve against it. */
  declare src?: string;

  /** Questions set from script; answers may be HTML (sanitized). Takes precedence over `src` and markup. */
  declare items?: FaqInput[];

  /** `multiple` (default): any number open. `single`: opening one closes the others. */
  mode: 'single' | 'multiple' = 'multiple';

  /** Id(s) of the item(s) open at first, space-separated. */
  declare open?: string;

  /** Level of the question headings, 2-6 (default 3). */
  headingLevel = 3;

  /** Shows a search field that filters questions and answers as you type. */
  searchable = false;

  /** Shows Expand all / Collapse all buttons (`multiple` mode only). */
  expandAll = false;

  /** Writes the open item's id to the URL hash (`history.replaceState`, no new history entry). A finder on the same page keeps its filters either way; with its state in the query (its default) the two never replace each other's. */
  updateHash = false;

  /** Adds the questions to the page's single schema.org FAQPage JSON-LD block (in `document.head`). */
  structuredData = false;

  // `_` members are shared with the parts that load on demand (data.ts, search.ts, l10n.ts);
  // they are not API (the manifest leaves them out).
  /** @internal The questions, from whichever source. */
  _entries: FaqEntry[] = [];
  /** @internal How many feed entries could not be shown (data.ts). */
  _skipped?: number;
  /** @internal The search text (search.ts). */
  _query?: string;
  /** @internal The chosen category, unset or '' for all (search.ts). */
  _category?: string;
  /** @internal Ids of the open items. */
  _opened = new Set<string>();
  /** @internal What was open before the search began. */
  _before?: Set<string>;
  /** @internal The feed loader (made by data.ts). */
  _data?: DataController<FaqParseResult>;
  /** @internal Watches the markup. */
  _observer?: MutationObserver;
  /** @internal The author's values of the attributes enhancing the markup changed (null: absent). */
  _undo = new Map<Element, Record<string, string | null>>();

  /** @internal The fragment followed last (hash.ts). */
  _hashDone?: string;
  private openApplied = false;
  private readonly onHash = () => this.followHash(true);

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('hashchange', this.onHash);
    (this._observer ??= new MutationObserver(() => this.markup() && this.readSource())).observe(this, { childList: true, subtree: true, characterData: true });
    if (this.markup()) this.readSource();
    // Back in the page: its questions rejoin the JSON-LD block (dropped on disconnect).
    if (this.hasUpdated) void this.syncJsonLd();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.onHash);
    this._observer!.disconnect();
    jsonLdPart?.drop(this);
  }

  /** True when the questions come from the markup (no `items`, no `src`). */
  private markup(): boolean {
    return !this.items && !this.src;
  }

  /** Loads a part with messages, keeps it, and re-renders. */
  private use<P extends MessagesPart>(load: Promise<P>, keep: (part: P) => void): void {
    void load.then((part) => {
      keep(part);
      messagesPart ??= part;
      this.requestUpdate();
    });
  }

  /** @internal Shows `entries`, keeping what is open where it still exists; applies `open` the first time. */
  _setEntries(entries: FaqEntry[]): void {
    this._entries = entries;
    const ids = new Set(entries.map((e) => e.id));
    this._opened = new Set([...this._opened].filter((id) => ids.has(id)));
    if (!this.openApplied && entries.length) {
      this.openApplied = true;
      for (const id of (this.open ?? '').split(/\s+/)) if (ids.has(id) && (this.mode != 'single' || !this._opened.size)) this._opened.add(id);
    }
  }

  private readSource(): void {
    if (this.markup()) {
      this._setEntries(readMarkup(this));
      this._observer?.takeRecords();
    } else if (dataPart) dataPart.read(this);
    else this.use(import('./data.js'), (p) => ((dataPart = p), this.readSource()));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('items') || changed.has('src')) this.readSource();
    if (changed.has('open') && this.hasUpdated) {
      this.openApplied = false;
      this._opened.clear();
      this._setEntries(this._entries);
    }
    if (!controlsPart && (this.searchable || this.expandAll || this._entries.some((e) => e.category))) this.use(import('./search.js'), (p) => (controlsPart = p));
    if (!messagesPart && !this._entries.length) this.use(import('./l10n.js'), () => {});
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('_entries')) this.followHash(false);
    if (changed.has('_entries') || changed.has('structuredData')) void this.syncJsonLd();
    controlsPart?.updated(this);
  }

  private async syncJsonLd(): Promise<void> {
    if (this.structuredData && this.isConnected) {
      jsonLdPart ??= await import('./jsonld.js');
      if (this.structuredData && this.isConnected) jsonLdPart.sync(this, this._entries);
    } else jsonLdPart?.drop(this);
  }

  /** Deep links: opens, scrolls to and focuses the item named by `location.hash` (hash.ts, loaded when there is one). */
  private followHash(force: boolean): void {
    if (location.hash.length > 1) void import('./hash.js').then((p) => p.follow(this, force));
  }

  /** Opens or closes an item; `single` mode closes the others. Fires `rk-toggle` for each change. */
  toggle(id: string, open = !this._opened.has(id), fromUser = true): void {
    if (this._opened.has(id) == open) return;
    if (open && this.mode == 'single') for (const other of this._opened) this.toggle(other, false, false);
    if (open) this._opened.add(id);
    else this._opened.delete(id);
    this.requestUpdate();
    this.emit('rk-toggle', { id, open });
    if (fromUser && open && this.updateHash) history.replaceState(history.state, '', `#${encodeURIComponent(id)}`);
  }

  private onKey(e: KeyboardEvent): void {
    const list = [...this.renderRoot.querySelectorAll<HTMLElement>('.item:not([hidden]) .trigger')];
    const i = list.indexOf(e.target as HTMLElement);
    const n = list.length;
    const next = ({ ArrowDown: i + 1, ArrowUp: i - 1 + n, Home: 0, End: n - 1 } as Record<string, number>)[e.key];
    if (i < 0 || next === undefined) return;
    e.preventDefault();
    list[next % n].focus();
  }

  private heading(inner: TemplateResult): TemplateResult {
    // One static template per level: real h2-h6 elements, no unsafe statics.
    switch (Math.round(this.headingLevel)) {
      case 2:
        return html`<h2 part="heading" class="heading">${inner}</h2>`;
      case 4:
        return html`<h4 part="heading" class="heading">${inner}</h4>`;
      case 5:
        return html`<h5 part="heading" class="heading">${inner}</h5>`;
      case 6:
        return html`<h6 part="heading" class="heading">${inner}</h6>`;
      default:
        return html`<h3 part="heading" class="heading">${inner}</h3>`;
    }
  }

  protected override render() {
    const entries = this._entries;
    const markup = this.markup();
    const shown = new Set(controlsPart?.shown(this) ?? entries);
    const hl = controlsPart?.highlighter(this);
    // The region role only when few panels can be open at once (APG).
    const region = this.mode == 'single' || entries.length < 7;
    untilFound ??= 'onbeforematch' in document.body;
    return html`<div part="base" lang=${messagesPart?.t(this).language ?? nothing}>${
      // The markup: questions (named slots) and the text above them; with a feed, the
      // author's fallback content until questions arrive.
      markup || !entries.length ? html`<slot></slot>` : nothing
    }${entries.length ? controlsPart?.controls(this, shown.size) : nothing}${
      // Loading, errors, skipped entries, "No questions yet": from the parts, on demand.
      markup ? (entries.length ? nothing : messagesPart?.empty(this)) : dataPart?.status(this)
    }${entries.length
      ? html`<div part="list" class="list" ?hidden=${!shown.size} @keydown=${this.onKey}>${
          // Not repeat(): lit-html 3.3.1+ leaves one comment marker in the list for every
          // keyed item it removes (lit/lit#5298), so each src change grew the shadow tree.
          // Plain mapping reuses item templates by position and truncates cleanly.
          entries.map((e, i) => {
            const open = this._opened.has(e.id);
            // Ids are scoped to the shadow root; `_` never occurs in a slug.
            const tid = `_t${i}`;
            const pid = `_p${i}`;
            return html`<div part="item" class="item" id=${e.id} ?hidden=${!shown.has(e)}>${this.heading(
              html`<button type="button" part="trigger" class="trigger" id=${tid} aria-expanded=${open} aria-controls=${pid} @click=${() => this.toggle(e.id)}><span>${hl ? hl(e.question) : e.question}</span><span part="icon" class="icon" aria-hidden="true"></span></button>`,
            )}<div part="panel" class="panel" id=${pid} role=${region ? 'region' : nothing} aria-labelledby=${region ? tid : nothing} hidden=${open ? nothing : untilFound ? 'until-found' : ''} @beforematch=${() => this.toggle(e.id, true, false)}><div class="inner"><div class="body">${e.slot ? html`<slot name=${e.slot}></slot>` : dataPart?.answer(e.answer, hl)}</div></div></div></div>`;
          })
        }</div>`
      : nothing}</div>`;
  }
}
