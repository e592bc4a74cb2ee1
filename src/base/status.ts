import { html, nothing, type TemplateResult } from 'lit';
import type { LoadError, LoadState } from './data-controller.js';
import { loadErrorMessage, type BaseMessages } from './load-messages.js';

/**
 * The shared loading and error states of a `src`-driven element: a polite "Loading…" status,
 * and an alert with the reason and a Try again button. Older data stays on screen; the
 * alert then says so.
 */
/** What {@link renderLoadStatus} reads of a DataController. */
export interface LoadView {
  readonly state: LoadState;
  readonly error?: LoadError;
  readonly data?: unknown;
  reload(): Promise<void>;
}

export function renderLoadStatus(
  data: LoadView,
  m: BaseMessages,
  options: { title?: string; skeleton?: TemplateResult } = {},
): TemplateResult | typeof nothing {
  if (data.state === 'loading' && data.data === undefined) {
    return html`<div class="rk-status" part="status" role="status">
      <span class="rk-spinner" aria-hidden="true"></span>${m.loading}${options.skeleton ?? nothing}
    </div>`;
  }
  if (data.state === 'error' && data.error) {
    return html`<div class="rk-error" part="error" role="alert">
      ${options.title ? html`<strong class="rk-error-title">${options.title}</strong>` : nothing}
      <span>${loadErrorMessage(data.error, m)}</span>
      ${data.data !== undefined ? html`<span>${m.staleNotice}</span>` : nothing}
      <button type="button" part="retry" class="rk-button" @click=${() => data.reload()}>${m.retry}</button>
    </div>`;
  }
  return nothing;
}
