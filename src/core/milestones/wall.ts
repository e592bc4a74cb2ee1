/**
 * Entries of a milestone-wall feed, read the same way by `<rk-milestone-wall>` and by the
 * `recovery-kit validate --type milestones` CLI. Pure: no DOM.
 */

/** One celebration as the endpoint sends it. */
export interface Celebration {
  /** As it should be shown: a first name or initials. */
  name: string;
  /** Sobriety date "YYYY-MM-DD" (used to count; shown only with `showDate: true`). */
  since?: string;
  /** Days counted today, instead of `since`. */
  days?: number;
  /** `na`, `aa` or `default` (else the wall's `scheme`). */
  scheme?: string;
  message?: string;
  showDate?: boolean;
}

/** A trimmed non-empty string of at most `max` characters (code points, as JSON Schema counts them). */
const str = (v: unknown, max: number) => (typeof v === 'string' && v.trim() && [...v.trim()].length <= max ? v.trim() : undefined);

/**
 * A valid celebration, or undefined (exactly one of `since` / `days`, days at most 100 years;
 * unknown fields ignored). An empty or blank `message` is no message.
 */
export function readCelebration(x: unknown): Celebration | undefined {
  if (typeof x !== 'object' || !x || Array.isArray(x)) return undefined;
  const r = x as Record<string, unknown>;
  const name = str(r.name, 80);
  const since = str(r.since, 40);
  const days = Number.isInteger(r.days) && (r.days as number) >= 0 && (r.days as number) <= 36_525 ? (r.days as number) : undefined;
  const blank = typeof r.message == 'string' && !r.message.trim();
  const message = blank ? undefined : str(r.message, 500);
  if (!name || (since === undefined) === (days === undefined) || (r.message != null && !blank && !message)) return undefined;
  return { name, since, days, scheme: str(r.scheme, 20), message, showDate: r.showDate === true };
}
