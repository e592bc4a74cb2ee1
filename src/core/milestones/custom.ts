/**
 * Custom milestone schemes from a center's endpoint (untrusted JSON). Validates each entry,
 * keeps the good ones and reports the bad ones with stable reason codes. Never throws.
 *
 * Accepted shapes: `{ name?, milestones: [...] }` or a bare array of milestones. A milestone is
 * `{ days | months, label, color?, message? }` where `label` / `message` are a string or a
 * per-language object (`{ "en": "...", "es": "..." }`), and `color` is `#rgb`, `#rrggbb` or a
 * name from the safe list in `../color.ts` (missing: {@link DEFAULT_CUSTOM_COLOR}).
 */
import { normalizeColor, readableTextColor } from '../color.js';
import type { LocalizedText, Milestone, MilestoneScheme } from './schemes.js';

export type SchemeErrorReason =
  /** Top level (index -1): not an object with a `milestones` array, nor an array, nor JSON text of one. */
  | 'not-a-scheme'
  /** Top level (index -1): `name` is not a non-empty string (the name is dropped). */
  | 'bad-name'
  /** Top level (index -1): more than the maximum number of entries (the rest are dropped). */
  | 'too-many'
  /** The entry is not an object. */
  | 'not-an-object'
  /** Neither `days` nor `months`. */
  | 'missing-threshold'
  /** Both `days` and `months`. */
  | 'both-thresholds'
  /** `days` / `months` is not a number (strings such as "30" are refused too). */
  | 'not-a-number'
  /** `days` / `months` is not a whole number. */
  | 'not-integer'
  /** `days` / `months` is below zero. */
  | 'negative'
  /** More than 100 years. */
  | 'too-large'
  /** No label, or an empty one. */
  | 'missing-label'
  /** A label that is not a string / per-language object of strings, or longer than 120 characters. */
  | 'bad-label'
  /** A colour other than #rgb, #rrggbb or a listed name. */
  | 'bad-color'
  /** A message that is not a string / per-language object of strings, or longer than 1000 characters. */
  | 'bad-message'
  /** Same threshold as an earlier good entry (the first one is kept). */
  | 'duplicate';

export interface SchemeError {
  /** Index of the entry in the input's milestone list; -1 for the scheme as a whole. */
  index: number;
  reason: SchemeErrorReason;
  /** The field at fault, when there is one. */
  field?: 'name' | 'milestones' | 'days' | 'months' | 'label' | 'color' | 'message';
}

export interface ParsedScheme {
  scheme: MilestoneScheme;
  errors: SchemeError[];
}

export interface ParseSchemeOptions {
  /** Scheme id (default 'custom'). */
  id?: string;
  /** Most entries read (default 200). */
  maxMilestones?: number;
}

/** Colour for entries without one: a neutral slate that takes white text. */
export const DEFAULT_CUSTOM_COLOR = '#3d4f66';

const MAX_DAYS = 36_525; // 100 years
const MAX_MONTHS = 1_200;
const MAX_LABEL = 120;
const MAX_MESSAGE = 1_000;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A string or per-language object of strings, trimmed; `null` when malformed, `undefined` when empty. */
function readText(v: unknown, max: number): LocalizedText | undefined | null {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string') {
    const s = v.trim();
    if (s.length > max) return null;
    return s || undefined;
  }
  if (!isRecord(v)) return null;
  const out: Record<string, string> = {};
  for (const [lang, text] of Object.entries(v)) {
    if (typeof text !== 'string' || !/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(lang)) return null;
    const s = text.trim();
    if (s.length > max) return null;
    if (s) out[lang] = s;
  }
  return Object.keys(out).length ? Object.freeze(out) : undefined;
}

type Entry = { ok: true; milestone: Milestone; key: string } | { ok: false; error: Omit<SchemeError, 'index'> };

