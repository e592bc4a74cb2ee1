/**
 * FAQ model and feed parsing. Pure: no DOM.
 *
 * Sources: a JSON array of `{ question, answer, id?, category? }` (answer may be HTML), or
 * schema.org `FAQPage` JSON-LD (alone, inside `@graph`, or in an array of JSON-LD nodes, with
 * `{ "@id" }` references resolved the way Yoast emits them). Answers go through the allowlist
 * sanitizer; questions become plain text. Bad entries are skipped and reported, never thrown.
 */
import { sanitizeHtml, toPlainText, type SafeNode, type SanitizeOptions } from '../html/sanitize.js';
import { faqIds, slugify } from './slug.js';

export { slugify };

export interface FaqItem {
  /** Unique within the list; usable as an element id and URL fragment. */
  id: string;
  /** Plain text. */
  question: string;
  /** Sanitized answer tree: render it with templates, never as an HTML string. */
  answer: SafeNode[];
  /** The answer as a reader sees it (for search and summaries). */
  answerText: string;
  category?: string;
}

/** An item before ids are assigned (e.g. read from trusted light-DOM markup). */
export interface FaqDraft {
  question: string;
  answer: SafeNode[];
  id?: string;
  category?: string;
}

export type FaqSkipReason =
  | 'not-an-object'
  | 'not-a-question'
  | 'missing-question'
  | 'missing-answer'
  | 'too-many'
  | 'invalid';

export interface FaqSkip {
  /** Position in the array, or in the FAQPage `mainEntity` list (pages and @graph in order). */
  index: number;
  reason: FaqSkipReason;
}

/** `unknown`: not JSON, or neither an array nor a FAQPage (the element shows its error state). */
export type FaqFormat = 'array' | 'faq-page' | 'unknown';

export interface FaqParseResult {
  items: FaqItem[];
  skipped: FaqSkip[];
  format: FaqFormat;
}

export interface FaqParseOptions extends SanitizeOptions {
  /** Entries after this many are skipped with one `too-many` record. Default 500. */
  maxItems?: number;
}

type Json = Record<string, unknown>;

const MAX_QUESTION = 1000;
const MAX_ID = 128;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function toArray(v: unknown): unknown[] {
  return v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];
}

/** `@type` includes `type`, written bare, `schema:X` or as a schema.org IRI. */
function hasType(node: Json, type: string): boolean {
  return toArray(node['@type']).some(
    (t) => typeof t === 'string' && (t === type || t.endsWith(`/${type}`) || t.endsWith(`:${type}`)),
  );
}

