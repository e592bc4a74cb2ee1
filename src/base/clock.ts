import type { ReactiveController } from 'lit';
import { isValidTimeZone, parseInstant, systemTimeZone } from '../core/time/calendar.js';
import type { RkElement } from './rk-element.js';

/** A source of time and timers. Swap in a {@link ManualClock} to control time in tests and demos. */
export interface Clock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (cb, ms) => globalThis.setTimeout(cb, ms),
  clearTimeout: (h) => globalThis.clearTimeout(h as number),
};

/** A clock that only moves when told to; timers fire in order as time is advanced. */
export class ManualClock implements Clock {
  private time: number;
  private timers = new Map<number, { at: number; cb: () => void }>();
  private nextId = 1;

  constructor(start: number | string = Date.now()) {
    this.time = typeof start === 'number' ? start : parseInstant(start, 'UTC');
  }

  now(): number {
    return this.time;
  }

  setTimeout(cb: () => void, ms: number): unknown {
    const id = this.nextId++;
    this.timers.set(id, { at: this.time + Math.max(0, ms), cb });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.timers.delete(handle as number);
  }

  /** Moves time forward by `ms`, firing due timers in time order. */
  advance(ms: number): void {
    this.set(this.time + ms);
  }

  /** Moves time to `instant`, firing due timers in time order. */
  set(instant: number): void {
    for (;;) {
      let nextId = 0;
      let next: { at: number; cb: () => void } | undefined;
      for (const [id, t] of this.timers) if (t.at <= instant && (!next || t.at < next.at)) [nextId, next] = [id, t];
      if (!next) break;
      this.timers.delete(nextId);
      this.time = Math.max(this.time, next.at);
      next.cb();
    }
    this.time = instant;
  }

  /** Number of timers waiting (lets tests check that nothing leaks). */
  get pending(): number {
    return this.timers.size;
  }
}

/** Hosts that take `now` and `time-zone` attributes. */
export interface TimeHost extends RkElement {
  now?: string;
  timeZone?: string;
}

/**
 * The longest single wait: longer ones are chained. Timers count time the device is awake
 * (a sleeping laptop or a suspended phone tab stops them) while the wall clock jumps ahead on
 * waking, so a midnight wake-up set hours before would run hours late; re-checking the wall
 * clock every minute keeps it within a minute of the real instant.
 */
const MAX_WAIT = 60_000;

/**
 * Time for an element: its own `now` / `time-zone` attributes win over `<rk-provider>`,
 * which wins over the live clock and the viewer's zone. Schedules wake-ups (next midnight,
 * next minute) on the chosen clock and cancels them when the element leaves the page.
 */
export class ClockController implements ReactiveController {
  private handles = new Map<unknown, Clock>();

  constructor(private readonly host: TimeHost) {
    host.addController(this);
  }

  /** Leaving the page cancels the wake-ups; coming back (a move in the DOM) renders to set them again. */
  hostConnected(): void {
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.cancelAll();
  }

  get clock(): Clock {
    return this.host.settings.clock ?? systemClock;
  }

  /** The zone named by the element or the provider (spaces around it ignored), valid or not. */
  get requestedTimeZone(): string | undefined {
    return (this.host.timeZone || this.host.settings.timeZone)?.trim() || undefined;
  }

  /** True when a zone was named but this browser does not know it. */
  get invalidTimeZone(): boolean {
    const z = this.requestedTimeZone;
    return !!z && !isValidTimeZone(z);
  }

  /** The IANA zone in effect. */
  get timeZone(): string {
    const z = this.requestedTimeZone;
    return z && isValidTimeZone(z) ? z : systemTimeZone();
  }

  /** The fixed `now` given by attribute or provider, if any. */
  get fixedNow(): string | undefined {
    return this.host.now || this.host.settings.now || undefined;
  }

  /** True when time is frozen by a `now` attribute (no live updates are needed). */
  get frozen(): boolean {
    return this.fixedNow !== undefined && this.fixedInstant() !== undefined;
  }

  private fixedInstant(): number | undefined {
    const fixed = this.fixedNow;
    if (!fixed) return undefined;
    try {
      return parseInstant(fixed, this.timeZone);
    } catch {
      return undefined;
    }
  }

  /** True when `now` was given but is not a valid ISO 8601 date or date-time. */
  get invalidNow(): boolean {
    return this.fixedNow !== undefined && this.fixedInstant() === undefined;
  }

  /** The current instant (epoch ms). */
  now(): number {
    return this.fixedInstant() ?? this.clock.now();
  }

  /** Runs `callback` at `instant` on the element's clock (waits over a minute are chained). */
  at(instant: number, callback: () => void): void {
    const clock = this.clock;
    const wait = instant - clock.now();
    const fire = () => {
      this.handles.delete(handle);
      if (clock.now() >= instant) callback();
      else this.at(instant, callback);
    };
    const handle: unknown = clock.setTimeout(fire, Math.min(Math.max(0, wait), MAX_WAIT));
    this.handles.set(handle, clock);
  }

  cancelAll(): void {
    for (const [h, clock] of this.handles) clock.clearTimeout(h);
    this.handles.clear();
  }
}
