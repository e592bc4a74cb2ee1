import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { RkElement } from '../../base/rk-element.js';
import { LocalizeController } from '../../base/localize.js';
import type { DataController } from '../../base/data-controller.js';
import type { FaqParseResult } from '../../core/faq/items.js';
import type { LightItem } from './jsonld.js';
import { faqMessages, type FaqMessages } from './messages.js';
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
interface Entry extends LightItem {
  slot?: string;
  light?: Node[];
}

type DataModule = typeof import('./data.js');
type SearchModule = typeof import('./search.js');
type JsonLdModule = typeof import('./jsonld.js');

// Lazy chunks, shared by every <rk-faq> on the page once loaded.
let dataMod: DataModule | undefined;
let searchMod: SearchModule | undefined;
let jsonLdMod: JsonLdModule | undefined;

/** A slug for questions written in the page (the feed path uses core `slugify`, same result for Latin text). */
function slug(text: string, used: Set<string>, n: number): string {
  const base =
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 64) || `q-${n}`;
  let id = base;
  for (let k = 2; used.has(id); k++) id = `${base}-${k}`;
  used.add(id);
  return id;
}

const HEADING = /^h([1-6])$/;

/**
 * Reads questions the page author wrote inside the element: `<details><summary>Q</summary>A</details>`,
 * or headings (`h2`-`h6`) each followed by answer elements. Trusted as written.
 *
 * Answers are SLOTTED, not cloned: each answer's nodes get a `slot` name and the panel renders
 * `<slot name>`, so the author's markup stays in the light DOM, styled by the page, read by
 * crawlers and by find-in-page, with any element the author chose (images, video...). A
 * `<details>` is slotted whole, kept open with its `<summary>` hidden (and `name` removed, so an
 * exclusive group does not fight the accordion). Question headings get `slot="rk-faq-question"`,
 * which is never rendered (the accordion renders its own heading). Anything before the first
 * question shows above the list (default slot).
 */
function readMarkup(host: HTMLElement): Entry[] {
  const out: Entry[] = [];
  const used = new Set<string>();
  let level = 7;
  let cur: Entry | undefined;
  const add = (q: Element, id: string, light: Node[], cat: string | null) => {
    const question = (q.textContent ?? '').replace(/\s+/g, ' ').trim();
    const e: Entry = {
      id: id && !used.has(id) ? (used.add(id), id) : slug(question, used, out.length + 1),
      question,
      answer: [],
      answerText: '',
      light,
      slot: `rk-faq-${out.length}`,
    };
    if (cat) e.category = cat;
    out.push(e);
    return e;
  };
  for (const el of host.children) {
    const tag = el.localName;
    const h = HEADING.exec(tag);
    if (tag === 'details') {
      cur = undefined;
      const summary = [...el.children].find((c) => c.localName === 'summary');
      if (!summary) continue;
      const e = add(summary, el.id, [...el.childNodes].filter((n) => n !== summary), el.getAttribute('data-category'));
      (summary as HTMLElement).hidden = true;
      el.removeAttribute('name');
      (el as HTMLDetailsElement).open = true;
      el.slot = e.slot!;
    } else if (h && +h[1] <= (level = Math.min(level, +h[1]))) {
      cur = add(el, el.id, [], el.getAttribute('data-category'));
      el.slot = 'rk-faq-question';
    } else if (cur && tag !== 'script' && tag !== 'template' && tag !== 'style') {
      cur.light!.push(el);
      el.slot = cur.slot!;
    }
  }
  for (const e of out) e.answerText = e.light!.map((n) => n.textContent).join('\n').trim();
  return out;
}

let untilFound: boolean | undefined;
let uid = 0;

