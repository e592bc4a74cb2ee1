// Differential check against the browser's own HTML parser: for random soups of allowed and
// harmless tags, the sanitized tree must hold the same text, in the same order, as the DOM the
// browser builds (whitespace aside), must stay safe, and must re-parse to itself. Seeded, so failures reproduce.
import { expect } from '@open-wc/testing';
import { sanitizeHtml, serializeSafe, type SafeNode } from '../../../src/core/html/sanitize.js';
import { expectSafeHtml, expectSafeTree } from './safe-tree.js';

function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOKENS = [
  '<p>', '</p>', '<b>', '</b>', '<i>', '</i>', '<em>', '</em>', '<strong>', '</strong>', '<ul>', '</ul>', '<ol>',
  '</ol>', '<li>', '</li>', '<h3>', '</h3>', '<h5>', '</h5>', '<br>', '</br>', '<span>', '</span>', '<a href="https://x.example/">',
  '<a href="javascript:alert(1)">', '</a>', '<!-- c -->', '&amp;', '&lt;', '&eacute;', '&#233;', 'word', 'más', ' ', '\n', '<',
  '<x-custom>', '</x-custom>', '<font color=red>', '</font>', '<u>', '</u>',
];

function textOf(nodes: readonly SafeNode[]): string {
  return nodes.map((n) => (n.type === 'text' ? n.text : n.tag === 'br' ? '' : textOf(n.children))).join('');
}

describe('core/html/sanitize differential against the browser parser', () => {
  it('keeps the same text as the browser for 600 random tag soups', () => {
    const random = rng(20261121);
    for (let round = 0; round < 600; round++) {
      const length = 1 + Math.floor(random() * 30);
      let input = '';
      for (let k = 0; k < length; k++) input += TOKENS[Math.floor(random() * TOKENS.length)];
      const nodes = sanitizeHtml(input);
      expectSafeTree(nodes);
      expectSafeHtml(serializeSafe(nodes));
      const body = new DOMParser().parseFromString(`<!doctype html><body>${input}`, 'text/html').body;
      // Whitespace aside: unwrapping a block (an orphan li, say) may add a separating space.
      const squash = (text: string): string => text.replace(/\s+/g, '');
      expect(squash(textOf(nodes)), input).to.equal(squash(body.textContent ?? ''));
      expect(sanitizeHtml(serializeSafe(nodes)), `stable: ${input}`).to.deep.equal(nodes);
    }
  });

  it('stays safe and stable for 400 random hostile soups', () => {
    const hostile = [
      ...TOKENS, '<script>', '</script>', '<style>', '</style>', '<svg onload=alert(1)>', '</svg>', '<img src=x onerror=alert(1)>',
      '<!--', '-->', '<![CDATA[', ']]>', '<iframe>', '</iframe>', '<textarea>', '</textarea>', '<noscript>', '</noscript>',
      '<a href="&#106;avascript:alert(1)">', '<a href=jav&#x09;ascript:alert(1)>', '<p onclick=alert(1)>', '"', "'", '>', '=',
      '<math>', '</math>', '<template>', '</template>', '<select>', '<xmp>', '</xmp>', '<a href="https://ok.example/?a=1&b=2">',
    ];
    const random = rng(9001);
    for (let round = 0; round < 400; round++) {
      let input = '';
      for (let k = 1 + Math.floor(random() * 40); k > 0; k--) input += hostile[Math.floor(random() * hostile.length)];
      const nodes = sanitizeHtml(input);
      expectSafeTree(nodes);
      const out = serializeSafe(nodes);
      expectSafeHtml(out);
      expect(sanitizeHtml(out), `stable: ${input}`).to.deep.equal(nodes);
    }
  });
});
