/**
 * ClockController.at: when does a wake-up really run? Expected instants are literal tz-database
 * values (checked with Python's zoneinfo), never the engine's output.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import '../../src/elements/provider/define.js';
import '../../src/elements/milestone-wall/define.js';
import { ClockController, ManualClock, type Clock, type TimeHost } from '../../src/base/clock.js';
import { RkElement } from '../../src/base/rk-element.js';
import { formatPlainDate, zonedDate } from '../../src/core/time/calendar.js';
import { nextRollover } from '../../src/core/time/sober.js';
import type { RkProvider } from '../../src/elements/provider/provider.js';

const MINUTE = 60_000;
const HOUR = 3600_000;
const utc = (iso: string) => {
  const m = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)Z$/.exec(iso)!;
  return Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5]);
};

/** A host with just what ClockController reads: a provider clock, no own now or zone. */
function controllerOn(clock: Clock): ClockController {
  const host = { addController() {}, settings: { clock } } as unknown as TimeHost;
  return new ClockController(host);
}

/** A ManualClock that records every delay it is asked for. */
class RecordingClock extends ManualClock {
  delays: number[] = [];
  override setTimeout(cb: () => void, ms: number): unknown {
    this.delays.push(ms);
    return super.setTimeout(cb, ms);
  }
}

/**
 * Wall time (`now()`) and timer time as a browser keeps them: timers count on a monotonic
 * clock, which stands still while the device sleeps (or a phone suspends the tab), while the
 * wall clock jumps ahead on waking.
 */
class SleepingClock implements Clock {
  private timers = new Map<number, { due: number; cb: () => void }>();
  private id = 0;
  private mono = 0;
  constructor(private wall: number) {}
  now() {
    return this.wall;
  }
  setTimeout(cb: () => void, ms: number) {
    this.timers.set(++this.id, { due: this.mono + ms, cb });
    return this.id;
  }
  clearTimeout(h: unknown) {
    this.timers.delete(h as number);
  }
  /** The device sleeps: the wall clock moves, timers do not. */
  sleep(ms: number) {
    this.wall += ms;
  }
  /** Awake: both move, due timers fire in order. */
  run(ms: number) {
    const end = this.mono + ms;
    for (;;) {
      const next = [...this.timers].filter(([, t]) => t.due <= end).sort((a, b) => a[1].due - b[1].due)[0];
      if (!next) break;
      this.timers.delete(next[0]);
      this.wall += next[1].due - this.mono;
      this.mono = next[1].due;
      next[1].cb();
    }
    this.wall += end - this.mono;
    this.mono = end;
  }
}

describe('ClockController.at', () => {
  describe('the next local midnight on days that start at 01:00 (DST at 00:00)', () => {
    // [zone, now (UTC), the next day's first instant (UTC)]
    const table: [string, string, string][] = [
      ['America/Sao_Paulo', '2018-11-04T02:30Z', '2018-11-04T03:00Z'], // 23:30 -03, then 01:00 -02
      ['America/Havana', '2024-03-09T17:00Z', '2024-03-10T05:00Z'], // noon -05
      ['Asia/Beirut', '2024-03-30T21:59Z', '2024-03-30T22:00Z'], // 23:59 +02
      ['America/Santiago', '2024-09-07T16:00Z', '2024-09-08T04:00Z'],
      ['America/Asuncion', '2024-10-06T03:59Z', '2024-10-06T04:00Z'],
      ['America/Sao_Paulo', '2018-11-04T03:00Z', '2018-11-05T02:00Z'], // at 01:00: the next day, never now
    ];
    for (const [tz, now, next] of table) {
      it(`${tz} at ${now}: runs at ${next}, not before, exactly once`, () => {
        const clock = new RecordingClock(utc(now));
        const ctl = controllerOn(clock);
        const ran: number[] = [];
        ctl.at(nextRollover(clock.now(), tz), () => ran.push(clock.now()));
        expect(clock.delays.every((ms) => ms > 0), `delays ${clock.delays}`).to.equal(true);
        clock.set(utc(next) - 1);
        expect(ran).to.deep.equal([]);
        clock.set(utc(next) + 2 * HOUR);
        expect(ran).to.deep.equal([utc(next)]);
        expect(clock.pending).to.equal(0);
        // A bounded chain of wake-ups, each a real wait: no zero-delay loop.
        expect(clock.delays.length).to.be.below(2000);
        expect(clock.delays.every((ms) => ms > 0)).to.equal(true);
      });
    }
  });

  it('an instant already past runs at once (a zero delay), once', () => {
    const clock = new RecordingClock(utc('2024-06-01T12:00Z'));
    const ran: number[] = [];
    controllerOn(clock).at(utc('2024-06-01T11:00Z'), () => ran.push(clock.now()));
    expect(clock.delays).to.deep.equal([0]);
    clock.advance(0);
    expect(ran).to.deep.equal([utc('2024-06-01T12:00Z')]);
    clock.advance(HOUR);
    expect(ran.length).to.equal(1);
  });

  it('a wait longer than setTimeout allows (2^31 - 1 ms, about 24.8 days) is chained, never overflows', () => {
    const clock = new RecordingClock(utc('2024-06-01T12:00Z'));
    const ran: number[] = [];
    const target = utc('2025-06-01T12:00Z');
    controllerOn(clock).at(target, () => ran.push(clock.now()));
    expect(Math.max(...clock.delays)).to.be.at.most(2 ** 31 - 1);
    clock.set(target - 1);
    expect(ran).to.deep.equal([]);
    clock.set(target);
    expect(ran).to.deep.equal([target]);
  });

  it('a timer that fires early (timer and wall clocks disagree) waits again instead of running', () => {
    // Timers fire up to 5 ms early against now(), as coarse or adjusted wall clocks can make
    // them (never at once: real time always passes).
    const clock = new ManualClock(utc('2024-06-01T23:00Z'));
    const early: Clock = {
      now: () => clock.now(),
      setTimeout: (cb, ms) => clock.setTimeout(cb, ms - Math.min(5, Math.floor(ms / 2))),
      clearTimeout: (h) => clock.clearTimeout(h),
    };
    const ran: number[] = [];
    controllerOn(early).at(utc('2024-06-02T00:00Z'), () => ran.push(clock.now()));
    clock.set(utc('2024-06-02T00:00Z') - 1);
    expect(ran).to.deep.equal([]);
    clock.set(utc('2024-06-02T00:00Z') + MINUTE);
    expect(ran.length).to.equal(1);
    expect(ran[0]).to.be.at.least(utc('2024-06-02T00:00Z'));
  });

  it('after the device sleeps past midnight, the wake-up runs within a minute of waking, not hours later', () => {
    // 22:00 in New York: midnight is 2 h away. The laptop sleeps for 8 h (timers stand still).
    const tz = 'America/New_York';
    const clock = new SleepingClock(utc('2024-06-02T02:00Z'));
    const ran: number[] = [];
    controllerOn(clock).at(nextRollover(clock.now(), tz), () => ran.push(clock.now()));
    clock.run(HOUR);
    clock.sleep(8 * HOUR);
    expect(ran).to.deep.equal([]);
    clock.run(MINUTE);
    expect(ran.length).to.equal(1);
    expect(ran[0]).to.be.at.least(utc('2024-06-02T04:00Z')); // midnight EDT, long past
    expect(ran[0]).to.be.at.most(utc('2024-06-02T11:00Z') + MINUTE);
  });

  it('cancelAll stops a chained wait', () => {
    const clock = new ManualClock(utc('2024-06-01T12:00Z'));
    const ctl = controllerOn(clock);
    const ran: number[] = [];
    ctl.at(utc('2024-08-01T12:00Z'), () => ran.push(clock.now()));
    clock.advance(30 * 24 * HOUR);
    ctl.cancelAll();
    expect(clock.pending).to.equal(0);
    clock.advance(60 * 24 * HOUR);
    expect(ran).to.deep.equal([]);
  });
});

