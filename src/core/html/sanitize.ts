/**
 * Allowlist HTML sanitizer without a DOM: a small HTML tokenizer and tree builder that turns
 * untrusted markup (FAQ answers from an endpoint) into a tree of safe nodes. Pure: runs in Node,
 * workers and browsers. Elements render the tree with Lit templates, never `innerHTML`, so no
 * HTML string from a feed ever reaches the DOM; `serializeSafe` gives a string only for places
 * that need one (JSON-LD answers).
 *
 * Kept: p, br, ul, ol, li, a, strong, em, b, i, h3-h6 (DOMAIN.md §4). Only `href` on `a`, through
 * `safeUrl`; every kept link gets `rel="noopener noreferrer"`. Other elements are unwrapped
 * (their text stays), except those whose content is removed with them (script, style, iframe,
 * svg...). Comments, doctypes, CDATA and processing instructions are dropped.
 *
 * Tokenizing follows the HTML spec where it matters for safety (raw-text elements end only at
 * their own end tag, tags cut off by the end of input are dropped, `<` not followed by a letter
 * is text, character references are decoded before URL checks). Tree building is simpler than a
 * browser's: implied end tags for p / li / headings, end tags close everything opened inside,
 * and formatting (b, i, em, strong) closed early is reopened for following text.
 */
import { decodeEntities } from './entities.js';
import { safeUrl, type SafeUrlOptions } from './url.js';

/** Tags a `SafeNode` element can have. */
export type SafeTag = 'p' | 'br' | 'ul' | 'ol' | 'li' | 'a' | 'strong' | 'em' | 'b' | 'i' | 'h3' | 'h4' | 'h5' | 'h6';

export interface SafeText {
  type: 'text';
  text: string;
}

export interface SafeElement {
  type: 'element';
  tag: SafeTag;
  /** Only `a` has attributes: `{ href, rel: 'noopener noreferrer' }`; `href` already passed `safeUrl`. */
  attrs: Record<string, string>;
  children: SafeNode[];
}

export type SafeNode = SafeText | SafeElement;

export interface SanitizeOptions extends SafeUrlOptions {
  /** Stop adding nodes after this many (elements + text nodes). Default 2000. */
  maxNodes?: number;
  /** Deeper kept elements are unwrapped. Default 32. */
  maxDepth?: number;
  /** Total characters of text kept. Default 100,000. */
  maxTextLength?: number;
}

export interface SanitizeResult {
  nodes: SafeNode[];
  /** True when a limit cut the output short. */
  truncated: boolean;
}

export const SAFE_TAGS: ReadonlySet<string> = new Set<SafeTag>(['p', 'br', 'ul', 'ol', 'li', 'a', 'strong', 'em', 'b', 'i', 'h3', 'h4', 'h5', 'h6']);
export const LINK_REL = 'noopener noreferrer';

/** Removed with everything inside them. */
const DROP_SUBTREE = new Set([
  'script', 'style', 'iframe', 'object', 'embed', 'template', 'svg', 'math', 'noscript', 'textarea',
  'select', 'title', 'applet', 'frameset', 'frame', 'noembed', 'noframes', 'audio', 'video', 'canvas',
  'datalist', 'head',
]);
/** Content is raw text up to the matching end tag (HTML tokenizer rule). */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'frame']);
const FORMATTING = new Set(['b', 'i', 'em', 'strong']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const LISTS = new Set(['ul', 'ol']);
const BLOCK_KEPT = new Set(['p', 'ul', 'ol', 'li', 'h3', 'h4', 'h5', 'h6']);
/** Start tags that close an open `p`. */
const CLOSES_P = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'details', 'dialog', 'dir', 'div', 'dl', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'header', 'hgroup', 'hr', 'main', 'menu', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'ul', 'li', 'dd', 'dt', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'plaintext', 'xmp',
]);
/** Unwrapped elements that separate words: a space goes between their text and the next. */
const BLOCK_UNWRAPPED = new Set([...CLOSES_P, 'br', 'hr', 'td', 'th', 'tr', 'caption', 'tbody', 'thead', 'tfoot', 'option', 'body', 'html', 'legend', 'button', 'label', 'img', 'input']);
/** Implied-end-tag searches stop here. */
const SCOPE = new Set(['table', 'td', 'th', 'caption', 'button', 'object', 'template', 'svg', 'math', 'marquee', 'applet', 'html']);

