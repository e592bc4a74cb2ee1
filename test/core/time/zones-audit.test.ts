/**
 * Adversarial audit of the sober-time engine: zones with odd offsets, days whose midnight does
 * not exist, a skipped calendar day, odd input forms, leap days across centuries.
 *
 * Every expected value here is an independent truth written as a literal: UTC instants from the
 * IANA tz database (checked with Python's zoneinfo, 2024 data) and day counts by hand (checked
 * with Python's datetime), never the engine's own output.
 */
import { expect } from '@open-wc/testing';
import { DateInputError, formatPlainDate, parseInstant, parsePlainDate, startOfDay, zonedDate, zonedDateTime } from '../../../src/core/time/calendar.js';
import { nextRollover, soberBreakdown, soberTime, type SoberTime } from '../../../src/core/time/index.js';
import { counting, future, invalid } from './status.js';

const HOUR = 3600_000;
const d = parsePlainDate;
const utc = (iso: string) => {
  // "2024-03-10T05:00Z" -> epoch ms, without handing a date-only string to Date.
  const m = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)(?::(\d\d))?Z$/.exec(iso)!;
  return Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +(m[6] ?? 0));
};
const iso = (t: number) => new Date(t).toISOString().replace(':00.000Z', 'Z');


describe('core/time audit: odd zones and dates', () => {
  describe('zones with odd offsets: start of day, next midnight, day count', () => {
    // [zone, day, its first instant (UTC), the next day's first instant (UTC), hours in the day]
    const table: [string, string, string, string, number][] = [
      ['Australia/Lord_Howe', '2024-10-06', '2024-10-05T13:30Z', '2024-10-06T13:00Z', 23.5], // +10:30 -> +11 at 02:00
      ['Australia/Lord_Howe', '2024-04-07', '2024-04-06T13:00Z', '2024-04-07T13:30Z', 24.5], // +11 -> +10:30 at 02:00
      ['Pacific/Chatham', '2024-09-29', '2024-09-28T11:15Z', '2024-09-29T10:15Z', 23], // +12:45 -> +13:45
      ['Asia/Kathmandu', '2024-06-02', '2024-06-01T18:15Z', '2024-06-02T18:15Z', 24], // +5:45
      ['America/St_Johns', '2024-03-10', '2024-03-10T03:30Z', '2024-03-11T02:30Z', 23], // -3:30 -> -2:30
      ['America/St_Johns', '2024-11-03', '2024-11-03T02:30Z', '2024-11-04T03:30Z', 25], // -2:30 -> -3:30
      ['Asia/Tehran', '2022-09-21', '2022-09-20T19:30Z', '2022-09-21T20:30Z', 25], // +4:30 -> +3:30 at 24:00
      ['Pacific/Kiritimati', '2024-06-02', '2024-06-01T10:00Z', '2024-06-02T10:00Z', 24], // +14
      ['Pacific/Niue', '2024-06-02', '2024-06-02T11:00Z', '2024-06-03T11:00Z', 24], // -11
      ['Pacific/Pago_Pago', '2024-06-02', '2024-06-02T11:00Z', '2024-06-03T11:00Z', 24], // -11
    ];
    for (const [tz, day, start, next, hours] of table) {
      it(`${tz} ${day} starts at ${start} and lasts ${hours} h`, () => {
        const t0 = utc(start);
        const t1 = utc(next);
        expect(iso(startOfDay(d(day), tz))).to.equal(start);
        expect((t1 - t0) / HOUR).to.equal(hours);
        expect(formatPlainDate(zonedDate(t0, tz))).to.equal(day);
        expect(formatPlainDate(zonedDate(t0 - 1, tz))).to.not.equal(day);
        // The rollover is the next day's first instant, from anywhere in the day.
        for (const now of [t0 - 1, t0, t0 + 1, t0 + 12 * HOUR, t1 - 1]) {
          const expected = now < t0 ? t0 : t1;
          expect(iso(nextRollover(now, tz)), iso(now)).to.equal(iso(expected));
        }
        // Day 0 through the whole day, day 1 from the next first instant; 10 days from 10 days before.
        expect(counting(soberTime({ since: day, now: t0, timeZone: tz })).days).to.equal(0);
        expect(counting(soberTime({ since: day, now: t1 - 1, timeZone: tz })).days).to.equal(0);
        expect(counting(soberTime({ since: day, now: t1, timeZone: tz })).days).to.equal(1);
        expect(future(soberTime({ since: day, now: t0 - 1, timeZone: tz })).daysUntilStart).to.equal(1);
      });
    }

    // One instant, several zones: [zone, local date at 2024-06-01T10:30Z, days since 2024-01-01]
    const instant = utc('2024-06-01T10:30Z');
    const zones: [string, string, number][] = [
      ['Pacific/Kiritimati', '2024-06-02', 153], // 00:30 on the 2nd
      ['Pacific/Chatham', '2024-06-01', 152], // 22:15 (+12:45 in winter)
      ['Asia/Kathmandu', '2024-06-01', 152], // 16:15
      ['Pacific/Niue', '2024-05-31', 151], // 23:30 the day before
      ['Pacific/Pago_Pago', '2024-05-31', 151],
      ['America/St_Johns', '2024-06-01', 152], // 08:00 (-2:30)
      ['Australia/Lord_Howe', '2024-06-01', 152], // 21:00 (+10:30)
      ['Etc/GMT+5', '2024-06-01', 152], // UTC-5 (the sign is inverted): 05:30
      ['Etc/GMT-14', '2024-06-02', 153], // UTC+14: 00:30 next day
      ['UTC', '2024-06-01', 152],
    ];
    for (const [tz, date, days] of zones) {
      it(`at 2024-06-01T10:30Z it is ${date} in ${tz}: day ${days}`, () => {
        const r = counting(soberTime({ since: '2024-01-01', now: instant, timeZone: tz }));
        expect(formatPlainDate(r.today)).to.equal(date);
        expect(r.days).to.equal(days);
      });
    }
  });

  describe('days whose local midnight does not exist (DST starts at 00:00)', () => {
    // [zone, the day before, the day with no 00:00, its first instant (UTC, 01:00 local), the next day's first instant]
    const table: [string, string, string, string, string][] = [
      ['America/Sao_Paulo', '2018-11-03', '2018-11-04', '2018-11-04T03:00Z', '2018-11-05T02:00Z'],
      ['America/Havana', '2024-03-09', '2024-03-10', '2024-03-10T05:00Z', '2024-03-11T04:00Z'],
      ['Asia/Beirut', '2024-03-30', '2024-03-31', '2024-03-30T22:00Z', '2024-03-31T21:00Z'],
      ['America/Santiago', '2024-09-07', '2024-09-08', '2024-09-08T04:00Z', '2024-09-09T03:00Z'],
      ['America/Asuncion', '2024-10-05', '2024-10-06', '2024-10-06T04:00Z', '2024-10-07T03:00Z'],
      ['Asia/Tehran', '2022-03-21', '2022-03-22', '2022-03-21T20:30Z', '2022-03-22T19:30Z'],
    ];
    for (const [tz, before, day, first, next] of table) {
      it(`${tz} ${day}: the day starts at 01:00 (${first}); the rollover is that instant, in the future, and adds one day`, () => {
        const t0 = utc(first);
        const t1 = utc(next);
        expect(iso(startOfDay(d(day), tz))).to.equal(first);
        expect(zonedDateTime(t0, tz)).to.deep.equal({ ...d(day), hour: 1, minute: 0, second: 0 });
        expect(formatPlainDate(zonedDate(t0 - 1, tz))).to.equal(before);
        const beforeStart = startOfDay(d(before), tz);
        // From anywhere in the day before (its start, noon, the last millisecond): the first instant, strictly ahead.
        for (const now of [beforeStart, beforeStart + 12 * HOUR, t0 - 1]) {
          const r = nextRollover(now, tz);
          expect(iso(r), iso(now)).to.equal(first);
          expect(r - now).to.be.greaterThan(0);
        }
        // From the first instant on: the next day, never the same instant again (no zero-delay loop).
        expect((t1 - t0) / HOUR, 'a 23-hour day').to.equal(23);
        expect(iso(nextRollover(t0, tz))).to.equal(next);
        expect(iso(nextRollover(t0 + HOUR, tz))).to.equal(next);
        // Walking rollover to rollover from the day before: strictly increasing, +1 day each time.
        const since = formatPlainDate({ ...d(before), day: 1 });
        let now = beforeStart;
        let days = counting(soberTime({ since, now, timeZone: tz })).days;
        const seen: string[] = [];
        for (let i = 0; i < 3; i++) {
          const r = nextRollover(now, tz);
          expect(r).to.be.greaterThan(now);
          expect(counting(soberTime({ since, now: r - 1, timeZone: tz })).days).to.equal(days);
          expect(counting(soberTime({ since, now: r, timeZone: tz })).days).to.equal(days + 1);
          seen.push(iso(r));
          now = r;
          days += 1;
        }
        expect(seen.slice(0, 2)).to.deep.equal([first, next]);
        // A sobriety date on the day with no midnight: future until 01:00, then day 0.
        expect(future(soberTime({ since: day, now: t0 - 1, timeZone: tz })).daysUntilStart).to.equal(1);
        expect(counting(soberTime({ since: day, now: t0, timeZone: tz })).days).to.equal(0);
        // A wall time of 00:30 on that day does not exist: moved forward by the gap to 01:30.
        const r = counting(soberTime({ since: `${day}T00:30`, now: t0 + HOUR, timeZone: tz }));
        expect([r.days, r.hours, r.minutes]).to.deep.equal([0, 0, 30]);
      });
    }
  });

  describe('Pacific/Apia skipped 2011-12-30 (UTC-10 -> UTC+14)', () => {
    // Calendar-day counting (DOMAIN.md §2: whole calendar days between dates), so the skipped
    // date still counts as a day. 2011-12-29 00:00 local = 10:00Z; 2011-12-31 00:00 = 2011-12-30T10:00Z.
    const tz = 'Pacific/Apia';
    const dec29noon = utc('2011-12-29T22:00Z');
    const dec31start = utc('2011-12-30T10:00Z');
    const dec31noon = utc('2011-12-30T22:00Z');
    const jan1start = utc('2011-12-31T10:00Z');
    // [since, now, status, days or days until start, hours, minutes]
    const table: [string, number, 'counting' | 'future', number, number?, number?][] = [
      ['2011-12-29', dec29noon, 'counting', 0],
      ['2011-12-29', dec31start, 'counting', 2],
      ['2011-12-29', jan1start, 'counting', 3],
      ['2011-12-31', dec31start, 'counting', 0],
      ['2011-12-31', dec29noon, 'future', 2],
      ['2011-12-30', dec29noon, 'future', 1],
      ['2011-12-30', dec31start, 'counting', 1],
      ['2011-12-30', jan1start, 'counting', 2],
      ['2011-12-28', dec31noon, 'counting', 3],
      // A wall time on the skipped day is moved forward by the 24-hour gap: 2011-12-31 12:00.
      ['2011-12-30T12:00', dec31noon, 'counting', 1, 0, 0],
      ['2011-12-30T12:00', jan1start, 'counting', 2, 12, 0],
      ['2011-12-29T23:59', dec31start, 'counting', 2, 0, 1],
      ['2011-12-29T12:00-10:00', dec31noon, 'counting', 2, 24, 0],
    ];
    for (const [since, now, status, n, hours, minutes] of table) {
      it(`since ${since} at ${iso(now)}: ${status} ${n}`, () => {
        const r = soberTime({ since, now, timeZone: tz });
        if (status == 'future') {
          expect(future(r).daysUntilStart).to.equal(n);
        } else {
          const c = counting(r);
          expect(c.days).to.equal(n);
          if (hours !== undefined) expect([c.hours, c.minutes]).to.deep.equal([hours, minutes]);
        }
      });
    }
    it('the start of the skipped day is the first instant of the next one; rollovers skip it', () => {
      expect(iso(startOfDay(d('2011-12-30'), tz))).to.equal('2011-12-30T10:00Z');
      expect(iso(nextRollover(dec29noon, tz))).to.equal('2011-12-30T10:00Z');
      expect(iso(nextRollover(dec31start, tz))).to.equal('2011-12-31T10:00Z');
      expect(iso(nextRollover(dec31start - 1, tz))).to.equal('2011-12-30T10:00Z');
    });
  });

  describe('date-time input forms (America/New_York, now 2024-12-15T12:00Z = 07:00 EST)', () => {
    const tz = 'America/New_York';
    const now = utc('2024-12-15T12:00Z');
    // [input, days, hours, minutes] for a count; hand-computed (03-01 -> 12-15 is 289 days).
    const ok: [string, number, number?, number?, string?][] = [
      ['2024-03-10T02:30', 280, 6724, 30, 'nonexistent: 03:30 EDT = 07:30Z'],
      ['2024-11-03T01:30', 42, 1014, 30, 'ambiguous: the earlier, EDT = 05:30Z'],
      ['2024-11-03T01:30-05:00', 42, 1013, 30, 'ambiguous, made explicit: EST = 06:30Z'],
      ['2024-03-01T22:00-05:00', 289, 6921, 0, '03:00Z on the 2nd, still the 1st in New York'],
      ['2024-03-01T22:00Z', 289, 6926, 0, '17:00 EST'],
      ['2024-03-01T22:00z', 289, 6926, 0],
      ['2024-03-01t22:00', 289, 6921, 0],
      ['2024-03-01 22:00', 289, 6921, 0],
      ['2024-03-01T22:00:15', 289, 6920, 59],
      ['2024-03-01T22:00:15.123456789', 289, 6920, 59],
      ['2024-03-02T04:30+05:30', 289, 6925, 0, '23:00Z on the 1st'],
      ['2024-03-02T04:30+0530', 289, 6925, 0],
      ['2024-03-01T22:00-00:00', 289, 6926, 0],
      [' 2024-03-01 ', 289],
      ['\t2024-03-01\n', 289],
      ['0999-01-01', 374722, undefined, undefined, 'a year below 1000'],
      ['2024-12-15T07:00', 0, 0, 0, 'since = now'],
      ['2024-12-15T12:00:00Z', 0, 0, 0, 'since = now'],
      ['1924-12-15', 36525, undefined, undefined, '100 years'],
    ];
    for (const [since, days, hours, minutes, note] of ok) {
      it(`${JSON.stringify(since)}: day ${days}${hours === undefined ? '' : `, ${hours} h ${minutes} min`}${note ? ` (${note})` : ''}`, () => {
        const r = counting(soberTime({ since, now, timeZone: tz }));
        expect(r.days).to.equal(days);
        expect(r.hours).to.equal(hours);
        expect(r.minutes).to.equal(minutes);
      });
    }
    it('1924-12-15 to 2024-12-15 is exactly 100 years', () => {
      const r = counting(soberTime({ since: '1924-12-15', now, timeZone: tz }));
      expect([r.years, r.months, r.remDays]).to.deep.equal([100, 0, 0]);
    });
    // [input, days until start]
    const ahead: [string, number][] = [
      ['2024-12-16', 1],
      ['2024-12-16T00:00', 1],
      ['2024-12-15T07:01', 0],
      ['2024-12-15T12:00:01Z', 0],
      ['9999-12-31', 2912824],
    ];
    for (const [since, n] of ahead) {
      it(`${JSON.stringify(since)}: starts in ${n} days`, () => {
        const r = future(soberTime({ since, now, timeZone: tz }));
        expect(r.daysUntilStart).to.equal(n);
        expect(r).to.not.have.property('days');
        expect(r).to.not.have.property('hours');
      });
    }
    // [input, code]
    const bad: [string, string][] = [
      ['10000-01-01', 'invalid-date'],
      ['+002024-03-01', 'invalid-date'],
      ['-000001-01-01', 'invalid-date'],
      ['0000-01-01', 'invalid-date'],
      ['2024-2-3', 'invalid-date'],
      ['2024-03-01T22', 'invalid-date'],
      ['2024-03-01T22:00+05', 'invalid-date'],
      ['2024-03-01T22:00:15,5', 'invalid-date'],
      ['2024-03-01T', 'invalid-date'],
      ['2024-03-01Z', 'invalid-date'],
      ['２０２４-03-01', 'invalid-date'],
      ['2024-03-01T24:00', 'invalid-time'],
      ['2024-03-01T23:60', 'invalid-time'],
      ['2024-03-01T23:59:60', 'invalid-time'],
      ['2024-03-01T22:00+19:00', 'invalid-time'],
      ['2024-03-01T22:00+05:60', 'invalid-time'],
    ];
    for (const [since, code] of bad) {
      it(`${JSON.stringify(since)}: ${code}`, () => {
        expect(invalid(soberTime({ since, now, timeZone: tz })).code).to.equal(code);
      });
    }
  });

  describe('leap days across centuries, month ends', () => {
    // [since, today, days, years, months, remDays]: days checked with Python's datetime.
    const table: [string, string, number, number, number, number][] = [
      ['2000-02-29', '2001-02-28', 365, 1, 0, 0],
      ['2000-02-29', '2100-02-27', 36523, 99, 11, 29],
      ['2000-02-29', '2100-02-28', 36524, 100, 0, 0], // 2100 is not a leap year
      ['2000-02-29', '2100-03-01', 36525, 100, 0, 1],
      ['1896-02-29', '1900-02-28', 1460, 4, 0, 0], // nor is 1900
      ['1896-02-29', '1900-03-01', 1461, 4, 0, 1],
      ['1896-02-29', '1904-02-29', 2921, 8, 0, 0],
      ['2096-02-29', '2100-02-27', 1459, 3, 11, 29],
      ['2096-02-29', '2100-02-28', 1460, 4, 0, 0],
      ['2096-02-29', '2104-02-29', 2921, 8, 0, 0],
      ['2000-01-31', '2000-02-28', 28, 0, 0, 28], // 2000 is a leap year
      ['2000-01-31', '2000-02-29', 29, 0, 1, 0],
      ['2100-01-31', '2100-02-28', 28, 0, 1, 0],
      ['1900-01-31', '1900-03-01', 29, 0, 1, 1],
    ];
    for (const [since, today, days, years, months, remDays] of table) {
      it(`${since} -> ${today}: ${days} d = ${years} y ${months} m ${remDays} d`, () => {
        const b = soberBreakdown(d(since), d(today));
        expect([b.days, b.years, b.months, b.remDays]).to.deep.equal([days, years, months, remDays]);
      });
    }
  });

  describe('zone names', () => {
    const now = utc('2024-12-15T02:00Z');
    // [zone, local date, next local midnight (UTC)]; the count is from 2024-12-01.
    const table: [string, string, string][] = [
      ['UTC', '2024-12-15', '2024-12-16T00:00Z'],
      ['Etc/GMT+5', '2024-12-14', '2024-12-15T05:00Z'], // POSIX sign: UTC-5
      ['Etc/GMT-14', '2024-12-15', '2024-12-15T10:00Z'], // UTC+14
      ['US/Eastern', '2024-12-14', '2024-12-15T05:00Z'], // a link to America/New_York
      ['Asia/Calcutta', '2024-12-15', '2024-12-15T18:30Z'], // a link to Asia/Kolkata
      ['america/new_york', '2024-12-14', '2024-12-15T05:00Z'], // IANA names are case-insensitive
    ];
    for (const [tz, date, next] of table) {
      it(`${tz}: ${date}, next midnight ${next}`, () => {
        const r = counting(soberTime({ since: '2024-12-01', now, timeZone: tz }));
        expect(formatPlainDate(r.today)).to.equal(date);
        expect(r.days).to.equal(daysFromDec1(date));
        expect(iso(nextRollover(now, tz))).to.equal(next);
      });
    }
    const daysFromDec1 = (date: string) => d(date).day - 1;
    for (const tz of ['Mars/Olympus_Mons', 'Etc/Unknown', 'America/New York', ' UTC', 'Local', '', 'EST5EDT\u0000']) {
      it(`${JSON.stringify(tz)} is invalid-zone, and nextRollover throws the typed error`, () => {
        expect(invalid(soberTime({ since: '2024-12-01', now, timeZone: tz })).code).to.equal('invalid-zone');
        expect(() => nextRollover(now, tz)).to.throw(DateInputError);
      });
    }
  });
});

