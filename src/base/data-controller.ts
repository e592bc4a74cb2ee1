import type { ReactiveController } from 'lit';
import type { RkElement } from './rk-element.js';

/** Why a load failed; `code` picks the localized message. */
export type LoadErrorCode = 'network' | 'timeout' | 'http' | 'parse' | 'html' | 'invalid-src';

export class LoadError extends Error {
  /**
   * `notData`: the reply was read (valid JSON) but is not the kind of data the element shows (a
   * list of meetings, questions, celebrations): the message is then the element's `errorNotData`.
   */
  constructor(
    readonly code: LoadErrorCode,
    readonly status?: number,
    detail?: string,
    readonly notData = false,
  ) {
    super(detail ?? (status ? `${code} ${status}` : code));
    this.name = 'LoadError';
  }
}

export interface RkLoadDetail<T = unknown> {
  src: string;
  data: T;
}

export interface RkErrorDetail {
  src: string;
  code: LoadErrorCode;
  status?: number;
  message: string;
  /** True when older data is still shown. */
  stale: boolean;
}

declare global {
  interface RkEventMap {
    'rk-load': RkLoadDetail;
    'rk-error': RkErrorDetail;
  }
  interface GlobalEventHandlersEventMap {
    'rk-load': CustomEvent<RkLoadDetail>;
    'rk-error': CustomEvent<RkErrorDetail>;
  }
}

export interface DataOptions<T> {
  /** Turns the response text into data; throw a {@link LoadError} ('parse') when it cannot. */
  parse: (text: string, info: { url: string; contentType: string }) => T;
  /** Called with each good result, before `rk-load` fires. */
  onData?: (data: T, src: string) => void;
  /** False when the element fires `rk-load` itself, once it has checked the data further. */
  loadEvent?: boolean;
  /** Milliseconds before a request is given up (default 15 s). */
  timeout?: number;
  /** Extra attempts after a network error or a 5xx / 408 / 429 (default 2). */
  retries?: number;
  /** First retry delay in ms, doubled each time (default 400). */
  retryDelay?: number;
}

export type LoadState = 'idle' | 'loading' | 'ready' | 'error';

/**
 * JSON parsing that tells an HTML error page apart from broken JSON. JSON sent as text/html
 * (PHP's default type) is still JSON.
 */