const MAX_STACK = 256;
/** Tags and comments read before giving up: far beyond any real answer, bounds hostile input. */
const MAX_TOKENS = 100_000;
const MAX_REOPEN = 8;
const WS = /[\t\n\f\r ]/;

interface Frame {
  tag: string;
  el: SafeElement | null;
  drop: boolean;
}

interface Tag {
  name: string;
  href: string | undefined;
  end: number;
}

function isAsciiAlpha(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isWs(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 12 || code === 13;
}

/**
 * Reads a tag whose name starts at `start` (just after `<` or `</`). Returns null when the
 * input ends inside the tag: browsers drop such a tag, and so do we.
 */
function readTag(s: string, start: number): Tag | null {
  const n = s.length;
  let i = start;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (isWs(c) || c === 47 /* / */ || c === 62 /* > */) break;
    i++;
  }
  const name = s.slice(start, i).toLowerCase().replace(/\0/g, '\ufffd');
  let href: string | undefined;
  for (;;) {
    while (i < n && isWs(s.charCodeAt(i))) i++;
    if (i >= n) return null;
    const c = s.charCodeAt(i);
    if (c === 62) return { name, href, end: i + 1 };
    if (c === 47) {
      i++;
      continue;
    }
    const nameStart = i;
    i++; // the first character may be `=`, which then belongs to the name
    while (i < n) {
      const d = s.charCodeAt(i);
      if (isWs(d) || d === 47 || d === 62 || d === 61 /* = */) break;
      i++;
    }
    const attr = s.slice(nameStart, i).toLowerCase();
    while (i < n && isWs(s.charCodeAt(i))) i++;
    let value = '';
    if (s.charCodeAt(i) === 61) {
      i++;
      while (i < n && isWs(s.charCodeAt(i))) i++;
      const q = s[i];
      if (q === '"' || q === "'") {
        const close = s.indexOf(q, i + 1);
        if (close === -1) return null;
        value = s.slice(i + 1, close);
        i = close + 1;
      } else {
        const vStart = i;
        while (i < n) {
          const d = s.charCodeAt(i);
          if (isWs(d) || d === 62) break;
          i++;
        }
        value = s.slice(vStart, i);
      }
    }
    if (attr === 'href' && href === undefined) href = decodeEntities(value, true).replace(/\0/g, '\ufffd');
  }
}

interface Builder {
  root: SafeNode[];
  /** True once a limit is hit: the caller stops reading. */
  stopped(): boolean;
  truncated(): boolean;
  /** Counts a tag or comment; a flood of tags stops here. */
  tick(): boolean;
  /** Appends text; `raw` is decoded (character references) unless `decode` is false. */
  text(raw: string, decode?: boolean): void;
  start(name: string, href?: string): void;
  end(name: string): void;
}

