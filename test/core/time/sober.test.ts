import { expect } from '@open-wc/testing';
import {
  addDays,
  addMonthsClamped,
  compareDates,
  daysBetween,
  formatPlainDate,
  fromEpochDay,
  parsePlainDate,
  startOfDay,
  toEpochDay,
  zonedDate,
  zonedDateTime,
  zonedToInstant,
  type PlainDate,
} from '../../../src/core/time/calendar.js';
import {
  anniversaryDate,
  dayDate,
  hoursSaved,
  moneySaved,
  nextMinute,
  nextRollover,
  soberBreakdown,
  soberTime,
  splitHours,
} from '../../../src/core/time/index.js';
import { seededRandom, seedsForRun } from './prng.js';
import { counting, future, invalid } from './status.js';

const HOUR = 3600_000;
const d = parsePlainDate;

/** The instant the wall clock in `tz` shows `date` at `time` ("HH:MM"). */
function at(date: string, time: string, tz: string): number {
  const [hour, minute] = time.split(':').map(Number);
  return zonedToInstant({ ...d(date), hour, minute, second: 0 }, tz);
}


describe('core/time/sober', () => {
  describe('breakdown by the clamped-anniversary rule (DOMAIN.md §2)', () => {
    // [since, today, days, totalMonths, years, months, remDays, note]
    const table: [string, string, number, number, number, number, number, string][] = [
      ['2024-03-01', '2024-03-01', 0, 0, 0, 0, 0, 'day 0 is the sobriety date itself'],
      ['2024-03-01', '2024-03-02', 1, 0, 0, 0, 1, 'the next calendar day is day 1'],
      ['2024-03-01', '2024-03-31', 30, 0, 0, 0, 30, 'the day before the first anniversary'],
      ['2024-03-01', '2024-04-01', 31, 1, 0, 1, 0, 'one month'],
      ['2025-01-31', '2025-02-28', 28, 1, 0, 1, 0, 'Jan 31 + 1 month = Feb 28'],
      ['2024-01-31', '2024-02-29', 29, 1, 0, 1, 0, 'Jan 31 + 1 month = Feb 29 in a leap year'],
      ['2024-01-31', '2024-02-28', 28, 0, 0, 0, 28, 'Feb 28 is not yet the anniversary in a leap year'],
      ['2025-01-31', '2025-03-01', 29, 1, 0, 1, 1, 'days after a clamped anniversary'],
      ['2025-01-31', '2025-03-30', 58, 1, 0, 1, 30, 'clamping does not accumulate'],
      ['2025-01-31', '2025-03-31', 59, 2, 0, 2, 0, 'back on the 31st'],
      ['2023-03-31', '2023-04-30', 30, 1, 0, 1, 0, 'Mar 31 + 1 month = Apr 30'],
      ['2023-03-31', '2023-05-01', 31, 1, 0, 1, 1, ''],
      ['2024-02-29', '2025-02-27', 364, 11, 0, 11, 29, 'the day before the 1-year day'],
      ['2024-02-29', '2025-02-28', 365, 12, 1, 0, 0, 'Feb 29 + 1 year = Feb 28'],
      ['2024-02-29', '2025-03-01', 366, 12, 1, 0, 1, ''],
      ['2024-02-29', '2028-02-28', 1460, 47, 3, 11, 30, 'in a leap year the anniversary is Feb 29 again'],
      ['2024-02-29', '2028-02-29', 1461, 48, 4, 0, 0, ''],
      ['2024-08-31', '2025-02-28', 181, 6, 0, 6, 0, '6 months on an Aug 31 date'],
      ['2023-08-31', '2024-02-29', 182, 6, 0, 6, 0, '6 months on an Aug 31 date, leap year'],
      ['2023-12-31', '2024-12-31', 366, 12, 1, 0, 0, 'a leap year has 366 days'],
      ['2024-03-01', '2025-03-01', 365, 12, 1, 0, 0, ''],
      ['2024-12-25', '2025-12-24', 364, 11, 0, 11, 29, ''],
      ['2020-06-15', '2026-11-21', 2350, 77, 6, 5, 6, ''],
      ['2000-01-01', '2026-11-21', 9821, 322, 26, 10, 20, ''],
      ['1985-07-04', '2026-11-21', 15115, 496, 41, 4, 17, ''],
    ];
    for (const [since, today, days, totalMonths, years, months, remDays, note] of table) {
      it(`${since} -> ${today}: ${days} d = ${years} y ${months} m ${remDays} d ${note && `(${note})`}`, () => {
        const b = soberBreakdown(d(since), d(today));
        expect({ days: b.days, totalMonths: b.totalMonths, years: b.years, months: b.months, remDays: b.remDays }).to.deep.equal({
          days,
          totalMonths,
          years,
          months,
          remDays,
        });
        expect(b.lastAnniversary).to.deep.equal(addMonthsClamped(d(since), totalMonths));
        expect(b.nextAnniversary).to.deep.equal(addMonthsClamped(d(since), totalMonths + 1));
        // The same through soberTime, at noon and one minute before midnight in a DST zone.
        for (const time of ['12:00', '23:59', '00:00']) {
          const r = counting(soberTime({ since, now: at(today, time, 'America/New_York'), timeZone: 'America/New_York' }));
          expect([r.days, r.years, r.months, r.remDays]).to.deep.equal([days, years, months, remDays]);
          expect(r.sinceDate).to.deep.equal(d(since));
          expect(r.today).to.deep.equal(d(today));
          expect(r.hours).to.equal(undefined);
        }
      });
    }

    it('refuses a today before the sobriety date (callers use soberTime for input)', () => {
      expect(() => soberBreakdown(d('2024-03-02'), d('2024-03-01'))).to.throw(RangeError);
    });
  });

  describe('anniversary dates', () => {
    const table: [string, { months: number } | { years: number }, string][] = [
      ['2024-02-29', { years: 1 }, '2025-02-28'],
      ['2024-02-29', { years: 4 }, '2028-02-29'],
      ['2024-02-29', { months: 18 }, '2025-08-29'],
      ['2025-01-31', { months: 1 }, '2025-02-28'],
      ['2024-01-31', { months: 1 }, '2024-02-29'],
      ['2024-08-31', { months: 6 }, '2025-02-28'],
      ['2025-01-31', { months: 6 }, '2025-07-31'],
      ['2025-03-31', { months: 6 }, '2025-09-30'],
      ['2024-05-31', { months: 9 }, '2025-02-28'],
      ['2024-03-01', { years: 0 }, '2024-03-01'],
      ['2020-12-31', { years: 10 }, '2030-12-31'],
    ];
    for (const [since, span, expected] of table) {
      it(`${since} + ${JSON.stringify(span)} = ${expected}`, () => {
        expect(formatPlainDate(anniversaryDate(d(since), span))).to.equal(expected);
      });
    }
    it('gives the date of day n', () => {
      expect(formatPlainDate(dayDate(d('2024-12-31'), 90))).to.equal('2025-03-31');
      expect(formatPlainDate(dayDate(d('2024-02-01'), 30))).to.equal('2024-03-02');
      expect(formatPlainDate(dayDate(d('2025-02-01'), 30))).to.equal('2025-03-03');
    });
  });

  describe('time zones', () => {
    it('counts a bare date on the viewer zone calendar, never as UTC midnight', () => {
      // 2024-03-01 20:00 in Los Angeles is already 2024-03-02 in UTC.
      const now = at('2024-03-01', '20:00', 'America/Los_Angeles');
      const r = counting(soberTime({ since: '2024-03-01', now, timeZone: 'America/Los_Angeles' }));
      expect(r.days).to.equal(0);
    });

    // One instant, seen in several zones: the count follows each zone's calendar date.
    const instant = Date.UTC(2024, 2, 2, 3, 0); // 2024-03-02T03:00Z
    const table: [string, string, number][] = [
      ['America/New_York', '2024-03-01', 0],
      ['Pacific/Honolulu', '2024-03-01', 0],
      ['Europe/London', '2024-03-02', 1],
      ['Asia/Tokyo', '2024-03-02', 1],
      ['Pacific/Kiritimati', '2024-03-02', 1],
      ['Asia/Kolkata', '2024-03-02', 1],
    ];
    for (const [tz, today, days] of table) {
      it(`since 2024-03-01 at 2024-03-02T03:00Z in ${tz}: day ${days}`, () => {
        const r = counting(soberTime({ since: '2024-03-01', now: instant, timeZone: tz }));
        expect(formatPlainDate(r.today)).to.equal(today);
        expect(r.days).to.equal(days);
        expect(r.timeZone).to.equal(tz);
      });
    }

    it('a date still in the future in one zone is day 0 in another', () => {
      const now = Date.UTC(2024, 2, 1, 5, 0); // New York midnight, Los Angeles 21:00 the day before
      expect(counting(soberTime({ since: '2024-03-01', now, timeZone: 'America/New_York' })).days).to.equal(0);
      expect(future(soberTime({ since: '2024-03-01', now, timeZone: 'America/Los_Angeles' })).daysUntilStart).to.equal(1);
      expect(counting(soberTime({ since: '2024-03-01', now, timeZone: 'Pacific/Kiritimati' })).days).to.equal(0);
    });

    it('an absolute date-time entered in one zone takes its calendar date in the viewer zone', () => {
      const since = '2024-03-01T23:30:00-08:00'; // 2024-03-02T07:30Z
      const now = Date.UTC(2024, 2, 10, 12, 0);
      const la = counting(soberTime({ since, now, timeZone: 'America/Los_Angeles' }));
      const tokyo = counting(soberTime({ since, now, timeZone: 'Asia/Tokyo' }));
      expect(formatPlainDate(la.sinceDate)).to.equal('2024-03-01');
      expect(formatPlainDate(tokyo.sinceDate)).to.equal('2024-03-02');
      expect(la.days).to.equal(9);
      expect(tokyo.days).to.equal(8);
      // Elapsed real time is the same everywhere: 8 days 4 h 30 min.
      for (const r of [la, tokyo]) {
        expect(r.hours).to.equal(196);
        expect(r.minutes).to.equal(30);
        expect(r.startInstant).to.equal(Date.UTC(2024, 2, 2, 7, 30));
      }
    });

    it('a wall date-time without offset is read in the viewer zone', () => {
      const r = counting(soberTime({ since: '2024-03-01T21:15', now: at('2024-03-02', '09:45', 'Europe/London'), timeZone: 'Europe/London' }));
      expect(r.days).to.equal(1);
      expect([r.hours, r.minutes]).to.deep.equal([12, 30]);
    });
  });

  describe('DST days of 23 and 25 hours', () => {
    // [zone, sobriety date, DST day, hours in that day]
    const table: [string, string, number][] = [
      ['America/New_York', '2024-03-10', 23],
      ['America/New_York', '2024-11-03', 25],
      ['Europe/London', '2024-03-31', 23],
      ['Europe/London', '2024-10-27', 25],
      ['Australia/Lord_Howe', '2024-10-06', 23.5],
      ['Australia/Lord_Howe', '2024-04-07', 24.5],
      ['America/Santiago', '2024-09-08', 23],
      ['America/Havana', '2024-03-10', 23],
    ];
    for (const [tz, day, hours] of table) {
      it(`${tz} ${day} (${hours} h)`, () => {
        const start = startOfDay(d(day), tz);
        const end = startOfDay(addDays(d(day), 1), tz);
        expect((end - start) / HOUR).to.equal(hours);
        // Day 0 all through the short/long day, day 1 from the next midnight on.
        expect(counting(soberTime({ since: day, now: start, timeZone: tz })).days).to.equal(0);
        expect(counting(soberTime({ since: day, now: end - 1, timeZone: tz })).days).to.equal(0);
        expect(counting(soberTime({ since: day, now: end, timeZone: tz })).days).to.equal(1);
        // Starting the day before: the DST day is still exactly one day (a ms / 86,400,000 count fails here).
        const before = formatPlainDate(addDays(d(day), -1));
        expect(counting(soberTime({ since: before, now: end + 30 * 60_000, timeZone: tz })).days).to.equal(2);
        expect(counting(soberTime({ since: before, now: end - 30 * 60_000, timeZone: tz })).days).to.equal(1);
        // A start instant at midnight: real hours elapsed over the DST day.
        const withTime = counting(soberTime({ since: `${day}T00:00`, now: end, timeZone: tz }));
        expect(withTime.days).to.equal(1);
        expect(withTime.hours! + withTime.minutes! / 60).to.equal(hours);
        expect(nextRollover(start, tz)).to.equal(end);
        expect(nextRollover(end - 1, tz)).to.equal(end);
      });
    }
  });

  describe('hours and minutes when a time of day is given', () => {
    const tz = 'America/New_York';
    const table: [string, string, number, number, number][] = [
      ['2026-11-21T18:00', '2026-11-21T18:00', 0, 0, 0],
      ['2026-11-21T18:00', '2026-11-21T20:45', 0, 2, 45],
      ['2026-11-21T18:00', '2026-11-22T00:10', 1, 6, 10],
      ['2026-11-21T18:00', '2026-11-24T17:59', 3, 71, 59],
      ['2026-11-21T18:00:00Z', '2026-11-22T18:00', 1, 29, 0],
    ];
    for (const [since, nowWall, days, hours, minutes] of table) {
      it(`${since} at ${nowWall}: day ${days}, ${hours} h ${minutes} min`, () => {
        const [date, time] = nowWall.split('T');
        const r = counting(soberTime({ since, now: at(date, time, tz), timeZone: tz }));
        expect([r.days, r.hours, r.minutes]).to.deep.equal([days, hours, minutes]);
      });
    }
    it('a start later today is "future" with 0 days to go, never negative hours', () => {
      const r = future(soberTime({ since: '2026-11-21T18:00', now: at('2026-11-21', '12:00', tz), timeZone: tz }));
      expect(r.daysUntilStart).to.equal(0);
      expect(r.startInstant).to.equal(at('2026-11-21', '18:00', tz));
      expect(r).to.not.have.property('hours');
    });
    it('a start in a spring-forward gap moves forward by the gap', () => {
      const r = counting(soberTime({ since: '2024-03-10T02:30', now: at('2024-03-10', '04:30', tz), timeZone: tz }));
      expect([r.hours, r.minutes]).to.deep.equal([1, 0]);
    });
  });

  describe('future dates', () => {
    const tz = 'America/New_York';
    const table: [string, string, number][] = [
      ['2026-11-22', '2026-11-21', 1],
      ['2026-12-25', '2026-11-21', 34],
      ['2027-11-21', '2026-11-21', 365],
      ['2028-02-29', '2027-02-28', 366],
    ];
    for (const [since, today, n] of table) {
      it(`${since} seen on ${today}: starts in ${n} days`, () => {
        const r = future(soberTime({ since, now: at(today, '23:59', tz), timeZone: tz }));
        expect(r.daysUntilStart).to.equal(n);
        expect(r).to.not.have.property('days');
        expect(formatPlainDate(r.sinceDate)).to.equal(since);
      });
    }
    it('turns into day 0 at the local midnight of the date', () => {
      const t = startOfDay(d('2026-12-25'), tz);
      expect(future(soberTime({ since: '2026-12-25', now: t - 1, timeZone: tz })).daysUntilStart).to.equal(1);
      expect(counting(soberTime({ since: '2026-12-25', now: t, timeZone: tz })).days).to.equal(0);
    });
  });

  describe('year bounds', () => {
    it('0001-01-01 as a date, a wall date-time and a UTC date-time give the same count', () => {
      const now = Date.UTC(2025, 5, 15, 12);
      const plain = counting(soberTime({ since: '0001-01-01', now, timeZone: 'UTC' }));
      expect(plain.days).to.equal(739_416);
      for (const since of ['0001-01-01T00:00:00Z', '0001-01-01T00:00:00', '0001-01-01T02:00:00+02:00']) {
        const r = counting(soberTime({ since, now, timeZone: 'UTC' }));
        expect(formatPlainDate(r.sinceDate), since).to.equal('0001-01-01');
        expect(r.days, since).to.equal(739_416);
        expect(r.years, since).to.equal(2024);
        expect(r.hours, since).to.equal(739_416 * 24 + 12);
      }
    });
  });

  describe('invalid input', () => {
    const now = Date.UTC(2026, 10, 21, 12);
    const table: [unknown, string, string][] = [
      ['2025-02-30', 'UTC', 'invalid-date'],
      ['2025-02-29', 'UTC', 'invalid-date'],
      ['yesterday', 'UTC', 'invalid-date'],
      ['', 'UTC', 'invalid-date'],
      ['2025-13-01', 'UTC', 'invalid-date'],
      ['03/01/2024', 'UTC', 'invalid-date'],
      ['2024-3-1', 'UTC', 'invalid-date'],
      [undefined, 'UTC', 'invalid-date'],
      [{ year: 2025, month: 2, day: 29 }, 'UTC', 'invalid-date'],
      ['2025-01-01T25:00', 'UTC', 'invalid-time'],
      ['2025-01-01T10:00+19:00', 'UTC', 'invalid-time'],
      ['2024-03-01', 'Mars/Olympus_Mons', 'invalid-zone'],
      ['2024-03-01', '', 'invalid-zone'],
    ];
    for (const [since, timeZone, code] of table) {
      it(`${JSON.stringify(since)} in ${JSON.stringify(timeZone)}: ${code}`, () => {
        const r = invalid(soberTime({ since: since as string, now, timeZone }));
        expect(r.code).to.equal(code);
      });
    }
    it('rejects a non-finite now', () => {
      expect(invalid(soberTime({ since: '2024-03-01', now: NaN, timeZone: 'UTC' })).code).to.equal('invalid-time');
    });
    it('accepts a PlainDate', () => {
      expect(counting(soberTime({ since: { year: 2026, month: 11, day: 1 }, now, timeZone: 'UTC' })).days).to.equal(20);
    });
  });

  describe('rollover scheduling', () => {
    it('gives the next local midnight, even when the day starts at 01:00', () => {
      const ny = 'America/New_York';
      expect(new Date(nextRollover(at('2024-03-09', '12:00', ny), ny)).toISOString()).to.equal('2024-03-10T05:00:00.000Z');
      expect(new Date(nextRollover(at('2024-03-10', '12:00', ny), ny)).toISOString()).to.equal('2024-03-11T04:00:00.000Z');
      // Santiago moves clocks from 24:00 to 01:00: the day starts at 01:00 local.
      const scl = 'America/Santiago';
      const t = nextRollover(at('2024-09-07', '12:00', scl), scl);
      expect(zonedDateTime(t, scl)).to.include({ year: 2024, month: 9, day: 8, hour: 1, minute: 0 });
      expect(zonedDate(t - 1, scl)).to.deep.equal(d('2024-09-07'));
      expect(nextMinute(Date.UTC(2024, 0, 1, 10, 5, 30))).to.equal(Date.UTC(2024, 0, 1, 10, 6));
      expect(nextMinute(Date.UTC(2024, 0, 1, 10, 5))).to.equal(Date.UTC(2024, 0, 1, 10, 6));
    });
  });

  describe('money and time saved', () => {
    it('multiplies days by the daily amount without float noise', () => {
      expect(moneySaved(3, 0.1)).to.equal(0.3);
      expect(moneySaved(90, 12.5)).to.equal(1125);
      expect(moneySaved(0, 12)).to.equal(0);
      expect(moneySaved(10, -5)).to.equal(0);
      expect(moneySaved(10, NaN)).to.equal(0);
      expect(moneySaved(-3, 5)).to.equal(0);
      expect(hoursSaved(30, 2.5)).to.equal(75);
      expect(hoursSaved(2, 30)).to.equal(48);
      expect(hoursSaved(2, Infinity)).to.equal(0);
      expect(splitHours(75)).to.deep.equal({ days: 3, hours: 3 });
      expect(splitHours(0.5)).to.deep.equal({ days: 0, hours: 0.5 });
      expect(splitHours(-1)).to.deep.equal({ days: 0, hours: 0 });
    });
  });

  describe('properties (seeded PRNG)', () => {
    for (const seed of seedsForRun('sober breakdown')) {
      it(`the breakdown rebuilds today's date (seed ${seed})`, () => {
        const rng = seededRandom(seed);
        const lo = toEpochDay(d('1900-01-01'));
        const hi = toEpochDay(d('2100-12-31'));
        for (let i = 0; i < 5000; i++) {
          // Bias towards month ends and Feb 29 now and then.
          let since: PlainDate = fromEpochDay(rng.int(lo, hi));
          if (rng.next() < 0.2) since = { year: since.year, month: since.month, day: 1 };
          if (rng.next() < 0.25) since = addDays({ ...addMonthsClamped(since, 1), day: 1 }, -1);
          const today = addDays(since, rng.pick([rng.int(0, 62), rng.int(0, 800), rng.int(0, 40000)]));
          const b = soberBreakdown(since, today);
          const msg = `seed ${seed}: ${formatPlainDate(since)} -> ${formatPlainDate(today)}`;
          expect(addDays(addMonthsClamped(since, b.totalMonths), b.remDays), msg).to.deep.equal(today);
          expect(compareDates(addMonthsClamped(since, b.totalMonths + 1), today), msg).to.be.greaterThan(0);
          expect(b.remDays, msg).to.be.at.least(0);
          expect(b.years * 12 + b.months, msg).to.equal(b.totalMonths);
          expect(b.months, msg).to.be.within(0, 11);
          expect(b.days, msg).to.equal(daysBetween(since, today));
        }
      });

      it(`soberTime at random instants in random zones agrees with the zone's calendar (seed ${seed})`, () => {
        const rng = seededRandom(seed);
        const zones = ['America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Pacific/Chatham', 'America/St_Johns', 'UTC'];
        for (let i = 0; i < 400; i++) {
          const tz = rng.pick(zones);
          const now = Date.UTC(2000, 0, 1) + rng.int(0, 30 * 365) * 24 * HOUR + rng.int(0, 24 * 3600) * 1000;
          const today = zonedDate(now, tz);
          const since = addDays(today, rng.int(-3000, 30));
          const r = soberTime({ since: formatPlainDate(since), now, timeZone: tz });
          const msg = `seed ${seed}: ${formatPlainDate(since)} at ${new Date(now).toISOString()} in ${tz}`;
          if (compareDates(since, today) > 0) {
            expect(future(r).daysUntilStart, msg).to.equal(daysBetween(today, since));
          } else {
            expect(counting(r).days, msg).to.equal(daysBetween(since, today));
          }
        }
      });
    }

    const zones = ['America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'America/Santiago', 'America/Havana', 'Asia/Tokyo', 'Pacific/Chatham'];
    for (const tz of zones) {
      it(`grows by exactly one per calendar day through a year of local midnights in ${tz}`, () => {
        const since = '2023-12-31';
        let t = startOfDay(d('2024-01-01'), tz);
        let expected = 1;
        const dayLengths = new Map<number, number>();
        for (let i = 0; i < 366; i++) {
          const r = counting(soberTime({ since, now: t, timeZone: tz }));
          expect(r.days, `${tz} ${new Date(t).toISOString()}`).to.equal(expected);
          const next = nextRollover(t, tz);
          // Just before the next midnight it is still the same day.
          expect(counting(soberTime({ since, now: next - 1, timeZone: tz })).days).to.equal(expected);
          expect(counting(soberTime({ since, now: t + (next - t) / 2, timeZone: tz })).days).to.equal(expected);
          const hours = (next - t) / HOUR;
          dayLengths.set(hours, (dayLengths.get(hours) ?? 0) + 1);
          t = next;
          expected += 1;
        }
        expect(zonedDate(t, tz)).to.deep.equal(d('2025-01-01'));
        const lengths = [...dayLengths.keys()].sort((a, b) => a - b);
        if (tz === 'Asia/Tokyo') expect(lengths).to.deep.equal([24]);
        else if (tz === 'Australia/Lord_Howe') expect(lengths).to.deep.equal([23.5, 24, 24.5]);
        else expect(lengths).to.deep.equal([23, 24, 25]);
      });
    }
  });
});