export function parseJsonResponse(text: string, info: { contentType: string }): unknown {
  const head = text.replace(/^\ufeff/, '').trimStart()[0];
  if (head == '<' || (info.contentType.includes('text/html') && head != '[' && head != '{')) throw new LoadError('html');
  try {
    return JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (e) {
    throw new LoadError('parse', undefined, (e as Error).message);
  }
}

/**
 * Loads an element's `src`: abort on change, timeout, retry with backoff, latest request wins,
 * last good data kept when a load fails, `rk-load` / `rk-error` events.
 */
export class DataController<T> implements ReactiveController {
  state: LoadState = 'idle';
  data?: T;
  error?: LoadError;
  /** The URL currently asked for. */
  src?: string;
  /** The URL the current `data` came from. */
  dataSrc?: string;
  /** Milliseconds before a request is given up. */
  timeout: number;
  /** Extra attempts after a network error or a 5xx / 408 / 429. */
  retries: number;
  /** First retry delay in ms, doubled each time. */
  retryDelay: number;

  private controller?: AbortController;
  private generation = 0;
  /** The `src` given, and the endpoint base it was resolved against. */
  private asked?: string;
  private base?: string;
  private readonly onOnline = () => {
    if (this.state === 'error' && (this.error?.code === 'network' || this.error?.code === 'timeout')) void this.reload();
  };

  constructor(
    private readonly host: RkElement,
    private readonly options: DataOptions<T>,
  ) {
    this.timeout = options.timeout ?? 15000;
    this.retries = options.retries ?? 2;
    this.retryDelay = options.retryDelay ?? 400;
    host.addController(this);
  }

  /** Loads again when the provider's `endpoint-base` changes. */
  hostUpdate(): void {
    if (this.asked && this.host.settings.endpointBase !== this.base) this.setSrc(this.asked);
  }

  hostConnected(): void {
    globalThis.addEventListener?.('online', this.onOnline);
    // Re-attached after being moved or removed mid-load: finish the job.
    if (this.src && this.state === 'loading' && !this.controller) void this.load(this.src);
  }

  hostDisconnected(): void {
    globalThis.removeEventListener?.('online', this.onOnline);
    if (this.controller) {
      this.controller.abort();
      this.controller = undefined;
      this.generation++;
    }
  }

  /** Loads `src` when it differs from the last one asked for; clears everything when empty. */
  setSrc(src: string | null | undefined): void {
    const asked = (this.asked = src?.trim() || undefined);
    // A relative `src` resolves against `<rk-provider endpoint-base>` when one is set.
    const base = (this.base = this.host.settings.endpointBase);
    let next = asked;
    try {
      if (asked && base) next = new URL(asked, new URL(base, document.baseURI)).href;
    } catch {
      /* an unusable base: the page's own */
    }
    if (next === this.src && this.state !== 'idle') return;
    if (!next) {
      this.controller?.abort();
      this.controller = undefined;
      this.generation++;
      this.src = undefined;
      this.state = 'idle';
      this.error = undefined;
      this.host.requestUpdate();
      return;
    }
    void this.load(next);
  }

  /** Loads the current `src` again. */
  reload(): Promise<void> {
    return this.src ? this.load(this.src) : Promise.resolve();
  }

  /** Fetches `src`; resolves when this request settles (or is overtaken by a newer one). */
  async load(src: string): Promise<void> {
    this.controller?.abort();
    const generation = ++this.generation;
    const controller = (this.controller = new AbortController());
    const current = () => generation == this.generation;
    const host = this.host;
    this.src = src;
    this.state = 'loading';
    this.error = undefined;
    host.requestUpdate();
    try {
      let url: URL | undefined;
      try {
        url = new URL(src, document.baseURI);
      } catch {
        /* not a URL: refused below */
      }
      if (!/^(https?|blob):$/.test(url?.protocol ?? '')) throw new LoadError('invalid-src');
      const data = await this.fetchWithRetry(src, controller, current);
      if (!current()) return;
      this.data = data;
      this.dataSrc = src;
      this.state = 'ready';
      this.controller = undefined;
      this.options.onData?.(data, src);
      host.requestUpdate();
      if (this.options.loadEvent !== false) host.emit('rk-load', { src, data });
    } catch (e) {
      if (!current()) return;
      this.controller = undefined;
      const error = (this.error = e instanceof LoadError ? e : new LoadError('parse', undefined, String((e as Error)?.message ?? e)));
      this.state = 'error';
      host.requestUpdate();
      host.emit('rk-error', { src, code: error.code, status: error.status, message: error.message, stale: this.data !== undefined });
    }
  }

  private async fetchWithRetry(src: string, controller: AbortController, current: () => boolean): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.fetchOnce(src, controller);
      } catch (e) {
        const { code, status = 0 } = e as LoadError;
        const retryable = code == 'network' || (code == 'http' && (status >= 500 || status == 408 || status == 429));
        if (!retryable || attempt >= this.retries || !current() || controller.signal.aborted) throw e;
        await new Promise((r) => setTimeout(r, this.retryDelay * 2 ** attempt * (0.75 + Math.random() * 0.5)));
        if (!current()) throw e;
      }
    }
  }

  private async fetchOnce(src: string, controller: AbortController): Promise<T> {
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.timeout);
    // A timeout, an abort by a newer request (rethrown as is), or the network.
    const failed = (e: unknown) => {
      if (timedOut) throw new LoadError('timeout');
      if ((e as Error).name == 'AbortError') throw e;
      throw new LoadError('network', undefined, (e as Error).message);
    };
    try {
      const response = await fetch(src, {
        signal: controller.signal,
        credentials: 'omit',
        headers: { Accept: 'application/json, text/csv;q=0.9, */*;q=0.5' },
      }).catch(failed);
      if (!response.ok) throw new LoadError('http', response.status);
      const text = await response.text().catch(failed);
      return this.options.parse(text, { url: response.url || src, contentType: response.headers.get('content-type') ?? '' });
    } finally {
      clearTimeout(timer);
    }
  }
}