// A closure rather than a class so that minifiers can shorten the state's names (size budget).
function createBuilder(options: SanitizeOptions): Builder {
  const maxNodes = positive(options.maxNodes, 2000);
  const maxDepth = positive(options.maxDepth, 32);
  const maxText = positive(options.maxTextLength, 100_000);
  const root: SafeNode[] = [];
  const stack: Frame[] = [];
  /** The open kept elements, innermost last (a subset of `stack`). */
  const open: SafeElement[] = [];
  let dropDepth = 0;
  let nodes = 0;
  let tokens = 0;
  let textLength = 0;
  let reopen: string[] = [];
  let pendingSpace = false;
  // The last text node and its last character: reading the character from a long
  // concatenated string would flatten it on every append (quadratic on hostile input).
  let lastText: SafeNode | undefined;
  let lastChar = '';
  let truncated = false;
  let stopped = false;

  const stop = (): void => {
    truncated = stopped = true;
  };
  const current = (): SafeElement | undefined => open[open.length - 1];
  const target = (): SafeNode[] => current()?.children ?? root;
  const count = (): boolean => {
    if (nodes >= maxNodes) {
      stop();
      return false;
    }
    nodes++;
    return true;
  };
  const find = (tag: string, boundary?: ReadonlySet<string>): number => {
    for (let k = stack.length - 1; k >= 0; k--) {
      const t = stack[k].tag;
      if (t === tag) return k;
      if (SCOPE.has(t) || boundary?.has(t)) return -1;
    }
    return -1;
  };
  /** Pops frames down to and including index `k`; formatting closed on the way is reopened later. */
  const popTo = (k: number): void => {
    const closedEarly: string[] = [];
    while (stack.length > k) {
      const frame = stack.pop() as Frame;
      if (frame.drop) dropDepth--;
      if (frame.el) open.pop();
      else if (BLOCK_UNWRAPPED.has(frame.tag)) pendingSpace = true;
      if (stack.length > k && frame.el && FORMATTING.has(frame.tag) && !dropDepth) closedEarly.unshift(frame.tag);
    }
    if (closedEarly.length) reopen = [...reopen, ...closedEarly].slice(-MAX_REOPEN);
  };
  const push = (tag: string, el: SafeElement | null, drop = false): void => {
    stack.push({ tag, el, drop });
    if (drop) dropDepth++;
    if (el) open.push(el);
  };
  const add = (tag: SafeTag, attrs: Record<string, string>, keepOpen: boolean): boolean => {
    if (!count()) return false;
    const el: SafeElement = { type: 'element', tag, attrs, children: [] };
    target().push(el);
    pendingSpace = false;
    if (keepOpen) push(tag, el);
    return true;
  };
  const reconstruct = (): void => {
    if (!reopen.length || dropDepth) return;
    const tags = reopen;
    reopen = [];
    for (const tag of tags) {
      if (open.length >= maxDepth || stack.length >= MAX_STACK || !add(tag as SafeTag, {}, true)) break;
    }
  };
  /** Inside ul / ol, content other than li and whitespace gets an implied li (valid, accessible lists). */
  const ensureListItem = (): void => {
    const el = current();
    if (el && LISTS.has(el.tag)) start('li');
  };

  const text = (raw: string, decode = true): void => {
    if (dropDepth || stopped || !raw) return;
    // Decode no more than can be kept (a reference is at most ~32 characters in practice).
    const limit = (maxText - textLength) * 32 + 64;
    const cut = raw.length > limit;
    if (cut) raw = raw.slice(0, limit);
    let value = decode ? decodeEntities(raw) : raw;
    if (value.includes('\0')) value = value.replace(/\0/g, '');
    if (cut) stop();
    if (!value) return;
    const blank = !/[^\t\n\f\r ]/.test(value);
    if (!blank) {
      ensureListItem();
      reconstruct();
    }
    const list = target();
    const last = list[list.length - 1];
    if (pendingSpace) {
      if (last && last === lastText && !WS.test(lastChar) && !WS.test(value[0])) value = ` ${value}`;
      if (!blank) pendingSpace = false;
    }
    const room = maxText - textLength;
    if (value.length > room) {
      value = value.slice(0, /[\ud800-\udbff]/.test(value[room - 1] ?? '') ? room - 1 : room);
      stop();
      if (!value) return;
    }
    textLength += value.length;
    if (last?.type === 'text') last.text += value;
    else if (count()) list.push({ type: 'text', text: value });
    else return;
    lastText = list[list.length - 1];
    lastChar = value[value.length - 1];
  };

  const start = (name: string, href?: string): void => {
    if (stopped) return;
    if (dropDepth) {
      if (!VOID.has(name) && stack.length < MAX_STACK) push(name, null);
      return;
    }
    if (CLOSES_P.has(name)) {
      const p = find('p');
      if (p !== -1) popTo(p);
    }
    if (name === 'li') {
      const li = find('li', LISTS);
      if (li !== -1) popTo(li);
    } else if (HEADINGS.has(name)) {
      // Stricter than browsers (which only close a heading that is the current node): headings
      // never nest, so the serialized tree re-parses to the same tree.
      for (let k = stack.length - 1; k >= 0 && !SCOPE.has(stack[k].tag); k--) {
        if (HEADINGS.has(stack[k].tag)) {
          popTo(k);
          break;
        }
      }
    } else if (name === 'a') {
      const a = find('a');
      if (a !== -1) popTo(a);
    }

    if (VOID.has(name)) {
      if (name === 'br') {
        ensureListItem();
        reconstruct();
        add('br', {}, false);
      } else if (BLOCK_UNWRAPPED.has(name)) pendingSpace = true;
      return;
    }
    if (stack.length >= MAX_STACK) return;
    if (DROP_SUBTREE.has(name)) return push(name, null, true);
    const el = current();
    if (SAFE_TAGS.has(name) && open.length < maxDepth) {
      if (name === 'li' && !(el && LISTS.has(el.tag))) {
        // An orphan list item: keep its text, not the item (axe: listitem).
        push(name, null);
        pendingSpace = true;
        return;
      }
      if (name !== 'li') ensureListItem();
      if (!BLOCK_KEPT.has(name)) reconstruct();
      let attrs: Record<string, string> = {};
      if (name === 'a') {
        const url = safeUrl(href, options);
        if (url === null) return push(name, null); // a bad link keeps its text
        attrs = { href: url, rel: LINK_REL };
      }
      add(name as SafeTag, attrs, true);
      return;
    }
    push(name, null);
    if (BLOCK_UNWRAPPED.has(name)) pendingSpace = true;
  };

  const end = (name: string): void => {
    if (stopped) return;
    if (name === 'br' && !dropDepth) return start('br'); // `</br>` is a line break in browsers too
    for (let k = stack.length - 1; k >= 0; k--) {
      if (stack[k].tag === name) {
        popTo(k);
        if (BLOCK_UNWRAPPED.has(name)) pendingSpace = true;
        return;
      }
    }
    const r = reopen.lastIndexOf(name);
    if (r !== -1) reopen.splice(r, 1);
  };

  return {
    root,
    stopped: () => stopped,
    truncated: () => truncated,
    tick: () => {
      if (++tokens > MAX_TOKENS) stop();
      return !stopped;
    },
    text,
    start,
    end,
  };
}

