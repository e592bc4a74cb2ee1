import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { property } from 'lit/decorators.js';
import '../../src/elements/provider/define.js';
import { RkElement } from '../../src/base/rk-element.js';
import { ClockController, ManualClock } from '../../src/base/clock.js';
import { LocalizeController } from '../../src/base/localize.js';
import { baseMessages } from '../../src/base/messages.js';
import type { RkProvider } from '../../src/elements/provider/provider.js';

/** Shows the date in its zone and re-renders at each local midnight. */
class TestClock extends RkElement {
  @property() now?: string;
  @property({ attribute: 'time-zone' }) timeZone?: string;
  readonly clockCtl = new ClockController(this);
  readonly t = new LocalizeController(this, baseMessages);
  renders = 0;
  protected override render() {
    this.renders++;
    const now = this.clockCtl.now();
    this.clockCtl.cancelAll();
    if (!this.clockCtl.frozen) this.clockCtl.at(now + 60_000, () => this.requestUpdate());
    return litHtml`<p>${this.t.fmt.dateTime(now, { timeZone: this.clockCtl.timeZone, dateStyle: 'medium', timeStyle: 'short' })}</p>
      <span>${this.clockCtl.timeZone}</span>`;
  }
}
TestClock.define('test-clock');

const text = (el: HTMLElement) => el.shadowRoot!.querySelector('p')!.textContent;

describe('<rk-provider>, ClockController and LocalizeController', () => {
  it('gives descendants its locale, zone and clock; their own attributes win', async () => {
    const clock = new ManualClock(Date.UTC(2026, 0, 15, 12, 0));
    const wrap = await fixture<RkProvider>(html`<rk-provider locale="es" time-zone="Asia/Tokyo" .clock=${clock}>
      <test-clock></test-clock>
      <test-clock lang="en" time-zone="America/Chicago"></test-clock>
    </rk-provider>`);
    const [a, b] = wrap.querySelectorAll<TestClock>('test-clock');
    await a.updateComplete;
    await b.updateComplete;
    expect(a.shadowRoot!.querySelector('span')!.textContent).to.equal('Asia/Tokyo');
    expect(text(a)).to.equal('15 ene 2026, 21:00');
    expect(b.shadowRoot!.querySelector('span')!.textContent).to.equal('America/Chicago');
    expect(text(b)).to.equal('Jan 15, 2026, 6:00 AM');
  });

  it('moves with a manual clock and stops its timers when removed', async () => {
    const clock = new ManualClock(Date.UTC(2026, 0, 15, 12, 0));
    const wrap = await fixture<RkProvider>(html`<rk-provider time-zone="UTC" locale="en" .clock=${clock}><test-clock></test-clock></rk-provider>`);
    const el = wrap.querySelector<TestClock>('test-clock')!;
    await el.updateComplete;
    expect(text(el)).to.equal('Jan 15, 2026, 12:00 PM');
    clock.advance(60_000);
    await el.updateComplete;
    expect(text(el)).to.equal('Jan 15, 2026, 12:01 PM');
    expect(clock.pending).to.equal(1);
    el.remove();
    expect(clock.pending).to.equal(0);
  });

  it('freezes time with `now` and falls back to the viewer zone for an unknown zone', async () => {
    const el = await fixture<TestClock>(html`<test-clock lang="en" now="2024-03-10T01:30" time-zone="Mars/Olympus"></test-clock>`);
    expect(el.clockCtl.invalidTimeZone).to.equal(true);
    expect(el.clockCtl.frozen).to.equal(true);
    expect(el.clockCtl.timeZone).to.equal(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });

  it('updates consumers when the provider changes, even a provider upgraded late', async () => {
    const wrap = await fixture<HTMLElement>(html`<div><rk-late-provider time-zone="Europe/Paris"><test-clock></test-clock></rk-late-provider></div>`);
    const el = wrap.querySelector<TestClock>('test-clock')!;
    await el.updateComplete;
    expect(el.clockCtl.timeZone).not.to.equal('Europe/Paris');
    const { RkProvider } = await import('../../src/elements/provider/provider.js');
    class LateProvider extends RkProvider {}
    LateProvider.define('rk-late-provider');
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(el.clockCtl.timeZone).to.equal('Europe/Paris');
    const p = wrap.querySelector('rk-late-provider') as RkProvider;
    p.timeZone = 'Asia/Kolkata';
    await p.updateComplete;
    await el.updateComplete;
    expect(el.clockCtl.timeZone).to.equal('Asia/Kolkata');
  });
});
