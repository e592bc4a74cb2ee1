/**
 * The date form of `<rk-sobriety-counter editable>`: a native date input, validation, "A new
 * start" with Undo, and the opt-in "Remember on this device". Loaded on demand: counters that
 * only show a `since` never download it. Nothing here sends anything anywhere; the date is
 * written to `localStorage` only after the person ticks "Remember on this device".
 *
 * It imports nothing the counter itself loads (it asks the counter instead): a chunk that
 * shared modules with the element would split the element's own code into several files.
 */
import { css, html, nothing, type PropertyValues } from 'lit';
import { adopt } from '../../base/adopt.js';
import { buttons } from '../../base/buttons.js';
import type { RkSobrietyCounter } from './sobriety-counter.js';

const KEY_PREFIX = 'recovery-kit:sobriety-counter:';

const formMessages = {
  en: {
    inputLabel: 'Your sobriety date',
    inputHint: 'It stays on this device. Nothing is sent anywhere.',
    badInput: 'Enter a complete date: month, day and year.',
    badYear: 'Check the year: four digits, 1900 or later.',
    remember: 'Remember on this device',
    forget: 'Forget this date',
    forgotten: 'The date was removed from this device.',
    newStart: 'A new start',
    newStartNote: 'Ready for a new start. Enter the date whenever you are ready.',
    undo: 'Undo',
  },
  es: {
    inputLabel: 'Su fecha de sobriedad',
    inputHint: 'Se queda en este dispositivo. No se envía a ningún lugar.',
    badInput: 'Escriba una fecha completa: día, mes y año.',
    badYear: 'Revise el año: cuatro cifras, 1900 o posterior.',
    remember: 'Recordar en este dispositivo',
    forget: 'Olvidar esta fecha',
    forgotten: 'La fecha se borró de este dispositivo.',
    newStart: 'Un nuevo comienzo',
    newStartNote: 'Listo para un nuevo comienzo. Escriba la fecha cuando quiera.',
    undo: 'Deshacer',
  },
};

export const formStyles = css`
.form{display:grid;gap:var(--_s2);margin-top:var(--_s3);text-align:start}
:host([variant=hero]) .form{justify-items:center;text-align:center}
:host([variant=compact]) .form{flex-basis:100%}
.form>label{font-weight:600}
.form p{margin:0}
input[type=date]{min-height:44px;max-width:16rem;padding:var(--_s2);border:1px solid var(--_border);border-radius:var(--_radius);background:var(--_surface);color:var(--_text);font:inherit}
input[aria-invalid=true]{border:2px solid var(--_danger)}
.remember{display:flex;align-items:center;gap:var(--_s2);min-height:44px}
.remember input{width:1.25rem;height:1.25rem;accent-color:var(--_accent)}
.actions{display:flex;flex-wrap:wrap;align-items:center;gap:var(--_s2)}
@media (forced-colors:active){input[type=date]{border-color:CanvasText}}
`;

function store(key: string, value?: string | null): string | undefined {
  try {
    if (value === null) return localStorage.getItem(key) ?? undefined;
    if (value) localStorage.setItem(key, value);
    else localStorage.removeItem(key);
  } catch {
    /* storage disabled (private mode, policy): the count still works for this visit */
  }
}

let uid = 0;

/** The form's state and rendering; the counter owns one once `editable` is used. */
export class CounterForm {
  /** The date the visitor entered ("YYYY-MM-DD"). */
  entered?: string;
  private remember = false;
  private fieldError?: string;
  private undoValue?: string;
  private readonly id = `rk-counter-${++uid}`;

  constructor(private readonly host: RkSobrietyCounter) {
    adopt(host, buttons, formStyles);
  }

  private get key(): string {
    return KEY_PREFIX + (this.host.storageKey || 'default');
  }

  private get local(): boolean {
    const h = this.host;
    return h.editable && h.storage == 'local' && !h.since;
  }

  private get msg() {
    return this.host._t.language == 'es' ? formMessages.es : formMessages.en;
  }

