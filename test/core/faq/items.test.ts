import { expect } from '@open-wc/testing';
import { buildFaqItems, parseFaqJson, slugify } from '../../../src/core/faq/items.js';
import { sanitizeHtml, serializeSafe } from '../../../src/core/html/sanitize.js';
import { expectSafeTree } from '../html/safe-tree.js';

async function fixture(name: string): Promise<unknown> {
  const response = await fetch(`/test/fixtures/faq/${name}`);
  expect(response.ok, name).to.equal(true);
  return response.json();
}

describe('core/faq/items parseFaqJson: arrays', () => {
  it('reads question / answer / id / category and sanitizes answers', () => {
    const r = parseFaqJson([
      { id: 'insurance', question: '¿Aceptan Medicaid?', answer: '<p>Sí <img src=x onerror=alert(1)></p>', category: 'Costos' },
      { question: 'Is it free?', answer: 'Yes.' },
    ]);
    expect(r.format).to.equal('array');
    expect(r.skipped).to.deep.equal([]);
    expect(r.items).to.deep.equal([
      {
        id: 'insurance',
        question: '¿Aceptan Medicaid?',
        answer: [{ type: 'element', tag: 'p', attrs: {}, children: [{ type: 'text', text: 'Sí ' }] }],
        answerText: 'Sí',
        category: 'Costos',
      },
      { id: 'is-it-free', question: 'Is it free?', answer: [{ type: 'text', text: 'Yes.' }], answerText: 'Yes.' },
    ]);
  });

  it('skips bad entries and says which and why', () => {
    const r = parseFaqJson([
      null,
      'text',
      42,
      [],
      {},
      { question: '   ', answer: 'a' },
      { question: 'No answer' },
      { question: 'Number answer', answer: 7 },
      { question: 'Only markup', answer: '<img src=x onerror=alert(1)><script>x</script>' },
      { question: '<b></b>', answer: 'x' },
      { question: 'Fine', answer: 'ok' },
      { '@type': 'Answer', text: 'not a question' },
    ]);
    expect(r.items.map((i) => i.question)).to.deep.equal(['Fine']);
    expect(r.skipped).to.deep.equal([
      { index: 0, reason: 'not-an-object' },
      { index: 1, reason: 'not-an-object' },
      { index: 2, reason: 'not-an-object' },
      { index: 3, reason: 'not-an-object' },
      { index: 4, reason: 'missing-question' },
      { index: 5, reason: 'missing-question' },
      { index: 6, reason: 'missing-answer' },
      { index: 7, reason: 'missing-answer' },
      { index: 8, reason: 'missing-answer' },
      { index: 9, reason: 'missing-question' },
      { index: 11, reason: 'not-a-question' },
    ]);
  });

  it('makes questions plain text and plain-text answers into paragraphs', () => {
    const r = parseFaqJson([{ question: 'What <b>is</b> &amp; isn’t\n NA?', answer: 'Line one\nline two\n\nSecond paragraph' }]);
    expect(r.items[0].question).to.equal('What is & isn’t NA?');
    expect(serializeSafe(r.items[0].answer)).to.equal('<p>Line one<br>line two</p><p>Second paragraph</p>');
    expect(r.items[0].answerText).to.equal('Line one\nline two\nSecond paragraph');
  });

  it('keeps ids unique: author ids win, duplicates and slugs get suffixes', () => {
    const r = parseFaqJson([
      { question: 'Cost?', answer: 'a' },
      { question: 'Cost?', answer: 'b' },
      { id: 'cost', question: 'Other', answer: 'c' },
      { id: 'cost', question: 'Another', answer: 'd' },
      { id: ' #two words ', question: 'Spaces', answer: 'e' },
      { id: 12, question: 'Numeric id', answer: 'f' },
      { id: '', question: '!!!', answer: 'g' },
    ]);
    expect(r.items.map((i) => i.id)).to.deep.equal(['cost-3', 'cost-4', 'cost', 'cost-2', 'two-words', '12', 'q-7']);
    expect(new Set(r.items.map((i) => i.id)).size).to.equal(r.items.length);
  });

  it('limits the number of items', () => {
    const many = Array.from({ length: 10 }, (_, k) => ({ question: `Q${k}`, answer: 'a' }));
    const r = parseFaqJson(many, { maxItems: 3 });
    expect(r.items).to.have.length(3);
    expect(r.skipped).to.deep.equal([{ index: 3, reason: 'too-many' }]);
  });

  it('resolves relative links when given a base', () => {
    const r = parseFaqJson([{ question: 'Q', answer: '<a href="/meetings">m</a>' }], { base: 'https://site.example/faq/' });
    expect(serializeSafe(r.items[0].answer)).to.equal('<a href="https://site.example/meetings" rel="noopener noreferrer">m</a>');
  });

  it('reads the fixture over HTTP, skipping its bad entries', async () => {
    const r = parseFaqJson(await fixture('faq.json'));
    expect(r.format).to.equal('array');
    expect(r.items.map((i) => i.id)).to.deep.equal([
      'insurance',
      'what-happens-at-a-first-meeting',
      'who-can-i-call-right-now',
      'is-there-a-fee',
      'can-i-bring-a-friend',
    ]);
    expect(r.skipped).to.deep.equal([
      { index: 4, reason: 'missing-answer' },
      { index: 5, reason: 'not-an-object' },
    ]);
    for (const item of r.items) expectSafeTree(item.answer);
    expect(r.items[2].answerText).to.equal('Call or text 988, or the SAMHSA helpline 1-800-662-4357.');
    expect(serializeSafe(r.items[4].answer)).to.equal('Open meetings welcome anyone.');
    expect(r.items.map((i) => i.category)).to.deep.equal(['Costos', 'Meetings', 'Help', undefined, undefined]);
  });
});

