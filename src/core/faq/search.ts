/**
 * Accent- and case-insensitive search for FAQ items, with match ranges in the ORIGINAL text so
 * an element can highlight exactly what the reader typed ("medicaid" finds "Médicaid").
 * Pure: no DOM.
 *
 * Folding: compatibility decomposition (NFKD: also turns ligatures and fullwidth forms into
 * plain letters), combining marks removed after Latin, Greek and Cyrillic letters (in scripts
 * such as Devanagari or Thai the marks are vowels, not accents, and are kept), lowercase, and a
 * few letters that do not decompose (ß -> ss, æ -> ae, ø -> o, ł -> l, final sigma -> σ...).
 */
import type { FaqItem } from './items.js';

/** A half-open range [start, end) of UTF-16 indexes into the original text. */
export type MatchRange = [start: number, end: number];

export interface HighlightSegment {
  text: string;
  match: boolean;
}

const SPECIAL: Record<string, string> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', ł: 'l', ı: 'i', þ: 'th', ħ: 'h', ŧ: 't', ŋ: 'n', ς: 'σ',
};
const ACCENTED_SCRIPTS = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]/u;
const MARK = /\p{M}/u;
const MARKS = /\p{M}/gu;

interface Folded {
  folded: string;
  /** For each UTF-16 unit of `folded`: the original code point's start and end. */
  starts: number[];
  ends: number[];
}

function foldMapped(text: string, withMap: boolean): Folded {
  const parts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let stripMarks = false; // whether a combining mark here belongs to an accented-script letter
  let i = 0;
  for (const ch of text) {
    const start = i;
    i += ch.length;
    const code = ch.charCodeAt(0);
    let out: string;
    if (code < 0x80) {
      out = code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
      stripMarks = true;
    } else if (MARK.test(ch)) {
      out = stripMarks ? '' : ch;
    } else {
      const d = ch.normalize('NFKD');
      stripMarks = ACCENTED_SCRIPTS.test(d);
      out = (stripMarks ? d.replace(MARKS, '') : d).toLowerCase();
      if (out.length === 1 && SPECIAL[out] !== undefined) out = SPECIAL[out];
      else if (out.length > 1 && /[ßæœøđðłıþħŧŋς]/.test(out)) out = out.replace(/[ßæœøđðłıþħŧŋς]/g, (c) => SPECIAL[c]);
    }
    if (!out) continue;
    parts.push(out);
    if (withMap) {
      for (let k = 0; k < out.length; k++) {
        starts.push(start);
        ends.push(i);
      }
    }
  }
  return { folded: parts.join(''), starts, ends };
}

/** Case-, accent- and compatibility-folded text for matching. `fold('Médicaid')` is `'medicaid'`. */
export function fold(text: string): string {
  return typeof text === 'string' ? foldMapped(text, false).folded : '';
}

const MAX_QUERY = 256;
const MAX_WORDS = 12;

/**
 * The folded words of a search query: split on whitespace, punctuation trimmed from each end
 * ("medicaid?" -> "medicaid"; "12-step" stays one word), duplicates removed.
 */
export function queryWords(query: string): string[] {
  if (typeof query !== 'string') return [];
  const words = fold(query.slice(0, MAX_QUERY))
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);
  return [...new Set(words)].slice(0, MAX_WORDS);
}

/**
 * Where the words of `query` occur in `text`, accent- and case-insensitively, as sorted,
 * merged [start, end) ranges of the original string (a trailing combining mark is included so a
 * highlight never splits a letter from its accent). Any word counts: use `filterItems` to decide
 * whether an item matches all words.
 */
export function matchRanges(text: string, query: string): MatchRange[] {
  if (typeof text !== 'string' || !text) return [];
  const words = queryWords(query);
  if (!words.length) return [];
  const { folded, starts, ends } = foldMapped(text, true);
  const found: MatchRange[] = [];
  for (const word of words) {
    for (let at = folded.indexOf(word); at !== -1; at = folded.indexOf(word, at + word.length)) {
      let end = ends[at + word.length - 1];
      while (end < text.length && MARK.test(String.fromCodePoint(text.codePointAt(end) as number))) {
        end += (text.codePointAt(end) as number) > 0xffff ? 2 : 1;
      }
      found.push([starts[at], end]);
    }
  }
  found.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: MatchRange[] = [];
  for (const r of found) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** Splits `text` into plain and matching segments for rendering highlights (e.g. with `<mark>`). */
export function highlightSegments(text: string, query: string): HighlightSegment[] {
  const segments: HighlightSegment[] = [];
  let at = 0;
  for (const [start, end] of matchRanges(text, query)) {
    if (start > at) segments.push({ text: text.slice(at, start), match: false });
    segments.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), match: false });
  return segments;
}

const haystacks = new WeakMap<FaqItem, { question: string; answerText: string; folded: string }>();

function haystack(item: FaqItem): string {
  const cached = haystacks.get(item);
  if (cached && cached.question === item.question && cached.answerText === item.answerText) return cached.folded;
  const folded = fold(`${item.question}\n${item.answerText}`);
  haystacks.set(item, { question: item.question, answerText: item.answerText, folded });
  return folded;
}

/**
 * Items whose question or answer contains every word of `query` (accent- and case-insensitive,
 * substring match so partial words work while typing). An empty query returns all items.
 * Folded text is cached per item object.
 */
export function filterItems<T extends FaqItem>(items: readonly T[], query: string): T[] {
  const words = queryWords(query);
  if (!words.length) return items.slice();
  return items.filter((item) => {
    const text = haystack(item);
    return words.every((w) => text.includes(w));
  });
}