/** Shows today's date in its zone and wakes at the next local midnight (as the milestone wall does). */
class TestToday extends RkElement {
  static override properties = { timeZone: { attribute: 'time-zone' } };
  declare timeZone?: string;
  readonly clockCtl = new ClockController(this);
  protected override render() {
    const now = this.clockCtl.now();
    const tz = this.clockCtl.timeZone;
    this.clockCtl.cancelAll();
    if (!this.clockCtl.frozen) this.clockCtl.at(nextRollover(now, tz), () => this.requestUpdate());
    return litHtml`<p>${formatPlainDate(zonedDate(now, tz))}</p>`;
  }
}
TestToday.define('test-clock-today');


/** Moves `el` from #a to #b in `wrap`: its one wake-up stays armed, and goes when it leaves the page. */
async function keepsWakeUpWhenMoved(wrap: HTMLElement, el: HTMLElement & { updateComplete: Promise<unknown> }, waiting: () => number) {
  expect(waiting()).to.equal(1);
  wrap.querySelector('#b')!.append(el);
  await el.updateComplete;
  expect(waiting()).to.equal(1);
  el.remove();
  expect(waiting()).to.equal(0);
}
describe('ClockController and the element it serves', () => {
  it('an element moved in the page (removed and put back) keeps its midnight wake-up', async () => {
    const clock = new ManualClock(utc('2024-03-30T12:00Z')); // 15:00 in Beirut; its next day starts at 01:00
    const wrap = await fixture<RkProvider>(html`<rk-provider time-zone="Asia/Beirut" .clock=${clock}>
      <div id="a"><test-clock-today></test-clock-today></div><div id="b"></div>
    </rk-provider>`);
    const el = wrap.querySelector<TestToday>('test-clock-today')!;
    await el.updateComplete;
    const text = () => el.shadowRoot!.querySelector('p')!.textContent;
    expect(text()).to.equal('2024-03-30');
    // Moving it disconnects it (timers cancelled) and connects it again.
    wrap.querySelector('#b')!.append(el);
    await el.updateComplete;
    expect(clock.pending).to.equal(1);
    clock.set(utc('2024-03-30T22:00Z')); // 2024-03-31 01:00 +03, the first instant of the day
    await el.updateComplete;
    expect(text()).to.equal('2024-03-31');
    el.remove();
    expect(clock.pending).to.equal(0);
  });

  it('without a provider too (on the live clock)', async () => {
    const wrap = await fixture<HTMLElement>(html`<div><div id="a"><test-clock-today time-zone="UTC"></test-clock-today></div><div id="b"></div></div>`);
    const el = wrap.querySelector<TestToday>('test-clock-today')!;
    await el.updateComplete;
    await keepsWakeUpWhenMoved(wrap, el, () => (el.clockCtl as unknown as { handles: Map<unknown, Clock> }).handles.size);
  });

  it('the milestone wall (no provider) keeps its midnight wake-up when moved', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div><div id="a"><rk-milestone-wall lang="en" time-zone="UTC" src="/test/fixtures/milestones/empty.json"></rk-milestone-wall></div><div id="b"></div></div>`,
    );
    const el = wrap.querySelector('rk-milestone-wall')!;
    await el.updateComplete;
    await keepsWakeUpWhenMoved(wrap, el, () => (el as unknown as { clock: { handles: Map<unknown, Clock> } }).clock.handles.size);
  });
});
