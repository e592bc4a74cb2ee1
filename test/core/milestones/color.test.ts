import { expect } from '@open-wc/testing';
import { contrastRatio, normalizeColor, parseColor, readableTextColor, relativeLuminance } from '../../../src/core/color.js';
import { seededRandom, seedsForRun } from '../time/prng.js';

describe('core/color', () => {
  it('accepts #rgb, #rrggbb and listed names only', () => {
    const table: [unknown, string | null][] = [
      ['#ABC', '#aabbcc'],
      ['#1a2B3c', '#1a2b3c'],
      [' Red ', '#ff0000'],
      ['grey', '#808080'],
      ['teal', '#008080'],
      ['#12', null],
      ['#12345', null],
      ['#1234567', null],
      ['#abcd', null],
      ['123456', null],
      ['rgb(0, 0, 0)', null],
      ['url(javascript:alert(1))', null],
      ['red;background:url(x)', null],
      ['rebeccapurple', null],
      ['toString', null],
      ['constructor', null],
      ['', null],
      [0x123456, null],
      [null, null],
      [{}, null],
    ];
    for (const [input, out] of table) expect(normalizeColor(input), String(input)).to.equal(out);
    expect(parseColor('#0080ff')).to.deep.equal({ r: 0, g: 128, b: 255 });
    expect(parseColor('nope')).to.equal(null);
  });

  it('computes WCAG luminance and contrast', () => {
    expect(relativeLuminance('#000')).to.equal(0);
    expect(relativeLuminance('#fff')).to.equal(1);
    expect(contrastRatio('#000', '#fff')).to.equal(21);
    expect(contrastRatio('#fff', '#fff')).to.equal(1);
    expect(contrastRatio('#777777', '#ffffff')).to.be.closeTo(4.48, 0.01);
    expect(() => relativeLuminance('nope')).to.throw(TypeError);
  });

  it('picks black or white text', () => {
    const table: [string, string][] = [
      ['#ffffff', '#000000'],
      ['#000000', '#ffffff'],
      ['#ffd100', '#000000'],
      ['#1f5fbf', '#ffffff'],
      ['#777777', '#000000'], // white would be 4.48:1, below AA
      ['#c62828', '#ffffff'],
      ['navy', '#ffffff'],
      ['nonsense', '#000000'],
    ];
    for (const [bg, fg] of table) expect(readableTextColor(bg), bg).to.equal(fg);
    expect(readableTextColor({ r: 0, g: 0, b: 0 })).to.equal('#ffffff');
  });

  for (const seed of seedsForRun('color')) {
    it(`always reaches 4.5:1 (seed ${seed})`, () => {
      const rng = seededRandom(seed);
      for (let i = 0; i < 3000; i++) {
        const rgb = { r: rng.int(0, 255), g: rng.int(0, 255), b: rng.int(0, 255) };
        expect(contrastRatio(rgb, readableTextColor(rgb)), `seed ${seed} ${JSON.stringify(rgb)}`).to.be.at.least(4.5);
      }
    });
  }
});
