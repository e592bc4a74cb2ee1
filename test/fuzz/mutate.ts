/**
 * Seeded mutations of real feeds for the fuzz tests. One seed per run: RK_FUZZ_SEED in the
 * runner's environment replays a run (read through /__rk/fuzz-seed), else a fresh one is drawn
 * and logged. Every failure message carries the seed and the iteration.
 */

import { seededRandom } from '../core/time/prng.js';

export type Rng = () => number;

/** The property tests' mulberry32 (test/core/time/prng.ts), as a plain function. */
export const prng = (seed: number): Rng => seededRandom(seed).next;

export async function fuzzSeed(label: string): Promise<number> {
  let seed: number | null = null;
  try {
    const r = await (await fetch('/__rk/fuzz-seed')).json();
    if (r.seed !== null && r.seed !== '' && Number.isFinite(Number(r.seed))) seed = Number(r.seed) >>> 0;
  } catch {
    /* no middleware: fresh seed */
  }
  seed ??= (Math.random() * 2 ** 32) >>> 0;
  console.log(`[fuzz ${label}] seed ${seed} (replay: RK_FUZZ_SEED=${seed} npm test -- --files 'test/fuzz/**/*.test.ts')`);
  return seed;
}

export const int = (rng: Rng, n: number) => Math.floor(rng() * n);
export const pick = <T>(rng: Rng, list: readonly T[]): T => list[int(rng, list.length)];

export const ODD_STRINGS = [
  '',
  ' ',
  '\u0000',
  '\ud800', // lone high surrogate
  'a\udc00b', // lone low surrogate
  '\u202eevil\u202c',
  '\u200b\u200c\u200d\ufeff',
  'e\u0301\u0301\u0301\u0301\u0301\u0301',
  '🧘‍♀️🏳️‍🌈👨‍👩‍👧‍👦',
  'Z̷̛̳̈́a̸̟͊l̵̰̈́g̶̣̈o̴̪͝',
  'مرحبا بالعالم',
  '中文会议',
  '\r\n\t',
  '\\u0000',
  '"quoted"',
  '<b>bold</b>',
  'null',
  'undefined',
  'NaN',
  '-0',
  '1e309',
  '__proto__',
  'constructor',
  'x'.repeat(5000),
];

export const ODD_ZONES = ['Mars/Olympus_Mons', 'UTC+25', '', 'America/New York', 'Etc/GMT+99', 'EST5EDT', '\u0000', 'America/NEW_YORK', 'Europe/Kyiv', 'Pacific/Kiritimati'];
export const ODD_TIMES = ['25:00', '24:00', '23:60', '7pm', '7:00 PM', '-1:00', '12', '1200', '00:00:00', '99:99:99', 'noon', '', ' 19:30 ', '19.30', '١٩:٣٠'];
export const ODD_DAYS: unknown[] = [-1, 7, 8, 3.5, '3', 'Monday', 'Funday', [], [1, 1, 1], [0, 9], null, true, 'Lunes', 'mon', 1e9];

/** A value of a different kind than `v`. */
export function otherType(rng: Rng, v: unknown): unknown {
  const options: unknown[] = [null, true, false, 0, -1, 1.5, NaN, Infinity, 1e21, '', 'text', [], [1, 'two', null], {}, { nested: { deep: [1] } }];
  let out = pick(rng, options);
  for (let i = 0; i < 3 && typeof out === typeof v && Array.isArray(out) === Array.isArray(v); i++) out = pick(rng, options);
  return out;
}

export function hugeString(rng: Rng): string {
  const unit = pick(rng, ['a', 'é', '😀', '<b>', ' ', '\u0301', 'meeting ']);
  return unit.repeat(20000 + int(rng, 100000));
}