  /** Restores a remembered date when storage is (or becomes) enabled. */
  willUpdate(changed: PropertyValues<RkSobrietyCounter>): void {
    if ((changed.has('storage') || changed.has('storageKey') || changed.has('editable')) && this.local) {
      const saved = store(this.key, null);
      if (saved && /^\d{4}-\d\d-\d\d$/.test(saved) && this.host._describe(saved)) {
        this.entered = saved;
        this.remember = true;
      }
    }
  }

  private setDate(value: string | undefined, note = ''): void {
    this.entered = value;
    this.fieldError = undefined;
    if (this.local && this.remember) store(this.key, value);
    this.host._announcement = note;
    this.host.emit('rk-change', { since: value ?? null });
    this.host.requestUpdate();
  }

  /** What is wrong with the field's value, if anything (an empty field is not an error). */
  private problem(input: HTMLInputElement): string | undefined {
    const m = this.msg;
    if (!input.value) return input.validity.badInput ? m.badInput : undefined;
    // Date fields take years of up to six digits ("202612-01-01"): four, from 1900.
    if (!/^\d{4}-/.test(input.value) || parseInt(input.value) < 1900) return m.badYear;
  }

  private onBlur = (e: Event): void => {
    this.fieldError = this.problem(e.target as HTMLInputElement);
    this.host.requestUpdate();
  };

  private onInput = (e: Event): void => {
    const input = e.target as HTMLInputElement;
    const v = input.value;
    // Chrome fires `change` for each digit typed in the year (0002, 0020, 0202, 2024): a bad
    // value keeps the last good date and is reported on blur (or at once if an error shows).
    // Errors are tied to the field (aria-invalid, aria-describedby), not announced.
    const problem = this.problem(input);
    if (problem || !v) {
      if (this.fieldError) this.fieldError = problem;
      if (!problem && this.entered) this.reset();
      this.host.requestUpdate();
      return;
    }
    this.undoValue = undefined;
    this.setDate(v);
    // Tell screen-reader users what the date gave, once.
    this.host._announcement = this.host._describe(v);
  };

  private async focusInput(): Promise<void> {
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLInputElement>('input[type=date]')?.focus();
  }

  private reset = (): void => {
    this.undoValue = this.entered;
    this.setDate(undefined, this.msg.newStartNote);
    void this.focusInput();
  };

  private undo = (): void => {
    const v = this.undoValue;
    this.undoValue = undefined;
    this.setDate(v);
    void this.focusInput();
  };

  private onRemember = (e: Event): void => {
    this.remember = (e.target as HTMLInputElement).checked;
    store(this.key, this.remember ? this.entered : undefined);
    this.host.requestUpdate();
  };

  private forget = (): void => {
    store(this.key);
    this.remember = false;
    this.undoValue = undefined;
    this.setDate(undefined, this.msg.forgotten);
    void this.focusInput();
  };

  render() {
    const m = this.msg;
    const id = this.id;
    const err = this.fieldError;
    const button = (label: string, click: () => void) => html`<button type="button" part="button" class="rk-button" @click=${click}>${label}</button>`;
    return html`<div part="form" class="form">
      <label for="${id}-in">${m.inputLabel}</label>
      <input
        part="input"
        id="${id}-in"
        type="date"
        min="1900-01-01"
        max="9999-12-31"
        .value=${this.entered ?? ''}
        aria-invalid=${err ? 'true' : 'false'}
        aria-describedby="${id}-hint${err ? ` ${id}-err` : ''}"
        @change=${this.onInput}
        @blur=${this.onBlur}
      />
      <p id="${id}-hint" class="muted">${m.inputHint}</p>
      ${err ? html`<p part="error" id="${id}-err" class="error">${err}</p>` : nothing}
      ${this.host.storage == 'local'
        ? html`<label part="remember" class="remember"><input type="checkbox" .checked=${this.remember} @change=${this.onRemember} />${m.remember}</label>`
        : nothing}
      <div class="actions">
        ${this.entered ? button(m.newStart, this.reset) : nothing}
        ${!this.entered && this.undoValue ? html`<span class="muted">${m.newStartNote}</span> ${button(m.undo, this.undo)}` : nothing}
        ${this.local && this.remember && this.entered ? button(m.forget, this.forget) : nothing}
      </div>
    </div>`;
  }
}
