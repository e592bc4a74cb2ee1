import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * Whether the page is being printed, for an element that pages what it shows on screen (the
 * meeting list, the milestone wall): a printout has no "Show more", so while `printing` the host
 * renders everything. Listens to `beforeprint` / `afterprint` and the `print` media query (some
 * browsers fire only one of them).
 *
 * On `beforeprint` the host renders at once, not in a microtask: `window.print()` lays the page
 * out before its caller's script ends.
 */
export class PrintController implements ReactiveController {
  printing = false;
  private query?: MediaQueryList;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  private readonly onPrint = (e: Event) => {
    const on = e.type == 'beforeprint' || (e as MediaQueryListEvent).matches === true;
    if (on == this.printing) return;
    this.printing = on;
    this.host.requestUpdate();
    // performUpdate is protected: the host's own update, run now.
    if (on) (this.host as unknown as { performUpdate(): void }).performUpdate();
  };

  hostConnected(): void {
    addEventListener('beforeprint', this.onPrint);
    addEventListener('afterprint', this.onPrint);
    (this.query ??= matchMedia('print')).addEventListener('change', this.onPrint);
  }

  hostDisconnected(): void {
    removeEventListener('beforeprint', this.onPrint);
    removeEventListener('afterprint', this.onPrint);
    this.query!.removeEventListener('change', this.onPrint);
  }
}
