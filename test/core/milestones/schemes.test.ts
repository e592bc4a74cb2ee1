import { expect } from '@open-wc/testing';
import {
  addDays,
  compareDates,
  formatPlainDate,
  fromEpochDay,
  parsePlainDate,
  toEpochDay,
  zonedToInstant,
  type PlainDate,
} from '../../../src/core/time/calendar.js';
import { soberBreakdown, soberTime } from '../../../src/core/time/sober.js';
import {
  AA_SCHEME,
  BUILT_IN_SCHEMES,
  DEFAULT_SCHEME,
  NA_SCHEME,
  findMilestone,
  getScheme,
  milestoneDate,
  milestoneStatus,
  milestoneTimeline,
  milestonesBetween,
  milestonesReached,
  nextMilestone,
  parseScheme,
  reachedMilestone,
  type MilestoneScheme,
} from '../../../src/core/milestones/index.js';
import { contrastRatio } from '../../../src/core/color.js';
import { seededRandom, seedsForRun } from '../time/prng.js';

const d = parsePlainDate;
const ids = (xs: { milestone: { id: string } }[]) => xs.map((x) => x.milestone.id);

describe('core/milestones/schemes', () => {
  describe('built-in schemes', () => {
    it('has the NA keytags of DOMAIN.md §3 with their colours', () => {
      expect(NA_SCHEME.milestones.map((m) => [m.id, m.days ?? `${m.months} mo`, m.tag])).to.deep.equal([
        ['na-welcome', 0, 'white'],
        ['na-30d', 30, 'orange'],
        ['na-60d', 60, 'green'],
        ['na-90d', 90, 'red'],
        ['na-6m', '6 mo', 'blue'],
        ['na-9m', '9 mo', 'yellow'],
        ['na-1y', '12 mo', 'glow'],
        ['na-18m', '18 mo', 'grey'],
      ]);
      expect(NA_SCHEME.repeat).to.include({ fromMonths: 24, everyMonths: 12, tag: 'black' });
    });

    it('has AA chips: 24 hours, 30/60/90 days, 6/9 months, then yearly medallions', () => {
      expect(AA_SCHEME.milestones.map((m) => m.id)).to.deep.equal(['aa-24h', 'aa-30d', 'aa-60d', 'aa-90d', 'aa-6m', 'aa-9m']);
      expect(AA_SCHEME.milestones[0].days).to.equal(1);
      expect(AA_SCHEME.repeat).to.include({ fromMonths: 12, everyMonths: 12, tag: 'bronze' });
    });

    it('gives every built-in milestone a text colour with at least 4.5:1 contrast', () => {
      for (const scheme of Object.values(BUILT_IN_SCHEMES)) {
        const all = [...milestoneTimeline(scheme, d('2000-01-01'))].slice(0, 20).map((o) => o.milestone);
        for (const m of all) {
          expect(m.color, m.id).to.match(/^#[0-9a-f]{6}$/);
          expect(contrastRatio(m.color, m.textColor), m.id).to.be.at.least(4.5);
        }
      }
    });

    it('finds schemes by id', () => {
      expect(getScheme('na')).to.equal(NA_SCHEME);
      expect(getScheme(' AA ')).to.equal(AA_SCHEME);
      expect(getScheme('default')).to.equal(DEFAULT_SCHEME);
      expect(getScheme('toString')).to.equal(undefined);
      expect(getScheme('')).to.equal(undefined);
      expect(getScheme(null)).to.equal(undefined);
    });

    it('finds milestones by id, repeated ones included', () => {
      expect(findMilestone(NA_SCHEME, 'na-30d')?.days).to.equal(30);
      expect(findMilestone(NA_SCHEME, 'na-years-7')).to.include({ months: 84, tag: 'black' });
      expect(findMilestone(NA_SCHEME, 'na-years-1')).to.equal(undefined);
      expect(findMilestone(NA_SCHEME, 'na-years-007')).to.equal(undefined);
      expect(findMilestone(NA_SCHEME, 'na-years-x')).to.equal(undefined);
      expect(findMilestone(AA_SCHEME, 'aa-years-1')).to.include({ months: 12, tag: 'bronze' });
      expect(findMilestone(AA_SCHEME, 'nope')).to.equal(undefined);
    });
  });

  describe('thresholds at exact boundary days', () => {
    // [scheme, since, today, reached id, next id, days until next]
    const table: [MilestoneScheme, string, string, string | undefined, string | undefined, number | undefined][] = [
      [NA_SCHEME, '2024-01-01', '2024-01-01', 'na-welcome', 'na-30d', 30],
      [NA_SCHEME, '2024-01-01', '2024-01-30', 'na-welcome', 'na-30d', 1], // day 29
      [NA_SCHEME, '2024-01-01', '2024-01-31', 'na-30d', 'na-60d', 30], // day 30
      [NA_SCHEME, '2024-01-01', '2024-02-01', 'na-30d', 'na-60d', 29], // day 31
      [NA_SCHEME, '2024-01-01', '2024-02-29', 'na-30d', 'na-60d', 1], // day 59
      [NA_SCHEME, '2024-01-01', '2024-03-01', 'na-60d', 'na-90d', 30], // day 60
      [NA_SCHEME, '2024-01-01', '2024-03-30', 'na-60d', 'na-90d', 1], // day 89
      [NA_SCHEME, '2024-01-01', '2024-03-31', 'na-90d', 'na-6m', 92], // day 90
      [NA_SCHEME, '2024-01-01', '2024-06-30', 'na-90d', 'na-6m', 1],
      [NA_SCHEME, '2024-01-01', '2024-07-01', 'na-6m', 'na-9m', 92],
      [NA_SCHEME, '2024-01-01', '2024-10-01', 'na-9m', 'na-1y', 92],
      [NA_SCHEME, '2024-01-01', '2025-01-01', 'na-1y', 'na-18m', 181],
      [NA_SCHEME, '2024-01-01', '2025-07-01', 'na-18m', 'na-years-2', 184],
      [NA_SCHEME, '2024-01-01', '2026-01-01', 'na-years-2', 'na-years-3', 365],
      // 30 days in a 28-day February: day counts, not months.
      [NA_SCHEME, '2025-02-01', '2025-03-02', 'na-welcome', 'na-30d', 1],
      [NA_SCHEME, '2025-02-01', '2025-03-03', 'na-30d', 'na-60d', 30],
      // 6 months on Aug 31 and Jan 31 dates: clamped anniversaries.
      [NA_SCHEME, '2024-08-31', '2025-02-27', 'na-90d', 'na-6m', 1],
      [NA_SCHEME, '2024-08-31', '2025-02-28', 'na-6m', 'na-9m', 92],
      [NA_SCHEME, '2023-08-31', '2024-02-28', 'na-90d', 'na-6m', 1],
      [NA_SCHEME, '2023-08-31', '2024-02-29', 'na-6m', 'na-9m', 92],
      [NA_SCHEME, '2025-01-31', '2025-07-30', 'na-90d', 'na-6m', 1],
      [NA_SCHEME, '2025-01-31', '2025-07-31', 'na-6m', 'na-9m', 92],
      [NA_SCHEME, '2024-05-31', '2025-02-28', 'na-9m', 'na-1y', 92],
      // 1 year on Feb 29: Feb 28 in common years, Feb 29 in leap years.
      [NA_SCHEME, '2024-02-29', '2025-02-27', 'na-9m', 'na-1y', 1],
      [NA_SCHEME, '2024-02-29', '2025-02-28', 'na-1y', 'na-18m', 182],
      [NA_SCHEME, '2024-02-29', '2026-02-28', 'na-years-2', 'na-years-3', 365],
      [NA_SCHEME, '2024-02-29', '2028-02-28', 'na-years-3', 'na-years-4', 1],
      [NA_SCHEME, '2024-02-29', '2028-02-29', 'na-years-4', 'na-years-5', 365],
      [NA_SCHEME, '2000-01-01', '2026-11-21', 'na-years-26', 'na-years-27', 41],
      // AA
      [AA_SCHEME, '2024-03-01', '2024-03-01', undefined, 'aa-24h', 1],
      [AA_SCHEME, '2024-03-01', '2024-03-02', 'aa-24h', 'aa-30d', 29],
      [AA_SCHEME, '2024-03-01', '2024-03-31', 'aa-30d', 'aa-60d', 30],
      [AA_SCHEME, '2024-03-01', '2024-11-30', 'aa-6m', 'aa-9m', 1],
      [AA_SCHEME, '2024-03-01', '2025-02-28', 'aa-9m', 'aa-years-1', 1],
      [AA_SCHEME, '2024-03-01', '2025-03-01', 'aa-years-1', 'aa-years-2', 365],
      [AA_SCHEME, '2024-02-29', '2025-02-28', 'aa-years-1', 'aa-years-2', 365],
      // default
      [DEFAULT_SCHEME, '2024-03-01', '2024-03-01', undefined, 'default-1d', 1],
      [DEFAULT_SCHEME, '2024-03-01', '2024-03-08', 'default-7d', 'default-30d', 23],
      [DEFAULT_SCHEME, '2024-03-01', '2026-03-01', 'default-years-2', 'default-years-3', 365],
    ];
    for (const [scheme, since, today, reached, next, daysUntil] of table) {
      it(`${scheme.id} ${since} on ${today}: reached ${reached}, next ${next} in ${daysUntil} d`, () => {
        const r = reachedMilestone(scheme, d(since), d(today));
        const n = nextMilestone(scheme, d(since), d(today));
        expect(r?.milestone.id).to.equal(reached);
        expect(n?.milestone.id).to.equal(next);
        expect(n?.daysUntil).to.equal(daysUntil);
        expect(formatPlainDate(addDays(d(today), n!.daysUntil))).to.equal(formatPlainDate(n!.date));
        if (r) expect(compareDates(r.date, d(today))).to.be.at.most(0);
      });
    }
  });

  describe('timeline', () => {
    it('orders day and month milestones by their dates for each sobriety date', () => {
      const { scheme } = parseScheme([
        { days: 30, label: '30 days' },
        { months: 1, label: 'one month' },
      ]);
      // Jan: 1 month = day 31, after day 30. Feb 2025: 1 month = day 28, before day 30.
      expect(ids([...milestoneTimeline(scheme, d('2025-01-01'))])).to.deep.equal(['custom-d30', 'custom-m1']);
      expect(ids([...milestoneTimeline(scheme, d('2025-02-01'))])).to.deep.equal(['custom-m1', 'custom-d30']);
      const feb = [...milestoneTimeline(scheme, d('2025-02-01'))];
      expect(feb.map((o) => [formatPlainDate(o.date), o.day])).to.deep.equal([
        ['2025-03-01', 28],
        ['2025-03-03', 30],
      ]);
    });

    it('recurs yearly to infinity, lazily', () => {
      const it = milestoneTimeline(NA_SCHEME, d('1950-02-28'));
      const first = Array.from({ length: 120 }, () => it.next().value!);
      const black = first.filter((o) => o.milestone.tag === 'black');
      expect(black.length).to.equal(112);
      black.forEach((o, i) => {
        expect(o.milestone.id).to.equal(`na-years-${i + 2}`);
        expect(o.milestone.months).to.equal((i + 2) * 12);
        expect(formatPlainDate(o.date)).to.equal(`${1950 + i + 2}-02-28`);
      });
    });

    it('stops at year 9999', () => {
      expect([...milestoneTimeline(AA_SCHEME, d('9990-06-15'))].length).to.equal(6 + 9);
    });

    it('reaches nothing before the sobriety date', () => {
      expect(reachedMilestone(NA_SCHEME, d('2026-12-25'), d('2026-11-21'))).to.equal(undefined);
      const n = nextMilestone(NA_SCHEME, d('2026-12-25'), d('2026-11-21'));
      expect(n?.milestone.id).to.equal('na-welcome');
      expect(n?.daysUntil).to.equal(34);
    });

    it('ends when a scheme without repeats is done', () => {
      const { scheme } = parseScheme([{ days: 10, label: 'ten' }]);
      expect(nextMilestone(scheme, d('2024-01-01'), d('2024-01-11'))).to.equal(undefined);
      expect(reachedMilestone(scheme, d('2024-01-01'), d('2030-01-01'))?.milestone.id).to.equal('custom-d10');
    });

    it('gives the date of any milestone', () => {
      expect(formatPlainDate(milestoneDate({ months: 12 }, d('2024-02-29')))).to.equal('2025-02-28');
      expect(formatPlainDate(milestoneDate({ months: 1 }, d('2024-01-31')))).to.equal('2024-02-29');
      expect(formatPlainDate(milestoneDate({ days: 90 }, d('2024-01-01')))).to.equal('2024-03-31');
    });
  });

  describe('milestones reached while the page is open', () => {
    const since = d('2024-01-01');
    it('lists what was crossed between two dates (after from, up to to)', () => {
      expect(ids(milestonesBetween(NA_SCHEME, since, d('2024-01-30'), d('2024-01-31')))).to.deep.equal(['na-30d']);
      expect(ids(milestonesBetween(NA_SCHEME, since, d('2024-01-31'), d('2024-01-31')))).to.deep.equal([]);
      expect(ids(milestonesBetween(NA_SCHEME, since, d('2024-01-31'), d('2024-02-01')))).to.deep.equal([]);
      expect(ids(milestonesBetween(NA_SCHEME, since, d('2024-02-01'), d('2024-01-01')))).to.deep.equal([]);
      expect(ids(milestonesBetween(NA_SCHEME, since, d('2023-12-31'), d('2024-01-01')))).to.deep.equal(['na-welcome']);
      expect(ids(milestonesBetween(NA_SCHEME, since, d('2024-02-15'), d('2024-07-01')))).to.deep.equal(['na-60d', 'na-90d', 'na-6m']);
    });
    it('lists all reached from the start', () => {
      expect(ids(milestonesReached(NA_SCHEME, since, d('2026-01-01')))).to.deep.equal([
        'na-welcome',
        'na-30d',
        'na-60d',
        'na-90d',
        'na-6m',
        'na-9m',
        'na-1y',
        'na-18m',
        'na-years-2',
      ]);
      expect(milestonesReached(NA_SCHEME, since, d('2023-12-31'))).to.deep.equal([]);
    });
    it('keeps ties: 365 days and 12 months on the same day are both reached', () => {
      const { scheme } = parseScheme([
        { months: 12, label: 'a year' },
        { days: 365, label: '365' },
      ]);
      expect(ids(milestonesBetween(scheme, d('2025-01-01'), d('2025-12-31'), d('2026-01-01')))).to.deep.equal(['custom-d365', 'custom-m12']);
    });
  });

  describe('status from soberTime', () => {
    const tz = 'America/Chicago';
    const now = zonedToInstant({ year: 2024, month: 3, day: 31, hour: 23, minute: 59 }, tz);
    it('gives reached and next for a counting result', () => {
      const s = milestoneStatus(NA_SCHEME, soberTime({ since: '2024-01-01', now, timeZone: tz }));
      expect(s.reached?.milestone.id).to.equal('na-90d');
      expect(s.next?.milestone.id).to.equal('na-6m');
      expect(s.next?.daysUntil).to.equal(92);
    });
    it('gives the first milestone for a future date, even one on the start date', () => {
      const s = milestoneStatus(NA_SCHEME, soberTime({ since: '2024-04-02', now, timeZone: tz }));
      expect(s.reached).to.equal(undefined);
      expect(s.next?.milestone.id).to.equal('na-welcome');
      expect(s.next?.daysUntil).to.equal(2);
      const later = milestoneStatus(NA_SCHEME, soberTime({ since: '2024-03-31T23:59:30', now, timeZone: tz }));
      expect(later.next?.daysUntil).to.equal(0);
    });
    it('gives nothing for invalid input', () => {
      expect(milestoneStatus(NA_SCHEME, soberTime({ since: '2025-02-30', now, timeZone: tz }))).to.deep.equal({});
    });
  });

  describe('properties (seeded PRNG)', () => {
    for (const seed of seedsForRun('milestones')) {
      it(`reached/next bracket today and month milestones fall on breakdown anniversaries (seed ${seed})`, () => {
        const rng = seededRandom(seed);
        const schemes = Object.values(BUILT_IN_SCHEMES);
        for (let i = 0; i < 1500; i++) {
          const scheme = rng.pick(schemes);
          let since: PlainDate = fromEpochDay(rng.int(toEpochDay(d('1950-01-01')), toEpochDay(d('2030-12-31'))));
          if (rng.next() < 0.3) since = addDays({ year: since.year, month: rng.pick([2, 3, 4, 6, 9]), day: 1 }, -rng.int(1, 2)); // month ends
          if (rng.next() < 0.1) since = { year: 2000 + 4 * rng.int(0, 10), month: 2, day: 29 };
          const today = addDays(since, rng.pick([rng.int(0, 120), rng.int(0, 1000), rng.int(0, 20000)]));
          const msg = `seed ${seed}: ${scheme.id} ${formatPlainDate(since)} -> ${formatPlainDate(today)}`;
          const r = reachedMilestone(scheme, since, today);
          const n = nextMilestone(scheme, since, today)!;
          expect(n, msg).to.not.equal(undefined);
          expect(compareDates(n.date, today), msg).to.be.greaterThan(0);
          if (r) expect(compareDates(r.date, today), msg).to.be.at.most(0);
          // Crossing day by day finds the next one exactly on its date.
          const crossed = milestonesBetween(scheme, since, addDays(n.date, -1), n.date);
          expect(crossed.map((o) => o.milestone.id), msg).to.include(n.milestone.id);
          // Shared date rule: a month milestone's date is where the breakdown shows whole months, 0 days.
          if (n.milestone.months !== undefined) {
            const b = soberBreakdown(since, n.date);
            expect([b.totalMonths, b.remDays], msg).to.deep.equal([n.milestone.months, 0]);
          } else {
            expect(n.day, msg).to.equal(n.milestone.days);
          }
        }
      });
    }
  });
});
