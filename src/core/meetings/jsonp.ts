/**
 * JSONP replies (`callback([...]);`) read as data, never run. A module of its own that imports
 * nothing, so `<rk-meeting-provider>` can recognise one up front without the feed engine.
 */

// A JSONP reply's opening: `callback(`, `jQuery36_1.cb(`, Symfony / Laravel's `/**/callback(`,
// Express's `/**/ typeof cb === 'function' && cb(`, then the JSON's first `[` or `{`.
export const JSONP_HEAD_RE = /^(?:\/\*\*\/\s*)?(?:typeof\s+[A-Za-z_$][\w$.]*\s*===?\s*(["'])function\1\s*&&\s*)?[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*\s*\(\s*(?=[[{])/;
const SPACE_RE = /\s/;

/**
 * The JSON inside a JSONP reply (`callback([...]);`, as BMLT servers send when asked for jsonp),
 * or null when `text` (already trimmed at the start) does not open like one. Only the wrapper is
 * cut off, and the rest goes to `JSON.parse`: nothing is evaluated, and anything else in it (code,
 * a second call, a reply cut short before its `)`) makes it invalid JSON.
 */
export function unwrapJsonp(text: string): string | null {
  const head = JSONP_HEAD_RE.exec(text.slice(0, 300));
  if (!head) return null;
  let end = text.length;
  while (end > 0 && SPACE_RE.test(text[end - 1])) end--;
  if (text[end - 1] === ';') end--;
  while (end > 0 && SPACE_RE.test(text[end - 1])) end--;
  return text.slice(head[0].length, text[end - 1] === ')' ? end - 1 : text.length);
}
