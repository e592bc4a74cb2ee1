/**
 * Milestone schemes and the milestone timeline. Pure: no DOM.
 *
 * Date rules are the sober-time engine's (../shared/DOMAIN.md §2, §3): a `days` milestone is a
 * day count (day 0 = the sobriety date), a `months` milestone is the clamped calendar
 * anniversary (Jan 31 + 1 month = Feb 28/29; Feb 29 + 12 months = Feb 28).
 */
import { addDays, addMonthsClamped, compareDates, daysBetween, type PlainDate } from '../time/calendar.js';

/** Names of the built-in keytag / chip colours (localized by `labels.ts`). */
export type MilestoneTag =
  | 'white'
  | 'orange'
  | 'green'
  | 'red'
  | 'blue'
  | 'yellow'
  | 'glow'
  | 'grey'
  | 'black'
  | 'silver'
  | 'gold'
  | 'purple'
  | 'bronze';

/** Label text given by a scheme: one string, or one per language (`{ en: "...", es: "..." }`). */
export type LocalizedText = string | Readonly<Record<string, string>>;

export interface Milestone {
  /** Stable id: built-ins like `na-30d`, `na-years-3`; custom `custom-d45`, `custom-m6`. */
  id: string;
  /** Day-count threshold (exactly one of `days` / `months`). */
  days?: number;
  /** Calendar-month threshold (12 = 1 year), reached on the clamped anniversary. */
  months?: number;
  /** Background colour, `#rrggbb`. */
  color: string;
  /** Black or white, whichever meets WCAG AA (>= 4.5:1) on `color`. */
  textColor: '#000000' | '#ffffff';
  /** Custom label; built-ins leave it out and get one from `milestoneLabel`. */
  label?: LocalizedText;
  /** Special built-in label ('welcome' = NA white keytag, 'hours24' = AA 24-hour chip). */
  labelKey?: 'welcome' | 'hours24';
  /** Keytag / chip colour name, for screen readers and the visual. */
  tag?: MilestoneTag;
  /** Optional message (custom schemes). */
  message?: LocalizedText;
}

/** Milestones that recur to infinity: every `everyMonths` from `fromMonths` on. */
export interface RepeatRule {
  fromMonths: number;
  everyMonths: number;
  /** Ids are `${idPrefix}-${years}` (or `-${months}m` when not whole years). */
  idPrefix: string;
  color: string;
  /** Black or white, whichever meets WCAG AA on `color`. */
  textColor: '#000000' | '#ffffff';
  tag?: MilestoneTag;
}

export interface MilestoneScheme {
  /** 'na' | 'aa' | 'default' | 'custom' (or a caller's id). */
  id: string;
  /** Display name given by a custom scheme. */
  name?: string;
  /** The finite milestones (any order; the timeline sorts them by date). */
  milestones: readonly Milestone[];
  repeat?: RepeatRule;
}

/** A milestone placed on the calendar for one sobriety date. */
export interface MilestoneOccurrence {
  milestone: Milestone;
  /** The calendar date it is reached. */
  date: PlainDate;
  /** The day count on that date (day 0 = the sobriety date). */
  day: number;
}

export interface UpcomingMilestone extends MilestoneOccurrence {
  /** Calendar days from `today` to `date` (>= 1). */
  daysUntil: number;
}

/** Keytag / chip colours of the built-in schemes. */
export const TAG_COLORS: Readonly<Record<MilestoneTag, string>> = Object.freeze({
  white: '#ffffff',
  orange: '#f28c28',
  green: '#2e8b57',
  red: '#c62828',
  blue: '#1f5fbf',
  yellow: '#ffd100',
  glow: '#d9f7b8',
  grey: '#8a8d91',
  black: '#1a1a1a',
  silver: '#c0c0c0',
  gold: '#d4a017',
  purple: '#6a1b9a',
  bronze: '#b0703a',
});

type TextColor = Milestone['textColor'];

function make(id: string, threshold: { days: number } | { months: number }, color: string, textColor: TextColor, tag?: MilestoneTag, labelKey?: string): Milestone {
  const out: Milestone = { id, ...threshold, color, textColor };
  if (tag) out.tag = tag;
  if (labelKey) out.labelKey = labelKey as Milestone['labelKey'];
  return out;
}

