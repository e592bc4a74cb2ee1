import { expect } from '@open-wc/testing';
import { decodeEntities } from '../../../src/core/html/entities.js';

// Every named reference of HTML 4 (the names pages and feeds use): Latin-1, symbols and Greek, and
// the "special" set. The browser's own parser is the oracle for what each one means.
const LATIN1 =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para ' +
  'middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute ' +
  'Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute ' +
  'THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ' +
  'ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml';
const SYMBOLS =
  'fnof Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi Omicron Pi Rho Sigma Tau Upsilon Phi Chi Psi ' +
  'Omega alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigmaf sigma tau upsilon phi ' +
  'chi psi omega thetasym upsih piv bull hellip prime Prime oline frasl weierp image real trade alefsym larr uarr rarr darr harr ' +
  'crarr lArr uArr rArr dArr hArr forall part exist empty nabla isin notin ni prod sum minus lowast radic prop infin ang and or ' +
  'cap cup int there4 sim cong asymp ne equiv le ge sub sup nsub sube supe oplus otimes perp sdot lceil rceil lfloor rfloor lang ' +
  'rang loz spades clubs hearts diams';
const SPECIAL =
  'quot amp lt gt OElig oelig Scaron scaron Yuml circ tilde ensp emsp thinsp zwnj zwj lrm rlm ndash mdash lsquo rsquo sbquo ' +
  'ldquo rdquo bdquo dagger Dagger permil lsaquo rsaquo euro';
const HTML4 = `${LATIN1} ${SYMBOLS} ${SPECIAL}`.split(' ');

/** What the browser makes of `html` as text. */
function browser(html: string): string {
  return new DOMParser().parseFromString(`<!doctype html><body><p>${html}</p>`, 'text/html').querySelector('p')!.textContent!;
}

describe('core/html entities: named and numeric references', () => {
  it('decodes all 252 HTML 4 names as the browser does, in markup and in strict (feed text) mode', () => {
    expect(HTML4.length).to.equal(252);
    for (const name of HTML4) {
      const ref = `&${name};`;
      const expected = browser(ref);
      expect(expected, ref).not.to.equal(ref);
      expect(decodeEntities(ref), ref).to.equal(expected);
      expect(decodeEntities(ref, false, true), `strict ${ref}`).to.equal(expected);
    }
  });

  it('the rare ones a meeting name or note may hold decode fully: &notin; &hellip; &ndash; (not "¬in;")', () => {
    expect(decodeEntities('A &notin; B &hellip; 7&ndash;8 pm &rArr; &hearts; &Omega;&omega; &lang;x&rang;')).to.equal('A ∉ B … 7–8 pm ⇒ ♥ Ωω ⟨x⟩');
    expect(decodeEntities('&apos;&Tab;&NewLine;&colon;&check;')).to.equal("'\t\n:✓");
  });

  it('numeric references, decimal and hex, with the windows-1252 fix-ups', () => {
    expect(decodeEntities('It&#8217;s &#x2019; &#X1F600; &#150; &#x96; &#233;')).to.equal('It’s ’ 😀 – – é');
    expect(decodeEntities('It&#8217;s', false, true)).to.equal('It’s');
  });

  it('unknown names stay as written; in markup a legacy prefix is read as browsers read it', () => {
    for (const s of ['&unknown;', '&zzzz;', '&Amp;x', '&nbspx;', '& ;', '&#;', '&#x;']) {
      expect(decodeEntities(s, false, true), s).to.equal(s);
    }
    expect(decodeEntities('&unknown; &zzzz;')).to.equal('&unknown; &zzzz;');
    // HTML parsing (the FAQ sanitizer): as the browser.
    for (const s of ['&notit;', '&copy 2026', 'Fish&notes', '&notin', '&ampx;']) expect(decodeEntities(s), s).to.equal(browser(s));
    // Feed text is not markup: a reference counts only when complete.
    expect(decodeEntities('&notit; &copy 2026 Fish&notes AT&T &amp &#8217', false, true)).to.equal('&notit; &copy 2026 Fish&notes AT&T &amp &#8217');
  });
});
