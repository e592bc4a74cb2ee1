/**
 * Accent- and case-insensitive search for FAQ items, with match ranges in the ORIGINAL text so
 * an element can highlight exactly what the reader typed ("medicaid" finds "Médicaid").
 * Pure: no DOM. Folding itself (shared with slugs) is in slug.ts.
 */
import type { FaqItem } from './items.js';
import { fold, foldEach, MARK } from './slug.js';

export { fold };

/** A half-open range [start, end) of UTF-16 indexes into the original text. */
export type MatchRange = [start: number, end: number];

export interface HighlightSegment {
  text: string;
  match: boolean;
}

interface Folded {
  folded: string;
  /** For each UTF-16 unit of `folded`: the original code point's start and end. */
  starts: number[];
  ends: number[];
}

/** `fold(text)`, with where each of its UTF-16 units came from in `text`. */
function foldMapped(text: string): Folded {
  const chars = [...text];
  const parts = foldEach(text);
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  parts.forEach((out, k) => {
    const start = i;
    i += chars[k].length;
    for (let n = 0; n < out.length; n++) {
      starts.push(start);
      ends.push(i);
    }
  });
  return { folded: parts.join(''), starts, ends };
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
  const { folded, starts, ends } = foldMapped(text);
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