/**
 * `name[+]` or `#rrggbb[+]`: a tag's colour (and the tag) or a colour. `+` marks the dark
 * colours that take white text; the others take black (the tests check 4.5:1 for each).
 * Precomputed, so the contrast maths stays out of the elements' bundles.
 */
const paint = (c: string): [string, TextColor, MilestoneTag?] => {
  const name = c.replace('+', '') as MilestoneTag;
  const text = c == name ? '#000000' : '#ffffff';
  return TAG_COLORS[name] ? [TAG_COLORS[name], text, name] : [name, text];
};

/**
 * A built-in scheme from a compact table: `[key=]N[m]:colour` per milestone (N days, or N
 * months with `m`; `key=` gives the special label and id, e.g. `welcome=0:white`), then the
 * yearly repeat `from:colour` (colours as in {@link paint}). Ids follow the threshold:
 * `na-30d`, `na-6m`, `na-1y`, and `na-years-3` for the repeat.
 */
function builtIn(id: string, table: string): MilestoneScheme {
  const rows = table.split(' ');
  const [from, c] = rows.pop()!.split(':');
  const [color, textColor, tag] = paint(c);
  return Object.freeze({
    id,
    milestones: Object.freeze(
      rows.map((row) => {
        const [, key, n, m, c] = /^(?:(\w+)=)?(\d+)(m?):(.+)$/.exec(row)!;
        const months = m && +n;
        const suffix = key ?? (months ? (months % 12 ? `${n}m` : `${months / 12}y`) : `${n}d`);
        const [color, textColor, tag] = paint(c);
        return Object.freeze(make(`${id}-${suffix}`, months ? { months } : { days: +n }, color, textColor, tag, key && (key == '24h' ? 'hours24' : key)));
      }),
    ),
    repeat: Object.freeze({ fromMonths: +from, everyMonths: 12, idPrefix: `${id}-years`, color, textColor, ...(tag && { tag }) }),
  });
}

/** Narcotics Anonymous keytags. */
export const NA_SCHEME = builtIn('na', 'welcome=0:white 30:orange 60:green 90:red+ 6m:blue+ 9m:yellow 12m:glow 18m:grey 24:black+');

/** A common AA chip scheme (groups vary): 24 hours, 30/60/90 days, 6/9 months, then a bronze medallion each year. */
export const AA_SCHEME = builtIn('aa', '24h=1:silver 30:red+ 60:gold 90:green 6m:blue+ 9m:purple+ 12:bronze');

/** Neutral milestones, no fellowship's colours. */
export const DEFAULT_SCHEME = builtIn(
  'default',
  '1:#5b8def 7:#4f7fd9 30:#3f6fc4+ 60:#3562b0+ 90:#2b559c+ 6m:#2a7d7b+ 9m:#237066+ 12m:#6b4fbb+ 18m:#5a3fa6+ 24:#4a3391+',
);

export type BuiltInSchemeId = 'na' | 'aa' | 'default';

export const BUILT_IN_SCHEMES: Readonly<Record<BuiltInSchemeId, MilestoneScheme>> = Object.freeze({
  na: NA_SCHEME,
  aa: AA_SCHEME,
  default: DEFAULT_SCHEME,
});

/** A built-in scheme by id (case-insensitive); `undefined` for anything else. */
export function getScheme(id: string | null | undefined): MilestoneScheme | undefined {
  const key = String(id ?? '').trim().toLowerCase();
  return Object.prototype.hasOwnProperty.call(BUILT_IN_SCHEMES, key) ? BUILT_IN_SCHEMES[key as BuiltInSchemeId] : undefined;
}

/** The milestone a repeat rule gives at `months`. */
const repeated = (rule: RepeatRule, months: number): Milestone =>
  make(`${rule.idPrefix}-${months % 12 ? `${months}m` : months / 12}`, { months }, rule.color, rule.textColor, rule.tag);

/** The date a milestone is reached for a sobriety date. */
export function milestoneDate(milestone: Pick<Milestone, 'days' | 'months'>, since: PlainDate): PlainDate {
  if (milestone.months !== undefined) return addMonthsClamped(since, milestone.months);
  return addDays(since, milestone.days ?? 0);
}

/** Upper bound for generated dates: the calendar helpers are valid to year 9999. */
const LAST_YEAR = 9999;

/**
 * Every milestone of `scheme` for the sobriety date `since`, in date order (ties keep the
 * scheme's order, fixed milestones before repeated ones). Infinite when the scheme repeats
 * (up to year 9999): iterate lazily.
 */
