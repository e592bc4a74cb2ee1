import { expect } from '@open-wc/testing';
import { parseFaqJson } from '../../../src/core/faq/items.js';
import { filterItems, fold, highlightSegments, matchRanges, queryWords } from '../../../src/core/faq/search.js';

const marked = (text: string, query: string): string =>
  highlightSegments(text, query)
    .map((s) => (s.match ? `[${s.text}]` : s.text))
    .join('');

describe('core/faq/search fold and queryWords', () => {
  it('folds case, accents and compatibility forms', () => {
    expect(fold('Médicaid')).to.equal('medicaid');
    expect(fold('ÁÉÍÓÚ ñ Ü ç')).to.equal('aeiou n u c');
    expect(fold('Straße Æsir Ørsted Łódź İstanbul')).to.equal('strasse aesir orsted lodz istanbul');
    expect(fold('ﬁne ＡＢＣ')).to.equal('fine abc');
    expect(fold('ΟΔΟΣ οδός')).to.equal('οδοσ οδοσ');
    expect(fold('Ёлка')).to.equal('елка');
    expect(fold('e\u0301')).to.equal('e');
    expect(fold('हिन्दी')).to.equal('हिन्दी');
  });

  it('splits a query into folded words without edge punctuation', () => {
    expect(queryWords('  ¿Médicaid?  12-step  ')).to.deep.equal(['medicaid', '12-step']);
    expect(queryWords('a A á')).to.deep.equal(['a']);
    expect(queryWords('?? !!')).to.deep.equal([]);
  });
});

describe('core/faq/search matchRanges', () => {
  it('finds "Médicaid" with "medicaid", as ranges of the original text', () => {
    const text = 'Aceptamos Médicaid y MEDICAID.';
    expect(matchRanges(text, 'medicaid')).to.deep.equal([
      [10, 18],
      [21, 29],
    ]);
    expect(text.slice(10, 18)).to.equal('Médicaid');
    expect(marked(text, 'médicaid')).to.equal('Aceptamos [Médicaid] y [MEDICAID].');
  });

  it('highlights every word of the query and merges overlaps', () => {
    expect(marked('Open meetings are open to anyone', 'open MEET')).to.equal('[Open] [meet]ings are [open] to anyone');
    expect(matchRanges('aaaa', 'aa a')).to.deep.equal([[0, 4]]);
    expect(marked('Is it free?', 'free? is')).to.equal('[Is] it [free]?');
  });

  it('keeps decomposed accents and expanded letters inside the highlight', () => {
    expect(marked('Cafe\u0301 time', 'cafe')).to.equal('[Cafe\u0301] time');
    expect(marked('Die Straße', 'strasse')).to.equal('Die [Straße]');
    expect(marked('Die Straße', 'stras')).to.equal('Die [Straß]e');
    expect(marked('😀 Médicaid 😀', 'medi')).to.equal('😀 [Médi]caid 😀');
  });

  it('returns nothing for empty queries or text', () => {
    expect(matchRanges('text', '')).to.deep.equal([]);
    expect(matchRanges('text', '   ')).to.deep.equal([]);
    expect(matchRanges('', 'x')).to.deep.equal([]);
    expect(highlightSegments('plain', '')).to.deep.equal([{ text: 'plain', match: false }]);
  });
});

describe('core/faq/search filterItems', () => {
  const { items } = parseFaqJson([
    { question: '¿Aceptan Médicaid?', answer: '<p>Sí, y seguros privados.</p>' },
    { question: 'What happens at a first meeting?', answer: 'You can just <b>listen</b>.' },
    { question: 'Is there a fee?', answer: 'No dues or fees; Medicaid is not needed.' },
  ]);

  it('matches all words across question and answer, accent-insensitively', () => {
    expect(filterItems(items, 'medicaid').map((i) => i.id)).to.deep.equal(['aceptan-medicaid', 'is-there-a-fee']);
    expect(filterItems(items, 'SEGUROS médicaid').map((i) => i.id)).to.deep.equal(['aceptan-medicaid']);
    expect(filterItems(items, 'first listen').map((i) => i.id)).to.deep.equal(['what-happens-at-a-first-meeting']);
    expect(filterItems(items, 'listen zebra')).to.deep.equal([]);
  });

  it('returns every item for an empty query, as a new array', () => {
    const all = filterItems(items, '  ');
    expect(all).to.deep.equal(items);
    expect(all).not.to.equal(items);
  });

  it('notices an item whose text changed', () => {
    const copy = items.map((i) => ({ ...i }));
    expect(filterItems(copy, 'zebra')).to.deep.equal([]);
    copy[1].answerText = 'A zebra';
    expect(filterItems(copy, 'zebra')).to.deep.equal([copy[1]]);
  });
});
