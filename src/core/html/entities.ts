/**
 * HTML character references: numeric (decimal / hex, with the HTML windows-1252 fix-ups) and the
 * named ones of HTML 4 (every name pages and feeds really use) plus a few HTML5 ones. Pure, no
 * DOM. Unknown names are left as written.
 */

// Latin-1 names for U+00A0..U+00FF, in code point order. All of them (and amp, lt, gt, quot)
// are "legacy" references that browsers also decode without the trailing semicolon.
const LATIN1 =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 ' +
  'acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde ' +
  'Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute ' +
  'Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde ' +
  'auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ' +
  'ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml';

// Every other HTML 4 name (typography, arrows, math, Greek, with HTML5's values: lang and rang
// are U+27E8 / U+27E9), and HTML5's Tab, NewLine, colon and check (browsers decode them, e.g.
// in `java&Tab;script:`). Runs: `name=hex` is that code point, a bare name the next one; each
// capital Greek letter (U+0391..U+03A9) also gives its small one, 0x20 later ("Alpha", "alpha").
// The rest of HTML5's 2,000-odd names stay undecoded, which is safe (the text shows as written).
const OTHER =
  'Tab=9 NewLine quot=22 QUOT=22 amp=26 AMP=26 apos colon=3a lt=3c LT=3c gt=3e GT=3e COPY=a9 REG=ae OElig=152 oelig ' +
  'Scaron=160 scaron Yuml=178 fnof=192 circ=2c6 tilde=2dc Alpha=391 Beta Gamma Delta Epsilon Zeta Eta Theta Iota ' +
  'Kappa Lambda Mu Nu Xi Omicron Pi Rho Sigma=3a3 Tau Upsilon Phi Chi Psi Omega sigmaf=3c2 thetasym=3d1 ' +
  'upsih piv=3d6 ensp=2002 emsp thinsp=2009 zwnj=200c zwj lrm rlm ndash=2013 mdash lsquo=2018 rsquo sbquo ldquo=201c ' +
  'rdquo bdquo dagger=2020 Dagger bull hellip=2026 permil=2030 prime=2032 Prime lsaquo=2039 rsaquo oline=203e ' +
  'frasl=2044 euro=20ac image=2111 weierp=2118 real=211c trade=2122 alefsym=2135 larr=2190 uarr rarr darr harr ' +
  'crarr=21b5 lArr=21d0 uArr rArr dArr hArr forall=2200 part=2202 exist empty=2205 nabla=2207 isin notin ni=220b ' +
  'prod=220f sum=2211 minus lowast=2217 radic=221a prop=221d infin ang=2220 and=2227 or cap cup int there4=2234 ' +
  'sim=223c cong=2245 asymp=2248 ne=2260 equiv le=2264 ge sub=2282 sup nsub sube=2286 supe oplus=2295 otimes=2297 ' +
  'perp=22a5 sdot=22c5 lceil=2308 rceil lfloor rfloor loz=25ca spades=2660 clubs=2663 hearts=2665 diams check=2713 ' +
  'lang=27e8 rang';

const NAMED = new Map<string, string>();
const LEGACY = new Set<string>(['amp', 'lt', 'gt', 'quot', 'AMP', 'LT', 'GT', 'QUOT', 'COPY', 'REG']);
LATIN1.split(' ').forEach((name, i) => {
  NAMED.set(name, String.fromCharCode(0xa0 + i));
  LEGACY.add(name);
});
let cp = 0;
for (const run of OTHER.split(' ')) {
  const [name, hex] = run.split('=');
  cp = hex ? parseInt(hex, 16) : cp + 1;
  NAMED.set(name, String.fromCodePoint(cp));
  if (cp >= 0x391 && cp <= 0x3a9) NAMED.set(name.toLowerCase(), String.fromCodePoint(cp + 0x20));
}
const LONGEST_LEGACY = Math.max(...[...LEGACY].map((n) => n.length));

// Windows-1252 code points that numeric references in 0x80..0x9F stand for (HTML spec).
const C1_FIXUPS: Record<number, number> = {
  0x80: 0x20ac, 0x82: 0x201a, 0x83: 0x192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
  0x88: 0x2c6, 0x89: 0x2030, 0x8a: 0x160, 0x8b: 0x2039, 0x8c: 0x152, 0x8e: 0x17d, 0x91: 0x2018,
  0x92: 0x2019, 0x93: 0x201c, 0x94: 0x201d, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x2dc,
  0x99: 0x2122, 0x9a: 0x161, 0x9b: 0x203a, 0x9c: 0x153, 0x9e: 0x17e, 0x9f: 0x178,
};

function fromNumeric(digits: string, radix: 10 | 16): string {
  const trimmed = digits.replace(/^0+/, '');
  // More than 8 significant digits is out of range whatever they are (and would lose precision).
  const cp = trimmed.length > 8 ? 0x110000 : trimmed ? parseInt(trimmed, radix) : 0;
  if (cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(C1_FIXUPS[cp] ?? cp);
}

const REFERENCE = /&(?:#([0-9]+)|#[xX]([0-9a-fA-F]+)|([A-Za-z][A-Za-z0-9]*))(;?)/g;

/**
 * Decodes character references in text (`inAttribute` false) or an attribute value. In an
 * attribute, a legacy reference without `;` followed by `=` or an alphanumeric is left alone
 * (`?a=1&copy=2` stays as written), as the HTML spec says.
 *
 * `strict`: only complete references (`&name;`, `&#8217;`) of known names are decoded, for text
 * that is not HTML markup but was escaped once (feed fields: "Fish&chips" and "&notit;" stay as
 * written, where an HTML parser would read `&not`).
 */
export function decodeEntities(text: string, inAttribute = false, strict = false): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (match, dec: string | undefined, hex: string | undefined, name: string | undefined, semi: string, offset: number) => {
    if (strict && !semi) return match;
    if (dec !== undefined) return fromNumeric(dec, 10);
    if (hex !== undefined) return fromNumeric(hex, 16);
    const n = name as string;
    if (semi) {
      const hit = NAMED.get(n);
      if (hit !== undefined) return hit;
    }
    // No semicolon (or an unknown name): the longest legacy prefix, as browsers match.
    if (strict) return match;
    for (let len = Math.min(n.length, LONGEST_LEGACY); len >= 2; len--) {
      const prefix = n.slice(0, len);
      if (!LEGACY.has(prefix)) continue;
      if (inAttribute) {
        const next = len < n.length ? n[len] : semi ? ';' : text[offset + match.length] ?? '';
        if (/[=A-Za-z0-9]/.test(next)) return match;
      }
      return (NAMED.get(prefix) as string) + match.slice(1 + len);
    }
    return match;
  });
}