function readEntry(raw: unknown): Entry {
  if (!isRecord(raw)) return { ok: false, error: { reason: 'not-an-object' } };
  const hasDays = raw.days !== undefined && raw.days !== null;
  const hasMonths = raw.months !== undefined && raw.months !== null;
  if (hasDays && hasMonths) return { ok: false, error: { reason: 'both-thresholds' } };
  if (!hasDays && !hasMonths) return { ok: false, error: { reason: 'missing-threshold' } };
  const field = hasDays ? 'days' : 'months';
  const n = raw[field];
  if (typeof n !== 'number' || !Number.isFinite(n)) return { ok: false, error: { reason: 'not-a-number', field } };
  if (!Number.isInteger(n)) return { ok: false, error: { reason: 'not-integer', field } };
  if (n < 0) return { ok: false, error: { reason: 'negative', field } };
  if (n > (hasDays ? MAX_DAYS : MAX_MONTHS)) return { ok: false, error: { reason: 'too-large', field } };

  const label = readText(raw.label, MAX_LABEL);
  if (label === null) return { ok: false, error: { reason: 'bad-label', field: 'label' } };
  if (label === undefined) return { ok: false, error: { reason: 'missing-label', field: 'label' } };

  let color = DEFAULT_CUSTOM_COLOR;
  if (raw.color !== undefined && raw.color !== null) {
    const c = normalizeColor(raw.color);
    if (!c) return { ok: false, error: { reason: 'bad-color', field: 'color' } };
    color = c;
  }

  const message = readText(raw.message, MAX_MESSAGE);
  if (message === null) return { ok: false, error: { reason: 'bad-message', field: 'message' } };

  const key = hasDays ? `d${n}` : `m${n}`;
  const milestone: Milestone = {
    id: `custom-${key}`,
    ...(hasDays ? { days: n } : { months: n }),
    color,
    textColor: readableTextColor(color),
    label,
  };
  if (message !== undefined) milestone.message = message;
  return { ok: true, milestone: Object.freeze(milestone), key };
}

/** Rough length in days, only to list milestones in a sensible order. */
const approxDays = (x: Milestone) => (x.months !== undefined ? x.months * 30.436875 : (x.days ?? 0));

/**
 * Validates a custom scheme. Good entries are kept (sorted by length, input order on ties);
 * every bad entry gives one error with its index and the first reason found. Never throws.
 */
export function parseScheme(json: unknown, options: ParseSchemeOptions = {}): ParsedScheme {
  const id = options.id ?? 'custom';
  const max = Math.max(0, Math.floor(options.maxMilestones ?? 200));
  const errors: SchemeError[] = [];
  const empty = (): ParsedScheme => ({ scheme: { id, milestones: [] }, errors });
  try {
    let input = json;
    if (typeof input === 'string') {
      try {
        input = JSON.parse(input);
      } catch {
        errors.push({ index: -1, reason: 'not-a-scheme' });
        return empty();
      }
    }
    let list: unknown[];
    let name: string | undefined;
    if (Array.isArray(input)) list = input;
    else if (isRecord(input) && Array.isArray(input.milestones)) {
      list = input.milestones;
      if (input.name !== undefined) {
        if (typeof input.name === 'string' && input.name.trim() && input.name.trim().length <= MAX_LABEL) name = input.name.trim();
        else errors.push({ index: -1, reason: 'bad-name', field: 'name' });
      }
    } else {
      errors.push({ index: -1, reason: 'not-a-scheme', field: 'milestones' });
      return empty();
    }
    if (list.length > max) errors.push({ index: -1, reason: 'too-many', field: 'milestones' });

    const seen = new Set<string>();
    const kept: Milestone[] = [];
    for (let index = 0; index < Math.min(list.length, max); index++) {
      let entry: Entry;
      try {
        entry = readEntry(list[index]);
      } catch {
        entry = { ok: false, error: { reason: 'not-an-object' } };
      }
      if (!entry.ok) {
        errors.push({ index, ...entry.error });
        continue;
      }
      if (seen.has(entry.key)) {
        errors.push({ index, reason: 'duplicate', field: entry.milestone.days !== undefined ? 'days' : 'months' });
        continue;
      }
      seen.add(entry.key);
      kept.push(entry.milestone);
    }
    const milestones = kept
      .map((m, i) => ({ m, i }))
      .sort((a, b) => approxDays(a.m) - approxDays(b.m) || a.i - b.i)
      .map((x) => x.m);
    const scheme: MilestoneScheme = { id, milestones: Object.freeze(milestones) };
    if (name !== undefined) scheme.name = name;
    return { scheme, errors };
  } catch {
    errors.push({ index: -1, reason: 'not-a-scheme' });
    return empty();
  }
}
