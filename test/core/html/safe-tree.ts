// Assertions that a sanitized tree (and its serialization, parsed by the real browser) holds
// nothing but allowlisted tags, the two link attributes, and allowed URL schemes.
import { expect } from '@open-wc/testing';
import type { SafeNode } from '../../../src/core/html/sanitize.js';

export const ALLOWED_TAGS = ['p', 'br', 'ul', 'ol', 'li', 'a', 'strong', 'em', 'b', 'i', 'h3', 'h4', 'h5', 'h6'];
export const ALLOWED_SCHEMES = ['http:', 'https:', 'mailto:', 'tel:'];

export interface TreeStats {
  nodes: number;
  depth: number;
  links: string[];
}

/** Walks every node: fails on any tag, attribute or URL scheme outside the allowlist. */
export function expectSafeTree(nodes: readonly SafeNode[]): TreeStats {
  const stats: TreeStats = { nodes: 0, depth: 0, links: [] };
  const walk = (list: readonly SafeNode[], depth: number): void => {
    expect(list, 'children').to.be.an('array');
    stats.depth = Math.max(stats.depth, depth);
    for (const node of list) {
      stats.nodes++;
      expect(Object.keys(node).sort(), 'node keys').to.satisfy(
        (keys: string[]) => keys.join() === 'text,type' || keys.join() === 'attrs,children,tag,type',
      );
      if (node.type === 'text') {
        expect(node.text, 'text').to.be.a('string');
        continue;
      }
      expect(node.type).to.equal('element');
      expect(ALLOWED_TAGS, `tag <${node.tag}>`).to.include(node.tag);
      if (node.tag === 'a') {
        expect(Object.keys(node.attrs).sort()).to.deep.equal(['href', 'rel']);
        expect(node.attrs.rel).to.equal('noopener noreferrer');
        const url = new URL(node.attrs.href);
        expect(ALLOWED_SCHEMES, `scheme of ${node.attrs.href}`).to.include(url.protocol);
        expect(node.attrs.href).to.equal(url.href);
        stats.links.push(node.attrs.href);
      } else {
        expect(node.attrs, `attrs of <${node.tag}>`).to.deep.equal({});
      }
      if (node.tag === 'br') expect(node.children).to.deep.equal([]);
      walk(node.children, depth + 1);
    }
  };
  walk(nodes, 0);
  return stats;
}

/** Parses serialized HTML with the browser's own parser and checks every element and attribute. */
export function expectSafeHtml(html: string): void {
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
  expect(doc.head.children.length, 'nothing hoisted into <head>').to.equal(0);
  for (const el of Array.from(doc.body.querySelectorAll('*'))) {
    expect(ALLOWED_TAGS, `browser sees <${el.localName}>`).to.include(el.localName);
    for (const attr of Array.from(el.attributes)) {
      expect(el.localName === 'a' && (attr.name === 'href' || attr.name === 'rel'), `attribute ${attr.name}`).to.equal(true);
      if (attr.name === 'href') expect(ALLOWED_SCHEMES).to.include(new URL(attr.value).protocol);
    }
  }
}
