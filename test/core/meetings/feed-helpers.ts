// Shared by the core feed tests: real HTTP for fixtures, the loader's error codes, UTC instants.
import { expect } from '@open-wc/testing';
import { MeetingsInputError } from '../../../src/core/meetings/index.js';

/** A fixture's body over HTTP (from the test server), failing the test on a non-2xx answer. */
export async function text(url: string): Promise<string> {
  const res = await fetch(url);
  expect(res.ok, url).to.equal(true);
  return res.text();
}

/** Expects `fn` to throw a {@link MeetingsInputError} with `code`. */
export function expectCode(fn: () => unknown, code: string): void {
  try {
    fn();
  } catch (e) {
    expect(e).to.be.instanceOf(MeetingsInputError);
    expect((e as MeetingsInputError).code).to.equal(code);
    return;
  }
  throw new Error(`expected MeetingsInputError ${code}`);
}

/** Epoch ms of a UTC wall time (month 1-12). */
export const utc = (y: number, mo: number, d: number, h = 0, mi = 0) => Date.UTC(y, mo - 1, d, h, mi);
