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

const str = (v: unknown, max: number) => (typeof v === 'string' && v.trim() && v.trim().length <= max ? v.trim() : undefined);

/** A valid celebration, or undefined (exactly one of `since` / `days`; unknown fields ignored). */
export function readCelebration(x: unknown): Celebration | undefined {
  if (typeof x !== 'object' || !x || Array.isArray(x)) return undefined;
  const r = x as Record<string, unknown>;
  const name = str(r.name, 80);
  const since = str(r.since, 40);
  const days = Number.isInteger(r.days) && (r.days as number) >= 0 ? (r.days as number) : undefined;
  if (!name || (since === undefined) === (days === undefined) || (r.message != null && !str(r.message, 500))) return undefined;
  return { name, since, days, scheme: str(r.scheme, 20), message: str(r.message, 500), showDate: r.showDate === true };
}