function positive(value: number | undefined, fallback: number): number {
  return typeof value === 'number' && value > 0 ? Math.floor(value) : fallback;
}

const RAW_END_CACHE = new Map<string, RegExp>();
function rawEnd(name: string): RegExp {
  let re = RAW_END_CACHE.get(name);
  if (!re) {
    re = new RegExp(`</${name}(?=[\\t\\n\\f\\r />])`, 'gi');
    RAW_END_CACHE.set(name, re);
  }
  return re;
}

/** Index just after the next `>` from `from` (a bogus comment's end), or the end of input. */
function skipPast(s: string, from: number, what: string): number {
  const at = s.indexOf(what, from);
  return at === -1 ? s.length : at + what.length;
}

/** Index just after a comment's `-->` (or `--!>`) searched from `from`, or the end of input. */
function commentEnd(s: string, from: number): number {
  // One scan for `--`: searching for `-->` and `--!>` separately would rescan to the end of a
  // long input for every comment (quadratic).
  for (let k = s.indexOf('--', from); k !== -1; k = s.indexOf('--', k + 1)) {
    if (s[k + 2] === '>') return k + 3;
    if (s[k + 2] === '!' && s[k + 3] === '>') return k + 4;
  }
  return s.length;
}

/** Sanitizes `html` into a safe tree and says whether a size limit cut it short. Never throws on a string. */
export function sanitizeHtmlReport(html: unknown, options: SanitizeOptions = {}): SanitizeResult {
  const b = createBuilder(options);
  if (typeof html !== 'string' || !html) return { nodes: b.root, truncated: false };
  const s = html.includes('\r') ? html.replace(/\r\n?/g, '\n') : html;
  const n = s.length;
  let i = 0;
  while (i < n && !b.stopped()) {
    const lt = s.indexOf('<', i);
    if (lt === -1) {
      b.text(s.slice(i));
      break;
    }
    if (lt > i) b.text(s.slice(i, lt));
    i = lt;
    if (!b.tick()) break;
    const next = s.charCodeAt(i + 1);
    if (isAsciiAlpha(next)) {
      const tag = readTag(s, i + 1);
      if (!tag) break;
      i = tag.end;
      if (tag.name === 'plaintext') {
        b.start('plaintext');
        b.text(s.slice(i), false);
        break;
      }
      if (RAW_TEXT.has(tag.name)) {
        const re = rawEnd(tag.name);
        re.lastIndex = i;
        const m = re.exec(s);
        const contentEnd = m ? m.index : n;
        if (tag.name === 'xmp') b.text(s.slice(i, contentEnd), false); // shown as text by browsers
        const close = m ? readTag(s, m.index + 2) : null;
        i = close ? close.end : n;
        continue;
      }
      b.start(tag.name, tag.href);
    } else if (next === 47 /* / */) {
      if (isAsciiAlpha(s.charCodeAt(i + 2))) {
        const tag = readTag(s, i + 2);
        if (!tag) break;
        i = tag.end;
        b.end(tag.name);
      } else if (s[i + 2] === '>') {
        i += 3;
      } else if (i + 2 >= n) {
        b.text('</');
        break;
      } else {
        i = skipPast(s, i + 2, '>'); // bogus comment
      }
    } else if (next === 33 /* ! */) {
      if (s.startsWith('<!--', i)) {
        if (s.startsWith('>', i + 4)) i += 5;
        else if (s.startsWith('->', i + 4)) i += 6;
        else i = commentEnd(s, i + 4);
      } else {
        i = skipPast(s, i + 2, '>'); // doctype, CDATA (outside SVG/MathML), other bogus comments
      }
    } else if (next === 63 /* ? */) {
      i = skipPast(s, i + 2, '>');
    } else {
      b.text('<');
      i++;
    }
  }
  return { nodes: b.root, truncated: b.truncated() };
}