describe('core/time audit: now at the edges of the Date range', () => {
  // JavaScript dates reach ±8.64e15 ms (±100,000,000 days from 1970). Beyond that there is no
  // calendar date: soberTime says invalid-time, as for NaN, and never throws (its contract).
  const MAX = 8.64e15;
  for (const now of [MAX + 1, -MAX - 1, 1e16, Number.MAX_VALUE, -Number.MAX_VALUE]) {
    it(`now = ${now}: invalid-time, no throw`, () => {
      let r: SoberTime | undefined;
      expect(() => (r = soberTime({ since: '2024-01-01', now, timeZone: 'UTC' }))).to.not.throw();
      expect(invalid(r!).code).to.equal('invalid-time');
    });
  }
  it('the last and first representable instants still count', () => {
    // +275760-09-13T00:00Z is day 100,000,000 after 1970-01-01; 2024-01-01 is day 19,723.
    const last = counting(soberTime({ since: '2024-01-01', now: MAX, timeZone: 'UTC' }));
    expect(last.days).to.equal(100_000_000 - 19_723);
    expect(future(soberTime({ since: '2024-01-01', now: -MAX, timeZone: 'UTC' })).daysUntilStart).to.equal(100_000_000 + 19_723);
  });
});

describe('core/time audit: fractional seconds are part of the instant', () => {
  // "2024-12-15T12:00:59.999Z" -> epoch ms (integer parts only, no float rounding).
  const at = (s: string) => utc(s.slice(0, 16) + 'Z') + +s.slice(17, 19) * 1000 + +s.slice(20, 23);
  // [since, now (UTC, with seconds), status, hours, minutes]: elapsed time by hand.
  const table: [string, string, 'counting' | 'future', number?, number?][] = [
    ['2024-12-15T11:59:59.999Z', '2024-12-15T12:00:59.000Z', 'counting', 0, 0], // 59.001 s
    ['2024-12-15T11:59:59.999Z', '2024-12-15T12:00:59.999Z', 'counting', 0, 1], // 60 s
    ['2024-12-15T12:00:00.5Z', '2024-12-15T12:00:00.200Z', 'future'], // 0.3 s to go
    ['2024-12-15T12:00:00.5Z', '2024-12-15T12:00:00.500Z', 'counting', 0, 0],
    ['2024-03-01T22:00:00.5-05:00', '2024-12-15T12:00:00.000Z', 'counting', 6920, 59], // 6921 h less half a second
    ['2024-12-15T06:59:59.75', '2024-12-15T12:00:59.500Z', 'counting', 0, 0], // wall time in New York: 59.75 s
  ];
  for (const [since, now, status, hours, minutes] of table) {
    it(`since ${since} at ${now}: ${status}${hours === undefined ? '' : ` ${hours} h ${minutes} min`}`, () => {
      const r = soberTime({ since, now: at(now), timeZone: 'America/New_York' });
      if (status == 'future') {
        expect(future(r).daysUntilStart).to.equal(0);
      } else {
        const c = counting(r);
        expect([c.hours, c.minutes]).to.deep.equal([hours, minutes]);
      }
    });
  }
  it('parses milliseconds exactly, and nanoseconds to the millisecond', () => {
    expect(parseInstant('2024-12-15T12:00:01.123Z', 'UTC') - utc('2024-12-15T12:00Z')).to.equal(1123);
    expect(parseInstant('2024-12-15T12:00:01.005Z', 'UTC') - utc('2024-12-15T12:00Z')).to.equal(1005);
    expect(parseInstant('2024-12-15T12:00:59.999999999Z', 'UTC') - utc('2024-12-15T12:00Z')).to.equal(59999);
    expect(parseInstant('2024-12-15T12:00:59.0001Z', 'UTC') - utc('2024-12-15T12:00Z')).to.equal(59000);
    expect(parseInstant('0001-01-01T00:00:00.25Z', 'UTC') - parseInstant('0001-01-01T00:00:00Z', 'UTC')).to.equal(250);
    expect(parseInstant('2024-11-03T01:30:00.5', 'America/New_York') - utc('2024-11-03T05:30Z')).to.equal(500);
  });
});
