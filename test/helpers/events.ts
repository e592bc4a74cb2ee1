/**
 * Records events on the document from the moment it is created, so that a test never misses
 * an event fired while the element was still being set up.
 */
export class EventLog {
  readonly events: { event: CustomEvent; path: EventTarget[] }[] = [];
  private readonly listeners: [string, EventListener][] = [];

  constructor(types: string[]) {
    for (const type of types) {
      // composedPath() is empty once dispatch ends, so keep it now.
      const l: EventListener = (e) => this.events.push({ event: e as CustomEvent, path: e.composedPath() });
      document.addEventListener(type, l);
      this.listeners.push([type, l]);
    }
  }

  of<T = unknown>(type: string, target?: EventTarget): CustomEvent<T>[] {
    return this.events.filter((e) => e.event.type === type && (!target || e.path.includes(target))).map((e) => e.event) as CustomEvent<T>[];
  }

  /** Waits for the `n`-th (1-based) event of `type` from `target`. */
  async wait<T = unknown>(type: string, target?: EventTarget, n = 1, ms = 8000): Promise<CustomEvent<T>> {
    const start = Date.now();
    while (this.of(type, target).length < n) {
      if (Date.now() - start > ms) throw new Error(`no ${type} event (#${n}) within ${ms} ms`);
      await new Promise((r) => setTimeout(r, 10));
    }
    return this.of<T>(type, target)[n - 1];
  }

  dispose(): void {
    for (const [type, l] of this.listeners) document.removeEventListener(type, l);
  }
}

/** A unique key so flaky-endpoint counters don't collide between tests. */
export const uniqueKey = (): string => Math.random().toString(36).slice(2);
