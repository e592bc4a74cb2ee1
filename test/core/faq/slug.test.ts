import { expect } from '@open-wc/testing';
import { buildFaqItems, slugify as slugifyFromItems } from '../../../src/core/faq/items.js';
import { fold as foldFromSearch } from '../../../src/core/faq/search.js';
import { faqIds, fold, foldEach, slugify } from '../../../src/core/faq/slug.js';

describe('core/faq/slug', () => {
  it('is the one implementation: items and search re-export it', () => {
    expect(slugifyFromItems).to.equal(slugify);
    expect(foldFromSearch).to.equal(fold);
  });

  it('folds one code point at a time (accents dropped after Latin letters only)', () => {
    expect(foldEach('Ée\u0301ß')).to.deep.equal(['e', 'e', '', 'ss']);
    expect(foldEach('कि')).to.deep.equal(['क', 'ि']);
    expect(foldEach('😀')).to.deep.equal(['😀']);
    expect(fold(42 as unknown as string)).to.equal('');
  });

  it('keeps vowel signs and recomposes: Devanagari, Thai, Arabic harakat, kana voicing, Hangul', () => {
    expect(slugify('क्या मुझे बोलना पड़ेगा?')).to.equal('क्या-मुझे-बोलना-पड़ेगा'.normalize('NFC'));
    expect(slugify('ค่าใช้จ่าย')).to.equal('ค่าใช้จ่าย');
    expect(slugify('مَا هُوَ')).to.equal('مَا-هُوَ');
    expect(slugify('ミーティングですか')).to.equal('ミーティングですか');
    expect(slugify('회복이란?')).to.equal('회복이란');
  });

  it('cuts long slugs at a hyphen, counting code points', () => {
    const long = 'What should I expect the very first time I walk into an open meeting of Alcoholics Anonymous?';
    expect(slugify(long)).to.equal('what-should-i-expect-the-very-first-time-i-walk-into-an-open');
    expect(slugify('𠀀'.repeat(100))).to.equal('𠀀'.repeat(64), 'astral letters count once');
  });

  it('gives ids the same way for every source: author ids first, then unique slugs', () => {
    const list = [{ question: 'Cost?' }, { question: 'Cost?' }, { question: 'Other', id: 'cost' }, { question: 'Again', id: 'cost' }, { question: '???', id: '' }];
    expect(faqIds(list)).to.deep.equal(['cost-3', 'cost-4', 'cost', 'cost-2', 'q-5']);
    // A feed's ids are cleaned first, then given the same way.
    const drafts = list.map((q) => ({ ...q, answer: [] }));
    expect(buildFaqItems(drafts).map((i) => i.id)).to.deep.equal(faqIds(list));
    expect(buildFaqItems([{ question: 'Q', id: ' #two words ', answer: [] }])[0].id).to.equal('two-words');
  });
});