/**
 * An accessible FAQ accordion (WAI-ARIA APG pattern) for a blog post or a center's questions
 * page. Write the questions as plain `<details>` or heading + paragraph pairs inside it (they
 * stay readable without JavaScript), or point `src` at a JSON feed, or set `items`.
 *
 * Answers from a feed or `items` go through the allowlist sanitizer (p, br, ul, ol, li, a,
 * strong, em, b, i, h3-h6; http(s) / mailto / tel links) and are rendered with templates.
 * The feed code, search and JSON-LD load on demand, so a markup-only FAQ stays small.
 *
 * Deep links: `page#item-id` opens, scrolls to and focuses that question (the element reads
 * `location.hash` itself, on load and on `hashchange`, because a fragment cannot reach into a
 * shadow root). Closed answers use `hidden="until-found"` where supported, so find-in-page
 * opens them.
 *
 * Search: questions and answers are filtered as you type (accent- and case-insensitive, every
 * word must match), matches are highlighted with `<mark>`, the count is announced politely.
 * Items whose ANSWER matches are opened while the search lasts (in `single` mode only the
 * first), so the highlighted passage is visible; clearing the search restores what was open.
 *
 * @tagname rk-faq
 * @summary FAQ accordion from markup, JSON or a property: search, categories, deep links, JSON-LD.
 *
 * @slot - The questions, written as `<details id><summary>Question</summary>Answer…</details>` or `<h3 id>Question</h3><p>Answer…</p>` (optional `data-category`). Text before the first question shows above the list. Ignored when `src` or `items` is set.
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

  /** URL of a JSON feed: an array of `{ question, answer, id?, category? }` (answer may be HTML) or schema.org FAQPage JSON-LD. Relative links in answers resolve against it. */
  @property() src?: string;

  /** Questions set from script; answers may be HTML (sanitized). Takes precedence over `src` and markup. */
  @property({ attribute: false }) items?: FaqInput[];

  /** `multiple` (default): any number open. `single`: opening one closes the others. */
  @property({ reflect: true }) mode: 'single' | 'multiple' = 'multiple';

  /** Id(s) of the item(s) open at first, space-separated. */
  @property() open?: string;

  /** Level of the question headings, 2-6 (default 3). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** Shows a search field that filters questions and answers as you type. */
  @property({ type: Boolean, reflect: true }) searchable = false;

  /** Shows Expand all / Collapse all buttons (`multiple` mode only). */
  @property({ type: Boolean, attribute: 'expand-all' }) expandAll = false;

  /** Writes the open item's id to the URL hash (`history.replaceState`, no new history entry). */
  @property({ type: Boolean, attribute: 'update-hash' }) updateHash = false;

  /** Adds the questions to the page's single schema.org FAQPage JSON-LD block (in `document.head`). */
  @property({ type: Boolean, attribute: 'structured-data' }) structuredData = false;

  @state() private query = '';
  @state() private category = '';
  @state() private entries: Entry[] = [];
  @state() private skipped = 0;
  @state() private pending = false;

  private readonly t = new LocalizeController<FaqMessages>(this, faqMessages);
  private readonly uid = ++uid;
  private data?: DataController<FaqParseResult>;
  private opened = new Set<string>();
  private beforeSearch?: Set<string>;
  private openApplied = false;
  private controlsLoaded = false;
  private hashDone?: string;
  private observer?: MutationObserver;
  private readonly onHash = () => this.followHash(true);

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('hashchange', this.onHash);
    this.observer ??= new MutationObserver(() => {
      if (this.source() === 'markup') this.readSource();
    });
    this.observer.observe(this, { childList: true, subtree: true, characterData: true });
    if (this.source() === 'markup') void this.readSource();
    else if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.onHash);
    this.observer?.disconnect();
    jsonLdMod?.drop(this);
  }

  private source(): 'items' | 'src' | 'markup' {
    return this.items ? 'items' : this.src ? 'src' : 'markup';
  }

  private async loadData(): Promise<DataModule> {
    if (!dataMod) {
      this.pending = true;
      dataMod = await import('./data.js');
      this.pending = false;
    }
    return dataMod;
  }

  private setEntries(entries: Entry[], skipped: number): void {
    this.entries = entries;
    this.skipped = skipped;
    const ids = new Set(entries.map((e) => e.id));
    this.opened = new Set([...this.opened].filter((id) => ids.has(id)));
    if (!this.openApplied && entries.length) {
      this.openApplied = true;
      for (const id of (this.open ?? '').split(/\s+/)) if (ids.has(id) && (this.mode !== 'single' || !this.opened.size)) this.opened.add(id);
    }
  }

  private async readSource(): Promise<void> {
    const source = this.source();
    if (source === 'markup') {
      this.setEntries(readMarkup(this), 0);
      this.observer?.takeRecords();
      return;
    }
    const m = await this.loadData();
    if (source === 'items' && this.items) {
      const r = m.parseFaqJson(this.items, { base: document.baseURI });
      this.setEntries(r.items, r.skipped.length);
    } else if (source === 'src') {
      this.data ??= m.controller(this, (r) => this.setEntries(r.items, r.skipped.length));
      this.data.setSrc(this.src);
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('items') || changed.has('src')) void this.readSource();
    if ((this.searchable || this.expandAll || this.entries.some((e) => e.category)) && !this.controlsLoaded) {
      this.controlsLoaded = true;
      void this.loadControls();
    }
    if (changed.has('open') && this.hasUpdated) {
      this.openApplied = false;
      this.opened.clear();
      this.setEntries(this.entries, this.skipped);
    }
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('entries')) void this.updateComplete.then(() => this.followHash(false));
    if (changed.has('entries') || changed.has('structuredData')) void this.syncJsonLd();
    if ((changed.has('query') || changed.has('entries')) && searchMod) {
      searchMod.unmarkLight(this);
      if (this.query) for (const e of this.entries) if (e.light) searchMod.markLight(e.light, this.query);
      this.observer?.takeRecords();
    }
  }

  private async syncJsonLd(): Promise<void> {
    if (this.structuredData && this.isConnected) {
      jsonLdMod ??= await import('./jsonld.js');
      if (this.structuredData && this.isConnected) jsonLdMod.sync(this, this.entries);
    } else jsonLdMod?.drop(this);
  }

  /** Opens the item named by `location.hash`, scrolls to it and focuses its trigger. */
  private followHash(force: boolean): void {
    let id = location.hash.slice(1);
    try {
      id = decodeURIComponent(id);
    } catch {
      /* keep it raw */
    }
    const e = this.entries.find((x) => x.id === id);
    if (!e || (!force && this.hashDone === id)) return;
    this.hashDone = id;
    if (this.category && e.category !== this.category) this.category = '';
    this.toggle(e.id, true, false);
    void this.updateComplete.then(() => {
      const trigger = this.trigger(e.id);
      trigger?.scrollIntoView({ block: 'start' });
      trigger?.focus({ preventScroll: true });
    });
  }

  private trigger(id: string): HTMLButtonElement | null {
    const i = this.entries.findIndex((e) => e.id === id);
    return this.renderRoot.querySelector(`#rk-faq-${this.uid}-t${i}`);
  }

  /** Opens or closes an item; `single` mode closes the others. Fires `rk-toggle` for each change. */
  toggle(id: string, open = !this.opened.has(id), fromUser = true): void {
    if (this.opened.has(id) === open) return;
    if (open && this.mode === 'single') for (const other of [...this.opened]) this.toggle(other, false, false);
    if (open) this.opened.add(id);
    else this.opened.delete(id);
    this.requestUpdate();
    this.emit('rk-toggle', { id, open });
    if (fromUser && open && this.updateHash) history.replaceState(history.state, '', `#${encodeURIComponent(id)}`);
  }

  private setAll(open: boolean): void {
    for (const e of this.visible()) this.toggle(e.id, open, false);
  }

  private visible(): Entry[] {
    const byCat = this.category ? this.entries.filter((e) => e.category === this.category) : this.entries;
    return this.query && searchMod ? searchMod.filterItems(byCat, this.query) : byCat;
  }

  private search(raw: string): void {
    const q = raw.trim();
    if (q && !this.beforeSearch) this.beforeSearch = new Set(this.opened);
    if (!q) {
      if (this.beforeSearch) this.opened = this.beforeSearch;
      this.beforeSearch = undefined;
    } else this.opened = searchMod!.openWhileSearching(this.entries, this.beforeSearch!, q, this.mode === 'single');
    this.query = q;
    this.requestUpdate();
  }

  /** Loads the optional controls and search (one chunk) and adopts their styles. */
  private async loadControls(): Promise<void> {
    searchMod ??= await import('./search.js');
    const root = this.renderRoot as ShadowRoot;
    const sheet = searchMod.styles.styleSheet;
    if (sheet && root.adoptedStyleSheets && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    this.requestUpdate();
  }

  private onKey(e: KeyboardEvent): void {
    const t = e.target as HTMLButtonElement;
    if (!t.classList?.contains('trigger')) return;
    const list = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.item:not([hidden]) .trigger')];
    const i = list.indexOf(t);
    const n = list.length;
    const next = ({ ArrowDown: i + 1, ArrowUp: i - 1 + n, Home: 0, End: n - 1 } as Record<string, number>)[e.key];
    if (next === undefined) return;
    e.preventDefault();
    list[next % n].focus();
  }

  private heading(inner: TemplateResult): TemplateResult {
    // One static template per level: real h2-h6 elements, no unsafe statics.
    switch (Math.round(Number(this.headingLevel))) {
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

  private renderItem(e: Entry, i: number, shown: Set<Entry>, region: boolean): TemplateResult {
    const open = this.opened.has(e.id);
    const q = this.query;
    const hl = q && searchMod ? (text: string) => searchMod!.highlight(text, q) : undefined;
    const tid = `rk-faq-${this.uid}-t${i}`;
    const pid = `rk-faq-${this.uid}-p${i}`;
    untilFound ??= 'onbeforematch' in document.body;
    return html`<div part="item" class="item" id=${e.id} ?hidden=${!shown.has(e)}>${this.heading(
      html`<button type="button" part="trigger" class="trigger" id=${tid} aria-expanded=${open} aria-controls=${pid} @click=${() => this.toggle(e.id)}><span>${hl ? hl(e.question) : e.question}</span><span part="icon" class="icon" aria-hidden="true"></span></button>`,
    )}<div part="panel" class="panel" id=${pid} role=${region ? 'region' : nothing} aria-labelledby=${region ? tid : nothing} hidden=${open ? nothing : untilFound ? 'until-found' : ''} @beforematch=${() => this.toggle(e.id, true, false)}><div class="inner"><div class="body">${e.slot ? html`<slot name=${e.slot}></slot>` : dataMod?.renderSafe(e.answer, hl)}</div></div></div></div>`;
  }

  protected override render() {
    const m = this.t.msg;
    const source = this.source();
    const entries = this.entries;
    const visible = this.visible();
    const status =
      this.data && dataMod && source === 'src'
        ? dataMod.renderLoadStatus(this.data, {
            ...(dataMod.baseMessages[this.t.language] ?? dataMod.baseMessages.en),
            ...(this.data.error?.message === 'not-faq' ? { errorParse: m.notFaq } : {}),
          })
        : nothing;
    const loading = this.pending || this.data?.state === 'loading' || (source === 'src' && !this.data);
    const region = this.mode === 'single' || entries.length <= 6;
    const shown = new Set(visible);
    return html`<div part="base" lang=${this.t.language}>${source === 'markup' ? html`<slot></slot>` : nothing}${entries.length && searchMod && this.controlsLoaded
        ? searchMod.controls({
            lang: this.t.language,
            query: this.query,
            shown: visible.length,
            category: this.category,
            categories: [...new Set(entries.map((e) => e.category).filter(Boolean))] as string[],
            searchable: this.searchable,
            expandAll: this.expandAll && this.mode !== 'single',
            search: (q) => this.search(q),
            pick: (c) => (this.category = c),
            setAll: (open) => this.setAll(open),
          })
        : nothing}${status === nothing && loading && !entries.length
        ? html`<div class="rk-status" part="status" role="status"><span class="rk-spinner" aria-hidden="true"></span>${m.loading}</div>`
        : status}${this.skipped ? html`<p part="note" class="note">${m.skipped(this.skipped)}</p>` : nothing}${!entries.length && !loading && this.data?.state !== 'error'
        ? html`<p part="empty" class="empty">${m.empty}</p>`
        : nothing}${entries.length
        ? html`<div part="list" class="list" ?hidden=${!visible.length} @keydown=${this.onKey}>${
            // Not repeat(): lit-html 3.3.1+ leaves one comment marker in the list for every
            // keyed item it removes (lit/lit#5298), so each src change grew the shadow tree.
            // Plain mapping reuses item templates by position and truncates cleanly.
            entries.map((e, i) => this.renderItem(e, i, shown, region))
          }</div>`
        : nothing}</div>`;
  }
}
