/**
 * Text folding and question slugs: the one implementation of each, used by feed parsing
 * (items.ts), search (search.ts) and `<rk-faq>` for questions written in the page, so a question
 * gets the same id (deep link) from markup and from a feed. A module of its own, importing
 * nothing: the element loads it up front without the feed parser or search. Pure: no DOM.
 *
 * Folding: compatibility decomposition (NFKD: also turns ligatures and fullwidth forms into
 * plain letters), combining marks removed after Latin, Greek and Cyrillic letters (in scripts
 * such as Devanagari or Thai the marks are vowels, not accents, and are kept), lowercase, and a
 * few letters that do not decompose (ß -> ss, æ -> ae, ø -> o, ł -> l, final sigma -> σ...).
 */

const SPECIAL: Record<string, string> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', ł: 'l', ı: 'i', þ: 'th', ħ: 'h', ŧ: 't', ŋ: 'n', ς: 'σ',
};
const ACCENTED_SCRIPTS = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]/u;
export const MARK = /\p{M}/u;

/**
 * `text` folded one code point at a time: what each code point of `text` becomes (`''` for an
 * accent). `fold` joins them; search maps them back to the original text for highlights.
 */
export function foldEach(text: string): string[] {
  let strip = false; // whether a combining mark here belongs to an ASCII or accented-script letter
  return [...text].map((ch) => {
    if (MARK.test(ch)) return strip ? '' : ch;
    const d = ch.normalize('NFKD');
    strip = ch < '\x80' || ACCENTED_SCRIPTS.test(d);
    return (strip ? d.replace(/\p{M}/gu, '') : d).toLowerCase().replace(/[ßæœøđðłıþħŧŋς]/g, (c) => SPECIAL[c]);
  });
}

/** Case-, accent- and compatibility-folded text for matching. `fold('Médicaid')` is `'medicaid'`. */
export function fold(text: string): string {
  return typeof text === 'string' ? foldEach(text).join('') : '';
}

const MAX_SLUG = 64;

/** `base`, or `base-2`, `base-3`... whichever is not in `used` yet; added to `used`. */
function unique(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

/**
 * A URL-fragment-safe slug: folded as above (`¿Aceptan Médicaid?` -> `aceptan-medicaid`), then
 * recomposed (NFC), runs of anything but letters, marks and digits become one hyphen. Letters of
 * any script keep their vowel signs (`क्या मुझे` -> `क्या-मुझे`, `什么是康复` stays). At most 64
 * code points, cut at the last hyphen when that keeps more than half. With `used`, the slug is
 * made unique with `-2`, `-3`... and added to the set. Text with no letters or digits gives
 * `q-<position>`.
 */
export function slugify(text: string, used?: Set<string>, position = 1): string {
  let base = fold(text)
    .normalize('NFC')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  const chars = [...base];
  if (chars.length > MAX_SLUG) {
    const cut = chars.slice(0, MAX_SLUG).join('');
    const hyphen = cut.lastIndexOf('-');
    base = (hyphen > MAX_SLUG / 2 ? cut.slice(0, hyphen) : cut).replace(/-+$/, '');
  }
  base ||= `q-${position}`;
  return used ? unique(base, used) : base;
}

/**
 * The ids of a list of questions, assigned the same way whatever their source (a feed, `items`,
 * markup in the page): author ids first (a repeated one gets `-2`, `-3`...), then slugs of the
 * questions, which never take an author's id. `id` is used as given (feeds clean theirs first);
 * empty or absent means none.
 */
export function faqIds(list: readonly { question: string; id?: string }[]): string[] {
  const used = new Set<string>();
  const ids = list.map((q) => q.id && unique(q.id, used));
  return list.map((q, k) => ids[k] || slugify(q.question, used, k + 1));
}