describe('core/faq/items parseFaqJson: JSON-LD', () => {
  it('reads a FAQPage object and skips entries that are not questions', async () => {
    const r = parseFaqJson(await fixture('faq-jsonld.json'));
    expect(r.format).to.equal('faq-page');
    expect(r.items.map((i) => [i.id, i.question, i.answerText])).to.deep.equal([
      ['what-is-narcotics-anonymous', 'What is Narcotics Anonymous?', 'A fellowship of people helping each other stay clean. Membership is free.'],
      ['do-i-have-to-be-clean-to-attend', 'Do I have to be clean to attend?', 'No. The only requirement for membership is a desire to stop using.'],
    ]);
    expect(r.skipped).to.deep.equal([{ index: 2, reason: 'not-a-question' }]);
  });

  it('reads FAQPage inside @graph, resolving @id references and keeping their fragments as ids', async () => {
    const r = parseFaqJson(await fixture('faq-graph.json'));
    expect(r.format).to.equal('faq-page');
    expect(r.items.map((i) => i.id)).to.deep.equal(['faq-question-1612345', 'faq-question-1612346']);
    expect(serializeSafe(r.items[0].answer)).to.equal('Most meetings last <strong>one hour</strong>.');
    expect(r.items[1].answer[1]).to.deep.equal({
      type: 'element',
      tag: 'a',
      attrs: { href: 'https://recovery.example/meetings/?format=online', rel: 'noopener noreferrer' },
      children: [{ type: 'text', text: 'online list' }],
    });
  });

  it('accepts JSON text, type IRIs, a single mainEntity, an array of JSON-LD nodes, answer arrays', () => {
    const question = { '@type': 'Question', name: 'Q?', acceptedAnswer: [{ '@type': 'Answer' }, { '@type': 'Answer', text: 'A.' }] };
    const forms: unknown[] = [
      JSON.stringify({ '@context': 'https://schema.org', '@type': 'FAQPage', mainEntity: [question] }),
      { '@type': 'https://schema.org/FAQPage', mainEntity: question },
      { '@type': 'schema:FAQPage', mainEntity: [question] },
      [{ '@type': 'WebSite', name: 'x' }, { '@type': 'FAQPage', mainEntity: [question] }],
      [{ '@context': 'https://schema.org', '@graph': [{ '@type': 'FAQPage', mainEntity: [question] }] }],
    ];
    for (const form of forms) {
      const r = parseFaqJson(form);
      expect(r.format, JSON.stringify(form)).to.equal('faq-page');
      expect(r.items.map((i) => [i.id, i.question, i.answerText])).to.deep.equal([['q', 'Q?', 'A.']]);
    }
  });

  it('merges several FAQPage nodes in order', () => {
    const page = (name: string) => ({ '@type': 'FAQPage', mainEntity: [{ '@type': 'Question', name, acceptedAnswer: { text: 'a' } }] });
    const r = parseFaqJson({ '@graph': [page('One'), { '@type': 'Thing' }, page('Two')] });
    expect(r.items.map((i) => i.question)).to.deep.equal(['One', 'Two']);
  });

  it('sanitizes hostile JSON-LD answers and questions', () => {
    const r = parseFaqJson({
      '@type': 'FAQPage',
      mainEntity: [
        {
          '@type': 'Question',
          name: '<script>alert(1)</script>Safe?',
          acceptedAnswer: { '@type': 'Answer', text: '<a href="javascript:alert(1)" onclick="x">x</a><svg onload=alert(1)>' },
        },
      ],
    });
    expect(r.items[0].question).to.equal('Safe?');
    expect(r.items[0].answer).to.deep.equal([{ type: 'text', text: 'x' }]);
  });
});

