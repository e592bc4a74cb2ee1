/** Narrow a `soberTime` result to the status a test expects (failing with the whole result if not). */
import { expect } from '@open-wc/testing';
import type { SoberCounting, SoberFuture, SoberInvalid, SoberTime } from '../../../src/core/time/index.js';

export function counting(r: SoberTime): SoberCounting {
  expect(r.status, JSON.stringify(r)).to.equal('counting');
  return r as SoberCounting;
}
export function future(r: SoberTime): SoberFuture {
  expect(r.status, JSON.stringify(r)).to.equal('future');
  return r as SoberFuture;
}
export function invalid(r: SoberTime): SoberInvalid {
  expect(r.status, JSON.stringify(r)).to.equal('invalid');
  return r as SoberInvalid;
}
