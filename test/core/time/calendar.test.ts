import { expect } from '@open-wc/testing';
import {
  addMonthsClamped,
  daysBetween,
  fromEpochDay,
  parseDateInput,
  parseInstant,
  parsePlainDate,
  startOfDay,
  toEpochDay,
  weekdayOf,
  zonedDate,
  zonedToInstant,
  DateInputError,
} from '../../../src/core/time/calendar.js';

describe('core/time/calendar', () => {
  it('round-trips epoch days across centuries and leap years', () => {
    for (let n = -800_000; n <= 800_000; n += 997) {
      expect(toEpochDay(fromEpochDay(n))).to.equal(n);
    }
    expect(toEpochDay({ year: 1970, month: 1, day: 1 })).to.equal(0);
    expect(fromEpochDay(toEpochDay({ year: 2024, month: 2, day: 29 }))).to.deep.equal({ year: 2024, month: 2, day: 29 });
  });

  it('counts calendar days, not milliseconds', () => {
    expect(daysBetween(parsePlainDate('2024-03-09'), parsePlainDate('2024-03-11'))).to.equal(2);
    expect(daysBetween(parsePlainDate('2023-12-31'), parsePlainDate('2024-12-31'))).to.equal(366);
    expect(weekdayOf(parsePlainDate('2026-11-21'))).to.equal(6);
  });

  it('clamps month arithmetic to month ends', () => {
    expect(addMonthsClamped(parsePlainDate('2025-01-31'), 1)).to.deep.equal({ year: 2025, month: 2, day: 28 });
    expect(addMonthsClamped(parsePlainDate('2024-01-31'), 1)).to.deep.equal({ year: 2024, month: 2, day: 29 });
    expect(addMonthsClamped(parsePlainDate('2024-02-29'), 12)).to.deep.equal({ year: 2025, month: 2, day: 28 });
    expect(addMonthsClamped(parsePlainDate('2024-11-30'), -12)).to.deep.equal({ year: 2023, month: 11, day: 30 });
  });

  it('rejects impossible dates with a typed error', () => {
    for (const bad of ['2025-02-30', 'yesterday', '2025-13-01', '', '2024-2-1', '2025-02-29']) {
      expect(() => parsePlainDate(bad), bad).to.throw(DateInputError);
    }
    expect(() => parseDateInput('2025-01-01T25:00')).to.throw(DateInputError);
  });

  it('finds the start of DST days in New York (23 and 25 hour days)', () => {
    const tz = 'America/New_York';
    const spring = startOfDay(parsePlainDate('2024-03-10'), tz);
    const next = startOfDay(parsePlainDate('2024-03-11'), tz);
    expect((next - spring) / 3600_000).to.equal(23);
    const fall = startOfDay(parsePlainDate('2024-11-03'), tz);
    const after = startOfDay(parsePlainDate('2024-11-04'), tz);
    expect((after - fall) / 3600_000).to.equal(25);
  });

  it('resolves wall times in gaps forward and overlaps to the earlier instant', () => {
    const tz = 'America/New_York';
    const gap = zonedToInstant({ year: 2024, month: 3, day: 10, hour: 2, minute: 30, second: 0 }, tz);
    expect(new Date(gap).toISOString()).to.equal('2024-03-10T07:30:00.000Z');
    const overlap = zonedToInstant({ year: 2024, month: 11, day: 3, hour: 1, minute: 30, second: 0 }, tz);
    expect(new Date(overlap).toISOString()).to.equal('2024-11-03T05:30:00.000Z');
  });

  it('resolves wall times in a zone more than 12 hours ahead of UTC (Pacific/Chatham, +12:45 / +13:45)', () => {
    const tz = 'Pacific/Chatham';
    const iso = (day: number, month: number, hour: number) => new Date(zonedToInstant({ year: 2024, month, day, hour, minute: 0, second: 0 }, tz)).toISOString();
    // 2024-09-29 02:45 +12:45 -> 03:45 +13:45: 02:00 exists, 03:00 is in the gap (moved forward by it).
    expect(iso(29, 9, 2)).to.equal('2024-09-28T13:15:00.000Z');
    expect(iso(29, 9, 3)).to.equal('2024-09-28T14:15:00.000Z');
    // 2024-04-07 03:45 +13:45 -> 02:45 +12:45: 02:00 once (+13:45), 03:00 twice (the earlier one).
    expect(iso(7, 4, 2)).to.equal('2024-04-06T12:15:00.000Z');
    expect(iso(7, 4, 3)).to.equal('2024-04-06T13:15:00.000Z');
  });

  it('reads years 1-99 as themselves, not as 1900-1999 (Date.UTC)', () => {
    expect(new Date(parseInstant('0001-01-01T00:00:00Z', 'UTC')).toISOString()).to.equal('0001-01-01T00:00:00.000Z');
    expect(new Date(parseInstant('0050-06-15T12:30:00+02:00', 'UTC')).toISOString()).to.equal('0050-06-15T10:30:00.000Z');
    expect(new Date(parseInstant('0099-12-31', 'UTC')).toISOString()).to.equal('0099-12-31T00:00:00.000Z');
    expect(new Date(zonedToInstant({ year: 4, month: 2, day: 29, hour: 6, minute: 0, second: 0 }, 'UTC')).toISOString()).to.equal('0004-02-29T06:00:00.000Z');
    expect(new Date(parseInstant('9999-12-31T23:59:59Z', 'UTC')).toISOString()).to.equal('9999-12-31T23:59:59.000Z');
  });

  it('parses date, wall date-time and absolute date-time inputs', () => {
    expect(new Date(parseInstant('2024-03-01', 'America/Los_Angeles')).toISOString()).to.equal('2024-03-01T08:00:00.000Z');
    expect(new Date(parseInstant('2024-03-01T09:15', 'Europe/London')).toISOString()).to.equal('2024-03-01T09:15:00.000Z');
    expect(new Date(parseInstant('2024-03-01T09:15:00-05:00', 'Asia/Tokyo')).toISOString()).to.equal('2024-03-01T14:15:00.000Z');
    expect(zonedDate(Date.UTC(2024, 0, 1, 3), 'America/Chicago')).to.deep.equal({ year: 2023, month: 12, day: 31 });
    expect(zonedDate(Date.UTC(2024, 0, 1, 3), 'Pacific/Kiritimati')).to.deep.equal({ year: 2024, month: 1, day: 1 });
  });
});
