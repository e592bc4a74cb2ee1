/**
 * CSV as intergroups export it from spreadsheets, with Meeting Guide column names
 * ("name", "day", "time", "end_time", "location", "address", "city", "state", "postal_code",
 * "types", "conference_url", ...). Headers are matched case-insensitively with spaces or
 * dashes for underscores ("End Time", "Postal Code"). Days may be names ("Monday"), types may
 * be codes or labels in any catalog language ("Open, Discussion").
 */
import type { LoadResult } from './model.js';
import { adaptMeetingGuide, type AdapterOptions } from './meeting-guide.js';
import { typeCodeFromLabel } from './types.js';

/**
 * RFC 4180 parser: quoted fields with `""` escapes and embedded line breaks, CRLF / LF / CR
 * line ends, a leading byte-order mark, spaces before an opening quote. The delimiter is `,`, or
 * tab / `;` when the first line has no comma but has those. An unterminated quote takes the rest
 * of the input.
 */
export function parseCsv(input: string): string[][] {
  let s = input;
  if (s.charCodeAt(0) === 0xfeff) s = s.slice(1);
  // Excel's "sep=;" line names the delimiter.
  const sep = SEP_RE.exec(s);
  if (sep) s = s.slice(sep[0].length);
  const firstLineEnd = s.search(/[\r\n]/);
  // Delimiters inside quoted header names ("Address, full") do not count.
  const first = (firstLineEnd < 0 ? s : s.slice(0, firstLineEnd)).replace(/"[^"]*"/g, '');
  const delim = sep ? sep[1] : first.includes(',') ? ',' : first.includes('\t') ? '\t' : first.includes(';') ? ';' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  const n = s.length;
  let rowHasData = false;
  while (i < n) {
    let c = s[i];
    if (c === ' ' && field === '') {
      // Spaces before a quoted field (`a, "b, c"`) are dropped, as PHP's str_getcsv does.
      let k = i;
      while (s[k] === ' ') k++;
      if (s[k] === '"') c = s[(i = k)];
    }
    if (c === '"' && field === '') {
      // Quoted field.
      i++;
      let start = i;
      for (;;) {
        const q = s.indexOf('"', i);
        if (q < 0) {
          field += s.slice(start);
          i = n;
          break;
        }
        if (s[q + 1] === '"') {
          field += s.slice(start, q + 1);
          i = q + 2;
          start = i;
          continue;
        }
        field += s.slice(start, q);
        i = q + 1;
        break;
      }
      rowHasData = true;
      // Anything between the closing quote and the delimiter is kept (lenient).
      while (i < n && s[i] !== delim && s[i] !== '\r' && s[i] !== '\n') field += s[i++];
      continue;
    }
    if (c === delim) {
      row.push(field);
      field = '';
      rowHasData = true;
      i++;
      continue;
    }
    if (c === '\r' || c === '\n') {
      if (rowHasData || field !== '') {
        row.push(field);
        rows.push(row);
      }
      row = [];
      field = '';
      rowHasData = false;
      i += c === '\r' && s[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    // Plain run up to the next special character.
    let j = i + 1;
    while (j < n) {
      const d = s[j];
      if (d === delim || d === '\r' || d === '\n') break;
      j++;
    }
    field += s.slice(i, j);
    rowHasData = true;
    i = j;
  }
  if (rowHasData || field !== '') {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

const HEADER_ALIASES: Record<string, string> = {
  end: 'end_time',
  zip: 'postal_code',
  zip_code: 'postal_code',
  postcode: 'postal_code',
  lat: 'latitude',
  lng: 'longitude',
  lon: 'longitude',
  long: 'longitude',
  subregion: 'sub_region',
  type: 'types',
  start_time: 'time',
  timezone_name: 'timezone',
  time_zone: 'timezone',
  meeting_name: 'name',
  attendance: 'attendance_option',
};

function headerKey(h: string): string {
  const k = h.trim().toLowerCase().replace(/[\s-]+/g, '_');
  return HEADER_ALIASES[k] ?? k;
}

const SEP_RE = /^sep=([,;\t|])\r?\n/i;

/** True when the first line looks like a CSV header with Meeting Guide column names. */
export function looksLikeCsv(input: string): boolean {
  const s = (input.charCodeAt(0) === 0xfeff ? input.slice(1) : input).replace(SEP_RE, '');
  const end = s.search(/[\r\n]/);
  const first = (end < 0 ? s : s.slice(0, end)).toLowerCase();
  return /(^|[,;\t"])\s*"?(meeting[ _]?)?name"?\s*($|[,;\t])/.test(first);
}

/** Rows (after the header) become Meeting Guide records, then go through that adapter. */
export function adaptCsv(input: string, options: AdapterOptions): LoadResult {
  const rows = parseCsv(input);
  if (!rows.length) return { meetings: [], skipped: [], repaired: [], format: 'csv', typeLabels: {} };
  const keys = rows[0].map(headerKey);
  const records: Record<string, unknown>[] = [];
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r];
    // A spreadsheet's blank rows (";;;;") are not records.
    if (!row.join('').trim()) continue;
    const o: Record<string, unknown> = {};
    for (let c = 0; c < keys.length; c++) {
      const k = keys[c];
      if (!k || k === '__proto__' || k === 'constructor' || k === 'prototype' || Object.prototype.hasOwnProperty.call(o, k)) continue;
      o[k] = row[c] ?? '';
    }
    if (typeof o.types === 'string') {
      o.types = o.types
        .split(/[,;|]/)
        .map((t) => t.trim())
        .filter(Boolean)
        .map((t) => typeCodeFromLabel(t) ?? t);
    }
    if (typeof o.regions === 'string') {
      o.regions = o.regions
        .split('>')
        .map((t) => t.trim())
        .filter(Boolean);
    }
    records.push(o);
  }
  const result = adaptMeetingGuide(records, options);
  result.format = 'csv';
  for (const m of result.meetings) m.source.format = 'csv';
  return result;
}