export function* milestoneTimeline(scheme: MilestoneScheme, since: PlainDate): Generator<MilestoneOccurrence> {
  const fixed = scheme.milestones
    .map((milestone, i) => ({ milestone, date: milestoneDate(milestone, since), i }))
    .sort((a, b) => compareDates(a.date, b.date) || a.i - b.i);
  const fixedMonths = new Set(scheme.milestones.map((x) => x.months).filter((x) => x !== undefined));
  const rule = scheme.repeat && scheme.repeat.everyMonths > 0 ? scheme.repeat : undefined;
  let months = rule ? Math.max(0, rule.fromMonths) : 0;
  const nextRepeat = (): MilestoneOccurrence | undefined => {
    if (!rule) return undefined;
    while (fixedMonths.has(months)) months += rule.everyMonths;
    const date = addMonthsClamped(since, months);
    if (date.year > LAST_YEAR) return undefined;
    return { milestone: repeated(rule, months), date, day: daysBetween(since, date) };
  };
  let pending = nextRepeat();
  let f = 0;
  while (f < fixed.length || pending) {
    if (f < fixed.length && (!pending || compareDates(fixed[f].date, pending.date) <= 0)) {
      const { milestone, date } = fixed[f++];
      yield { milestone, date, day: daysBetween(since, date) };
    } else if (pending) {
      yield pending;
      months += rule!.everyMonths;
      pending = nextRepeat();
    }
  }
}

/** The last milestone reached on `today` (inclusive), or `undefined` (none yet, or a future date). */
export function reachedMilestone(scheme: MilestoneScheme, since: PlainDate, today: PlainDate): MilestoneOccurrence | undefined {
  let last: MilestoneOccurrence | undefined;
  for (const o of milestoneTimeline(scheme, since)) {
    if (compareDates(o.date, today) > 0) break;
    last = o;
  }
  return last;
}

/** The first milestone after `today`, with the days until it; `undefined` when the scheme has no more. */
export function nextMilestone(scheme: MilestoneScheme, since: PlainDate, today: PlainDate): UpcomingMilestone | undefined {
  for (const o of milestoneTimeline(scheme, since)) {
    if (compareDates(o.date, today) > 0) return { ...o, daysUntil: daysBetween(today, o.date) };
  }
  return undefined;
}

/**
 * Milestones reached after `from` and up to `to` inclusive: those to celebrate when the page
 * stayed open from `from` to `to` (e.g. across a midnight). Empty when `to` is not after `from`.
 */
export function milestonesBetween(scheme: MilestoneScheme, since: PlainDate, from: PlainDate, to: PlainDate): MilestoneOccurrence[] {
  const out: MilestoneOccurrence[] = [];
  if (compareDates(to, from) <= 0) return out;
  for (const o of milestoneTimeline(scheme, since)) {
    const c = compareDates(o.date, to);
    if (c > 0) break;
    if (compareDates(o.date, from) > 0) out.push(o);
  }
  return out;
}

/** Every milestone reached from the sobriety date through `today`, in date order. */
export function milestonesReached(scheme: MilestoneScheme, since: PlainDate, today: PlainDate): MilestoneOccurrence[] {
  return milestonesBetween(scheme, since, addDays(since, -1), today);
}

/** Finds a milestone by id, including repeated ones (`na-years-7`). */
export function findMilestone(scheme: MilestoneScheme, id: string): Milestone | undefined {
  const fixed = scheme.milestones.find((x) => x.id === id);
  if (fixed || !scheme.repeat) return fixed;
  const rule = scheme.repeat;
  const prefix = `${rule.idPrefix}-`;
  if (!id.startsWith(prefix)) return undefined;
  const rest = id.slice(prefix.length);
  const months = /^\d+$/.test(rest) ? Number(rest) * 12 : /^\d+m$/.test(rest) ? Number(rest.slice(0, -1)) : NaN;
  if (!Number.isSafeInteger(months) || months < rule.fromMonths || rule.everyMonths <= 0) return undefined;
  if ((months - rule.fromMonths) % rule.everyMonths !== 0) return undefined;
  if (scheme.milestones.some((x) => x.months === months)) return undefined;
  const found = repeated(rule, months);
  return found.id === id ? found : undefined;
}