function clone<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Mutates one record in place; `fields` are the field names worth aiming at. */
export function mutateRecord(rng: Rng, rec: Obj, fields: readonly string[]): string {
  const keys = Object.keys(rec);
  const field = rng() < 0.8 && fields.length ? pick(rng, fields) : keys.length ? pick(rng, keys) : pick(rng, fields);
  switch (int(rng, 9)) {
    case 0:
      rec[field] = otherType(rng, rec[field]);
      return `type:${field}`;
    case 1:
      delete rec[field];
      return `missing:${field}`;
    case 2:
      rec[field] = hugeString(rng);
      return `huge-string:${field}`;
    case 3:
      rec[field] = pick(rng, ODD_STRINGS);
      return `unicode:${field}`;
    case 4:
      rec[field] = Array.from({ length: 1000 + int(rng, 20000) }, (_, i) => (rng() < 0.5 ? `v${i}` : i));
      return `huge-array:${field}`;
    case 5: {
      const zf = pick(rng, ['timezone', 'time_zone', 'timeZone']);
      rec[zf] = pick(rng, ODD_ZONES);
      return `zone:${zf}`;
    }
    case 6: {
      const tf = pick(rng, ['time', 'end_time', 'start_time', 'duration_time', 'since']);
      rec[tf] = pick(rng, ODD_TIMES);
      return `time:${tf}`;
    }
    case 7: {
      const df = pick(rng, ['day', 'weekday_tinyint', 'days', 'months']);
      rec[df] = pick(rng, ODD_DAYS);
      return `day:${df}`;
    }
    default:
      // Prototype-ish keys must be plain data.
      rec[pick(rng, ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'])] = pick(rng, [{ polluted: true }, 'x', 1]);
      return 'proto-key';
  }
}

export interface Mutation {
  /** The mutated input: a parsed value or JSON/CSV text. */
  input: unknown;
  /** What was done, for the failure message. */
  ops: string[];
  /** Records that were changed, removed or added (untouched ones must survive). */
  touched: number;
  /** Whether the top-level shape (array / `{meetings}` / FAQPage) was left intact. */
  shapeIntact: boolean;
}

/**
 * Mutates a feed: `records` picks its record list (array) from the parsed value. Structural
 * mutations (truncation, duplicate keys in the text, whole-value swaps) leave `shapeIntact` false.
 */
export function mutateFeed(rng: Rng, feed: unknown, records: (v: unknown) => unknown[] | undefined, fields: readonly string[]): Mutation {
  const value = clone(feed);
  const list = records(value);
  const ops: string[] = [];
  let touched = 0;
  const roll = rng();
  if (roll < 0.08) {
    // Truncated JSON text.
    const text = JSON.stringify(value);
    const cut = int(rng, text.length);
    return { input: text.slice(0, cut), ops: [`truncated@${cut}/${text.length}`], touched: Infinity, shapeIntact: false };
  }
  if (roll < 0.12) {
    // Duplicated keys in the JSON text: the last one wins in JSON.parse.
    const text = JSON.stringify(value).replace(/\{"/, () => `{"${pick(rng, fields)}":${JSON.stringify(pick(rng, ODD_STRINGS))},"`);
    return { input: text, ops: ['duplicate-key-in-text'], touched: 1, shapeIntact: true };
  }
  if (roll < 0.15) return { input: otherType(rng, value), ops: ['whole-value-type'], touched: Infinity, shapeIntact: false };
  if (!list || !list.length) return { input: value, ops: ['no-records'], touched: 0, shapeIntact: true };
  const n = 1 + int(rng, 4);
  for (let i = 0; i < n; i++) {
    const k = int(rng, 10);
    const at = int(rng, list.length);
    if (k < 6 && isObj(list[at])) {
      ops.push(`#${at} ${mutateRecord(rng, list[at] as Obj, fields)}`);
      touched++;
    } else if (k < 7) {
      list.splice(at, 0, clone(list[at])); // duplicated record
      ops.push(`#${at} duplicated`);
      touched++;
    } else if (k < 8) {
      list[at] = otherType(rng, list[at]);
      ops.push(`#${at} record-type`);
      touched++;
    } else if (k < 9) {
      list.splice(at, 1);
      ops.push(`#${at} removed`);
      touched++;
    } else {
      // A huge array: the list repeated.
      const times = 2 + int(rng, 8);
      const copy = list.slice();
      for (let t = 1; t < times; t++) list.push(...clone(copy));
      ops.push(`list x${times}`);
      touched += 0;
    }
  }
  return { input: rng() < 0.3 ? JSON.stringify(value) : value, ops, touched, shapeIntact: true };
}

/** CSV mutations: cells replaced with odd values, quotes broken, rows cut, columns dropped. */
export function mutateCsv(rng: Rng, csv: string): Mutation {
  const lines = csv.split(/\r?\n/);
  const ops: string[] = [];
  let touched = 0;
  let shapeIntact = true;
  const n = 1 + int(rng, 4);
  const quotes = (l: string | undefined) => ((l ?? '').match(/"/g) ?? []).length % 2;
  for (let i = 0; i < n; i++) {
    const at = 1 + int(rng, Math.max(1, lines.length - 1));
    const before = lines[at];
    // A line inside a multi-line quoted cell, or a change of quote balance, can merge records.
    const guard = () => {
      if (quotes(before) || quotes(lines[at]) !== quotes(before)) touched = Infinity;
    };
    switch (int(rng, 7)) {
      case 0:
        lines[at] = (lines[at] ?? '').replace(/[^,]*/, pick(rng, [...ODD_STRINGS.filter((s) => !s.includes('\n')), '"', '"unterminated', ...ODD_TIMES]));
        ops.push(`row ${at} cell`);
        touched++;
        guard();
        break;
      case 1:
        lines[at] = (lines[at] ?? '') + ',' + hugeString(rng).slice(0, 50000).replace(/[\r\n]/g, ' ');
        ops.push(`row ${at} extra huge cell`);
        touched++;
        guard();
        break;
      case 2:
        lines[at] = '"' + (lines[at] ?? '');
        ops.push(`row ${at} open quote`);
        touched = Infinity; // an open quote swallows the rest of the file
        break;
      case 3:
        lines.splice(at, 0, lines[at] ?? '');
        ops.push(`row ${at} duplicated`);
        touched++;
        guard();
        break;
      case 4:
        lines[0] = lines[0].split(',').filter(() => rng() > 0.2).join(',');
        ops.push('header columns dropped');
        shapeIntact = false;
        break;
      case 5: {
        const text = lines.join('\n');
        const cut = int(rng, text.length);
        return { input: text.slice(0, cut), ops: [...ops, `truncated@${cut}`], touched: Infinity, shapeIntact: false };
      }
      default:
        lines[at] = (lines[at] ?? '').split(',').map((c) => (rng() < 0.3 ? pick(rng, ODD_DAYS.map(String)) : c)).join(',');
        ops.push(`row ${at} odd days`);
        touched++;
        guard();
    }
  }
  return { input: lines.join(rng() < 0.5 ? '\r\n' : '\n'), ops, touched, shapeIntact };
}
