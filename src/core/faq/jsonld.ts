/**
 * schema.org `FAQPage` output (DOMAIN.md §4): one block per page, in the light DOM, answers
 * matching the visible text. The answer text is `serializeSafe` of the same sanitized tree the
 * element renders, so what crawlers read is what readers see. Pure: no DOM.
 */
import { serializeSafe } from '../html/sanitize.js';
import type { FaqItem } from './items.js';

export interface FaqAnswerJsonLd {
  '@type': 'Answer';
  text: string;
}

export interface FaqQuestionJsonLd {
  '@type': 'Question';
  '@id'?: string;
  name: string;
  acceptedAnswer: FaqAnswerJsonLd;
}

export interface FaqPageJsonLd {
  '@context': 'https://schema.org';
  '@type': 'FAQPage';
  mainEntity: FaqQuestionJsonLd[];
}

export interface FaqJsonLdOptions {
  /** The page's URL: each Question gets `@id` `<page>#<item id>` (any fragment replaced). */
  pageUrl?: string;
}

/** The FAQPage object for `items` (pass the items of every FAQ on the page: one block per page). */
export function faqPageJsonLd(items: readonly FaqItem[], options: FaqJsonLdOptions = {}): FaqPageJsonLd {
  const page = typeof options.pageUrl === 'string' && options.pageUrl ? options.pageUrl.split('#')[0] : '';
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: items.map((item) => {
      const q: FaqQuestionJsonLd = {
        '@type': 'Question',
        name: item.question,
        acceptedAnswer: { '@type': 'Answer', text: serializeSafe(item.answer) },
      };
      if (page) q['@id'] = `${page}#${encodeURIComponent(item.id)}`;
      return q;
    }),
  };
}

const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g;

/**
 * JSON text safe as the body of `<script type="application/ld+json">`: `<`, `>` and `&` are
 * written as `\u003c`, `\u003e`, `\u0026` (so `</script>` and `<!--` cannot appear), and U+2028 /
 * U+2029 escaped too. Still valid JSON with the same value. Throws like `JSON.stringify` on cycles.
 */
export function jsonLdScriptText(value: unknown): string {
  const json = JSON.stringify(value) ?? 'null';
  return json.replace(UNSAFE_IN_SCRIPT, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
