import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { FinderPart } from '../meeting-provider/part.js';
import { styles } from './meeting-search.styles.js';

let uid = 0;

/**
 * A labelled search box for the enclosing `<rk-meeting-provider>`: every word must match the
 * name, place, address, group, notes or region (accents and case ignored). Typing is
 * debounced (120 ms).
 *
 * @tagname rk-meeting-search
 * @summary Keyword search box for the meeting finder.
 *
 * @csspart label - The label.
 * @csspart input - The search input.
 *
 * @cssprop [--rk-meeting-search-border=var(--rk-color-border)] - Border colour of the input.
 */
export class RkMeetingSearch extends FinderPart {
  static override styles = styles;

  /** Replaces the label text ("Search meetings"). */
  @property() label?: string;

  /** Milliseconds of quiet typing before the search runs (default 120). */
  @property({ type: Number }) debounce = 120;

  private readonly inputId = `rk-meeting-search-${++uid}`;
  private timer?: ReturnType<typeof setTimeout>;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  private onInput(e: Event) {
    const value = (e.target as HTMLInputElement).value;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.ctx.value?.setFilter({ keyword: value.trim() ? value : undefined });
    }, Math.max(0, this.debounce));
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Follow the store (Back / Forward, Clear all) unless the user is typing.
    const input = this.renderRoot.querySelector('input');
    const kw = this.ctx.value?.filter.keyword ?? '';
    if (input && this.timer === undefined && input.value.trim() !== kw.trim()) input.value = kw;
  }

  protected override render() {
    const m = this.t.msg;
    return html`<div lang=${this.t.language}>
      <label part="label" for=${this.inputId}>${this.label || m.searchLabel}</label>
      <input
        part="input"
        id=${this.inputId}
        type="search"
        autocomplete="off"
        enterkeyhint="search"
        placeholder=${m.searchPlaceholder || nothing}
        @input=${this.onInput}
      />
    </div>`;
  }
}
