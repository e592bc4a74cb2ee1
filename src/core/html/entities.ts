/**
 * HTML character references: numeric (decimal / hex, with the HTML windows-1252 fix-ups) and a
 * common set of named ones. Pure, no DOM. Unknown names are left as written, as browsers do.
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

// Beyond Latin-1: the typographic characters that real answers use, plus Tab / NewLine / colon
// (decoded because browsers decode them, e.g. in `java&Tab;script:`). Rarer HTML5 names stay
// undecoded, which is safe (the text shows as written); the table is kept small for size.
const OTHER: Record<string, number> = {
  amp: 0x26, lt: 0x3c, gt: 0x3e, quot: 0x22, AMP: 0x26, LT: 0x3c, GT: 0x3e, QUOT: 0x22, COPY: 0xa9, REG: 0xae,
  apos: 0x27, Tab: 0x09, NewLine: 0x0a, colon: 0x3a, OElig: 0x152, oelig: 0x153, ensp: 0x2002, emsp: 0x2003,
  thinsp: 0x2009, ndash: 0x2013, mdash: 0x2014, lsquo: 0x2018, rsquo: 0x2019, sbquo: 0x201a, ldquo: 0x201c,
  rdquo: 0x201d, bdquo: 0x201e, bull: 0x2022, hellip: 0x2026, lsaquo: 0x2039, rsaquo: 0x203a, euro: 0x20ac,
  trade: 0x2122, larr: 0x2190, rarr: 0x2192, minus: 0x2212, le: 0x2264, ge: 0x2265, check: 0x2713,
};

const NAMED = new Map<string, string>();
const LEGACY = new Set<string>(['amp', 'lt', 'gt', 'quot', 'AMP', 'LT', 'GT', 'QUOT', 'COPY', 'REG']);
LATIN1.split(' ').forEach((name, i) => {
  NAMED.set(name, String.fromCharCode(0xa0 + i));
  LEGACY.add(name);
});
for (const [name, cp] of Object.entries(OTHER)) NAMED.set(name, String.fromCodePoint(cp));
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
 */
export function decodeEntities(text: string, inAttribute = false): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (match, dec: string | undefined, hex: string | undefined, name: string | undefined, semi: string, offset: number) => {
    if (dec !== undefined) return fromNumeric(dec, 10);
    if (hex !== undefined) return fromNumeric(hex, 16);
    const n = name as string;
    if (semi) {
      const hit = NAMED.get(n);
      if (hit !== undefined) return hit;
    }
    // No semicolon (or an unknown name): the longest legacy prefix, as browsers match.
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
