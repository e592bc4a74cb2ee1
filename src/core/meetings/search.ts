/**
 * Text folding for search: NFD, combining marks removed, lower case, a few letters that do not
 * decompose (ß, æ, ø, ł, đ, ı) spelled out. "Miércoles" and "MIERCOLES" fold alike.
 */
const MARKS_RE = /[\u0300-\u036f]/g;
const SPECIAL_RE = /[ßæœøłđı]/g;
const SPECIAL: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ı: 'i' };
const ASCII_RE = /^[\t\n\r\x20-\x7e]*$/;

export function fold(s: string): string {
  if (ASCII_RE.test(s)) return s.toLowerCase();
  return s
    .normalize('NFD')
    .replace(MARKS_RE, '')
    .toLowerCase()
    .replace(SPECIAL_RE, (c) => SPECIAL[c] ?? c);
}

/** Folded words of a query (whitespace separated; empty words dropped). */
export function queryWords(q: string): string[] {
  const f = fold(q).trim();
  return f ? f.split(/\s+/) : [];
}