describe('core/faq/items parseFaqJson: any JSON value', () => {
  it('never throws and reports unknown formats', () => {
    const cyclic: Record<string, unknown> = { '@type': 'FAQPage' };
    cyclic.mainEntity = [cyclic];
    const hostile = {
      '@type': 'FAQPage',
      get mainEntity(): unknown {
        throw new Error('boom');
      },
    };
    const values: unknown[] = [undefined, null, true, 0, -1, NaN, '', 'not json', '{"a":', '42', '{}', {}, { items: [] }, { '@type': 'Thing' }, Symbol('x'), () => 1, cyclic, hostile];
    for (const v of values) {
      const r = parseFaqJson(v);
      expect(r.items, String(typeof v)).to.be.an('array');
      expect(r.skipped).to.be.an('array');
    }
    expect(parseFaqJson(null)).to.deep.equal({ items: [], skipped: [], format: 'unknown' });
    expect(parseFaqJson('not json')).to.deep.equal({ items: [], skipped: [], format: 'unknown' });
    expect(parseFaqJson({ items: [] }).format).to.equal('unknown');
    expect(parseFaqJson([])).to.deep.equal({ items: [], skipped: [], format: 'array' });
    expect(parseFaqJson(cyclic).skipped).to.deep.equal([{ index: 0, reason: 'not-a-question' }]);
    expect(parseFaqJson({ '@type': 'FAQPage' })).to.deep.equal({ items: [], skipped: [], format: 'faq-page' });
  });

  it('isolates an entry that throws', () => {
    const bad = {
      get question(): string {
        throw new Error('boom');
      },
      answer: 'x',
    };
    const r = parseFaqJson([bad, { question: 'Fine', answer: 'ok' }]);
    expect(r.items.map((i) => i.question)).to.deep.equal(['Fine']);
    expect(r.skipped).to.deep.equal([{ index: 0, reason: 'invalid' }]);
  });
});

describe('core/faq/items slugify', () => {
  it('folds accents, lowercases and hyphenates', () => {
    expect(slugify('¿Aceptan Médicaid?')).to.equal('aceptan-medicaid');
    expect(slugify('  What’s a “home group”?  ')).to.equal('what-s-a-home-group');
    expect(slugify('Straße & Ærø — Łódź')).to.equal('strasse-aero-lodz');
    expect(slugify('12 Steps, 12 Traditions')).to.equal('12-steps-12-traditions');
  });

  it('keeps non-Latin letters (with their vowel signs), else falls back to q-N', () => {
    expect(slugify('Что такое АН?')).to.equal('что-такое-ан');
    expect(slugify('什么是康复？')).to.equal('什么是康复');
    expect(slugify('हिन्दी में')).to.equal('हिन्दी-में');
    expect(slugify('회복이란?')).to.equal('회복이란');
    expect(slugify('???', undefined, 4)).to.equal('q-4');
    expect(slugify('')).to.equal('q-1');
  });

  it('produces id-like strings: no spaces or #, bounded length', () => {
    for (const text of ['a b\tc\nd', '#hash#tag', 'x'.repeat(500), `${'word '.repeat(40)}end`, '\u0000\u200b', '😀 emoji 😀']) {
      const slug = slugify(text);
      expect(slug, text).to.match(/^[^\s#]+$/);
      expect([...slug].length).to.be.at.most(64);
      expect(slug).not.to.match(/^-|-$/);
    }
  });

  it('is unique within a list', () => {
    const used = new Set<string>();
    expect(['Cost?', 'Cost!', 'cost', 'Cóst', '???', '???'].map((q, k) => slugify(q, used, k + 1))).to.deep.equal([
      'cost',
      'cost-2',
      'cost-3',
      'cost-4',
      'q-5',
      'q-6',
    ]);
    used.clear();
    used.add('faq');
    expect(slugify('FAQ', used)).to.equal('faq-2');
    expect(slugify('faq-2', used)).to.equal('faq-2-2');
  });
});

describe('core/faq/items buildFaqItems', () => {
  it('builds items from trusted drafts with unique ids and answer text', () => {
    const items = buildFaqItems([
      { question: 'One', answer: sanitizeHtml('<p>a</p><p>b</p>'), id: 'one' },
      { question: 'One', answer: sanitizeHtml('c'), category: 'X' },
    ]);
    expect(items.map((i) => [i.id, i.answerText, i.category])).to.deep.equal([
      ['one', 'a\nb', undefined],
      ['one-2', 'c', 'X'],
    ]);
  });
});