/** An author-given id made usable as an element id and fragment (no spaces, no leading `#`). */
function cleanId(raw: unknown): string | undefined {
  if (typeof raw !== 'string' && !(typeof raw === 'number' && Number.isFinite(raw))) return undefined;
  const id = String(raw)
    .trim()
    .replace(/^#+/, '')
    .replace(/[\s\u0000-\u001f\u007f]+/g, '-');
  return id && id.length <= MAX_ID ? id : undefined;
}

/**
 * Gives drafts unique ids: author ids first (duplicates get `-2`...), then slugs of the
 * questions, which never take an author's id. Also fills `answerText`.
 */
export function buildFaqItems(drafts: readonly FaqDraft[]): FaqItem[] {
  const ids = faqIds(drafts.map((d) => ({ question: d.question, id: cleanId(d.id) })));
  return drafts.map((d, k) => {
    const item: FaqItem = {
      id: ids[k],
      question: d.question,
      answer: d.answer,
      answerText: toPlainText(d.answer),
    };
    if (d.category) item.category = d.category;
    return item;
  });
}

function plainQuestion(raw: unknown): string {
  if (typeof raw !== 'string') return '';
  const text = toPlainText(sanitizeHtml(raw, { maxNodes: 200, maxTextLength: MAX_QUESTION * 4 }));
  return text.replace(/\s+/g, ' ').trim().slice(0, MAX_QUESTION);
}

/** Plain text with line breaks but no markup becomes paragraphs and `<br>`s. */
function answerHtml(raw: string): string {
  if (!raw.includes('\n') || /<[a-zA-Z/!?]/.test(raw)) return raw;
  return raw
    .trim()
    .split(/\n[ \t]*\n\s*/)
    .map((p) => `<p>${p.split('\n').join('<br>')}</p>`)
    .join('');
}

/** Fragment of a JSON-LD `@id` (`https://site/faq/#faq-question-12` -> `faq-question-12`). */
function idFromJsonLd(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const hash = raw.lastIndexOf('#');
  if (hash === -1) return undefined;
  let frag = raw.slice(hash + 1);
  try {
    frag = decodeURIComponent(frag);
  } catch {
    return undefined;
  }
  return /^[^\s#]+$/.test(frag) ? cleanId(frag) : undefined;
}

interface Extracted {
  draft?: FaqDraft;
  reason?: FaqSkipReason;
}

function extract(entry: unknown, byId: Map<string, Json>, options: FaqParseOptions): Extracted {
  let node = entry;
  if (isObject(node) && typeof node['@id'] === 'string' && node.name === undefined && node.question === undefined) {
    node = byId.get(node['@id']) ?? node;
  }
  if (!isObject(node)) return { reason: 'not-an-object' };
  const jsonLd = node['@type'] !== undefined;
  if (jsonLd && !hasType(node, 'Question')) return { reason: 'not-a-question' };

  const question = plainQuestion(node.question ?? node.name ?? (jsonLd ? node.text : undefined));
  if (!question) return { reason: 'missing-question' };

  let answerRaw: unknown = node.answer;
  if (answerRaw === undefined) {
    for (let a of toArray(node.acceptedAnswer)) {
      if (isObject(a) && typeof a['@id'] === 'string' && a.text === undefined) a = byId.get(a['@id']) ?? a;
      if (isObject(a) && typeof a.text === 'string') {
        answerRaw = a.text;
        break;
      }
    }
  }
  if (typeof answerRaw !== 'string') return { reason: 'missing-answer' };
  const answer = sanitizeHtml(answerHtml(answerRaw), options);
  if (!toPlainText(answer)) return { reason: 'missing-answer' };

  const draft: FaqDraft = { question, answer };
  const id = jsonLd ? idFromJsonLd(node['@id']) : cleanId(node.id);
  if (id) draft.id = id;
  const category = typeof node.category === 'string' ? plainQuestion(node.category) : '';
  if (category) draft.category = category;
  return { draft };
}

/** JSON-LD nodes reachable at the top: the value itself, array members, and their `@graph`s. */
function jsonLdNodes(value: unknown): Json[] {
  const nodes: Json[] = [];
  for (const top of toArray(value)) {
    if (!isObject(top)) continue;
    nodes.push(top);
    for (const inner of toArray(top['@graph'])) if (isObject(inner)) nodes.push(inner);
  }
  return nodes;
}

/**
 * Parses an FAQ feed (a parsed JSON value, or JSON text). Never throws: entries that are not
 * usable are listed in `skipped` with their index and reason; a value that is neither an array
 * nor FAQPage JSON-LD gives `format: 'unknown'` and no items.
 */
export function parseFaqJson(json: unknown, options: FaqParseOptions = {}): FaqParseResult {
  const unknown: FaqParseResult = { items: [], skipped: [], format: 'unknown' };
  try {
    let value = json;
    if (typeof value === 'string') {
      try {
        value = JSON.parse(value);
      } catch {
        return unknown;
      }
    }
    const nodes = jsonLdNodes(value);
    const pages = nodes.filter((n) => hasType(n, 'FAQPage'));
    let entries: unknown[];
    let format: FaqFormat;
    if (pages.length) {
      entries = pages.flatMap((p) => toArray(p.mainEntity));
      format = 'faq-page';
    } else if (Array.isArray(value)) {
      entries = value;
      format = 'array';
    } else return unknown;

    const byId = new Map<string, Json>();
    if (format === 'faq-page') for (const n of nodes) if (typeof n['@id'] === 'string') byId.set(n['@id'], n);
    const max = typeof options.maxItems === 'number' && options.maxItems >= 0 ? Math.floor(options.maxItems) : 500;
    const drafts: FaqDraft[] = [];
    const skipped: FaqSkip[] = [];
    const count = entries.length;
    for (let index = 0; index < count; index++) {
      if (drafts.length >= max) {
        skipped.push({ index, reason: 'too-many' });
        break;
      }
      let result: Extracted;
      try {
        result = extract(entries[index], byId, options);
      } catch {
        result = { reason: 'invalid' };
      }
      if (result.draft) drafts.push(result.draft);
      else skipped.push({ index, reason: result.reason ?? 'invalid' });
    }
    return { items: buildFaqItems(drafts), skipped, format };
  } catch {
    return unknown;
  }
}
