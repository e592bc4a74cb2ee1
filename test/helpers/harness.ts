import { EventLog } from './events.js';

/** What each test of a suite gets from {@link useHarness}: fresh for every test. */
export interface Harness {
  /** A container in the document; removed after the test. */
  host: HTMLElement;
  /** Events of the types asked for, recorded from the start of the test. */
  log: EventLog;
  /** Errors and unhandled rejections that reached `window` during the test. */
  escaped: string[];
}

/**
 * Installs Mocha hooks for tests that drive elements with hostile or failing input: a fresh host
 * element, an {@link EventLog}, and a record of every error that escapes to the page. With
 * `failOnEscaped` (default true), a test fails when anything escaped.
 */
export function useHarness(types: string[], { failOnEscaped = true } = {}): Harness {
  const h = { escaped: [] as string[] } as Harness;
  const onError = (e: ErrorEvent) => h.escaped.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) =>
    h.escaped.push(`unhandled rejection: ${(e.reason as Error)?.message ?? String(e.reason)}`);
  beforeEach(() => {
    h.escaped.length = 0;
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onRejection);
    h.log = new EventLog(types);
    h.host = document.createElement('div');
    document.body.append(h.host);
  });
  afterEach(() => {
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onRejection);
    h.log.dispose();
    h.host.remove();
    if (failOnEscaped && h.escaped.length) throw new Error(`errors that escaped: ${h.escaped.join('; ')}`);
  });
  return h;
}