/** Sanitizes untrusted HTML into a tree of allowed nodes. Never throws; non-strings give `[]`. */
export function sanitizeHtml(html: unknown, options: SanitizeOptions = {}): SafeNode[] {
  return sanitizeHtmlReport(html, options).nodes;
}

const BLOCK_TEXT = new Set<string>(['p', 'ul', 'ol', 'li', 'h3', 'h4', 'h5', 'h6']);

/**
 * The text a reader sees: whitespace collapsed as in rendered HTML, a line break for `br` and
 * between blocks (paragraphs, list items, headings), trimmed.
 */
export function toPlainText(nodes: readonly SafeNode[]): string {
  let out = '';
  const walk = (list: readonly SafeNode[], depth: number): void => {
    if (depth > 256) return;
    for (const node of list) {
      if (node.type === 'text') out += node.text.replace(/[\t\n\f\r ]+/g, ' ');
      else if (node.tag === 'br') out += '\n';
      else if (BLOCK_TEXT.has(node.tag)) {
        out += '\n';
        walk(node.children, depth + 1);
        out += '\n';
      } else walk(node.children, depth + 1);
    }
  };
  walk(nodes, 0);
  return out.replace(/ {2,}/g, ' ').replace(/ *\n[ \n]*/g, '\n').trim();
}

/** Text escaped for HTML content (`&`, `<`, `>`). */
export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A safe HTML string for a tree (for JSON-LD answer text). It re-checks everything, so a
 * hand-built tree cannot smuggle markup: unknown tags are unwrapped, text and attribute values
 * escaped, `href` re-checked with `safeUrl` (absolute URLs only; default schemes unless given).
 */
export function serializeSafe(nodes: readonly SafeNode[], options: Pick<SafeUrlOptions, 'schemes'> = {}): string {
  let out = '';
  const walk = (list: readonly SafeNode[], depth: number): void => {
    if (depth > 256) return;
    for (const node of list) {
      if (!node || typeof node !== 'object') continue;
      if (node.type === 'text') {
        out += escapeText(String(node.text));
        continue;
      }
      if (node.type !== 'element') continue;
      const tag = node.tag;
      if (!SAFE_TAGS.has(tag)) {
        walk(node.children ?? [], depth + 1);
        continue;
      }
      if (tag === 'br') {
        out += '<br>';
        continue;
      }
      if (tag === 'a') {
        const href = safeUrl(node.attrs?.href, { schemes: options.schemes });
        if (href === null) {
          walk(node.children ?? [], depth + 1);
          continue;
        }
        out += `<a href="${escapeAttr(href)}" rel="${LINK_REL}">`;
      } else out += `<${tag}>`;
      walk(node.children ?? [], depth + 1);
      out += `</${tag}>`;
    }
  };
  walk(nodes, 0);
  return out;
}
