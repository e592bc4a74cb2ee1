/**
 * Seeded PRNG for property tests (mulberry32; no dependencies). Each property test logs its
 * seed; to replay a failure, pass that seed to `seededRandom`.
 */
export interface Rng {
  readonly seed: number;
  /** Float in [0, 1). */
  next(): number;
  /** Integer in [min, max] inclusive. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
}

export function seededRandom(seed: number): Rng {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    seed: seed >>> 0,
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)],
  };
}

/** A fixed seed (reproducible runs) and a fresh one per run (wider coverage); both are logged. */
export function seedsForRun(label: string): number[] {
  const fresh = (Date.now() ^ Math.floor(Math.random() * 0x7fffffff)) >>> 0;
  const seeds = [20261121, fresh];
  console.log(`[${label}] PRNG seeds: ${seeds.join(', ')}`);
  return seeds;
}
