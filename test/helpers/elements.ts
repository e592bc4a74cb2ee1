/**
 * Every element of the library, for the security, network and robustness tests. Elements are
 * registered through their own `define` module; one that has not landed yet is reported as
 * missing (its tests then skip with the reason) instead of breaking the whole file.
 */
export const ELEMENTS = {
  'rk-provider': 'provider',
  'rk-crisis-help': 'crisis-help',
  'rk-sobriety-counter': 'sobriety-counter',
  'rk-milestone-card': 'milestone-card',
  'rk-milestone-wall': 'milestone-wall',
  'rk-faq': 'faq',
  'rk-meeting-provider': 'meeting-provider',
  'rk-meeting-list': 'meeting-list',
  'rk-meeting-details': 'meeting-details',
  'rk-meeting-filters': 'meeting-filters',
  'rk-meeting-search': 'meeting-search',
  'rk-meeting-map': 'meeting-map',
  'rk-group-finder': 'group-finder',
} as const;

export type Tag = keyof typeof ELEMENTS;

/** The fixed `now` the cross-element suites (security, network, robustness, fuzz) give every element. */
export const NOW = '2026-05-20T12:00';
export const TAGS = Object.keys(ELEMENTS) as Tag[];

const loaded = new Map<Tag, Promise<boolean>>();

/** Imports the element's define module; false when it does not exist (yet). */
export function define(tag: Tag): Promise<boolean> {
  let p = loaded.get(tag);
  if (!p) {
    const url = new URL(`../../src/elements/${ELEMENTS[tag]}/define.ts`, import.meta.url).href;
    p = import(/* @vite-ignore */ url).then(
      () => customElements.get(tag) !== undefined,
      () => false,
    );
    loaded.set(tag, p);
  }
  return p;
}

/** Defines every element that exists; returns the tags that could not be defined. */
export async function defineAll(): Promise<Tag[]> {
  const missing: Tag[] = [];
  for (const tag of TAGS) if (!(await define(tag))) missing.push(tag);
  return missing;
}

/** Attributes an element declares (from Lit's property map). */
export function declaredAttributes(tag: string): { name: string; type: unknown }[] {
  const ctor = customElements.get(tag) as unknown as { elementProperties?: Map<PropertyKey, { attribute?: boolean | string; type?: unknown; state?: boolean }> } | undefined;
  const out: { name: string; type: unknown }[] = [];
  for (const [key, opts] of ctor?.elementProperties ?? []) {
    if (opts.state || opts.attribute === false || typeof key !== 'string') continue;
    out.push({ name: typeof opts.attribute === 'string' ? opts.attribute : key.toLowerCase(), type: opts.type });
  }
  return out;
}

/** Skips the running test with a reason when the element has not landed. */
export async function need(ctx: Mocha.Context, ...tags: Tag[]): Promise<void> {
  for (const tag of tags) if (!(await define(tag))) ctx.skip();
}
