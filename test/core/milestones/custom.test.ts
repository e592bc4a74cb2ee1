import { expect } from '@open-wc/testing';
import { formatPlainDate, parsePlainDate } from '../../../src/core/time/calendar.js';
import {
  DEFAULT_CUSTOM_COLOR,
  milestoneTimeline,
  nextMilestone,
  parseScheme,
  reachedMilestone,
  type SchemeError,
} from '../../../src/core/milestones/index.js';
import { contrastRatio } from '../../../src/core/color.js';
import { seededRandom, seedsForRun, type Rng } from '../time/prng.js';

const d = parsePlainDate;

describe('core/milestones/custom', () => {
  it('reads a valid scheme with a name', () => {
    const { scheme, errors } = parseScheme({
      name: '  Hope House  ',
      milestones: [
        { months: 3, label: 'Quarter', color: 'teal', message: 'Keep going' },
        { days: 7, label: ' One week ', color: '#3a7' },
        { days: 0, label: 'Day one', color: '#FFFFFF' },
        { months: 12, label: 'One year' },
      ],
    });
    expect(errors).to.deep.equal([]);
    expect(scheme.id).to.equal('custom');
    expect(scheme.name).to.equal('Hope House');
    expect(scheme.repeat).to.equal(undefined);
    expect(scheme.milestones.map((m) => [m.id, m.label, m.color, m.textColor])).to.deep.equal([
      ['custom-d0', 'Day one', '#ffffff', '#000000'],
      ['custom-d7', 'One week', '#33aa77', '#000000'],
      ['custom-m3', 'Quarter', '#008080', '#ffffff'],
      ['custom-m12', 'One year', DEFAULT_CUSTOM_COLOR, '#ffffff'],
    ]);
    expect(scheme.milestones[2].message).to.equal('Keep going');
    for (const m of scheme.milestones) expect(contrastRatio(m.color, m.textColor)).to.be.at.least(4.5);
  });

  it('reads a bare array, JSON text, and an options id', () => {
    const a = parseScheme([{ days: 45, label: '45' }]);
    expect(a.errors).to.deep.equal([]);
    expect(a.scheme.milestones[0]).to.include({ id: 'custom-d45', days: 45 });
    const b = parseScheme('{"milestones":[{"months":6,"label":"Six months","color":"gold"}]}', { id: 'hope' });
    expect(b.errors).to.deep.equal([]);
    expect(b.scheme.id).to.equal('hope');
    expect(b.scheme.milestones[0]).to.include({ months: 6, color: '#ffd700', textColor: '#000000' });
  });

  it('uses the shared date rules', () => {
    const { scheme } = parseScheme([
      { months: 12, label: 'A year' },
      { months: 6, label: 'Half' },
      { days: 30, label: '30' },
    ]);
    expect([...milestoneTimeline(scheme, d('2024-02-29'))].map((o) => formatPlainDate(o.date))).to.deep.equal([
      '2024-03-30',
      '2024-08-29',
      '2025-02-28',
    ]);
    expect(reachedMilestone(scheme, d('2023-08-31'), d('2024-02-29'))?.milestone.id).to.equal('custom-m6');
    expect(nextMilestone(scheme, d('2023-08-31'), d('2024-02-28'))?.daysUntil).to.equal(1);
  });

  // [entry, reason, field]
  const bad: [unknown, SchemeError['reason'], SchemeError['field']?][] = [
    [null, 'not-an-object'],
    ['30 days', 'not-an-object'],
    [30, 'not-an-object'],
    [[{ days: 30, label: 'x' }], 'not-an-object'],
    [{ label: 'No threshold' }, 'missing-threshold'],
    [{ days: null, months: null, label: 'x' }, 'missing-threshold'],
    [{ days: 30, months: 1, label: 'Both' }, 'both-thresholds'],
    [{ days: '30', label: 'x' }, 'not-a-number', 'days'],
    [{ months: true, label: 'x' }, 'not-a-number', 'months'],
    [{ days: NaN, label: 'x' }, 'not-a-number', 'days'],
    [{ days: Infinity, label: 'x' }, 'not-a-number', 'days'],
    [{ days: 1.5, label: 'x' }, 'not-integer', 'days'],
    [{ months: 0.5, label: 'x' }, 'not-integer', 'months'],
    [{ days: -1, label: 'x' }, 'negative', 'days'],
    [{ months: -12, label: 'x' }, 'negative', 'months'],
    [{ days: 1e9, label: 'x' }, 'too-large', 'days'],
    [{ months: 1201, label: 'x' }, 'too-large', 'months'],
    [{ days: 10 }, 'missing-label', 'label'],
    [{ days: 10, label: '   ' }, 'missing-label', 'label'],
    [{ days: 10, label: {} }, 'missing-label', 'label'],
    [{ days: 10, label: 42 }, 'bad-label', 'label'],
    [{ days: 10, label: ['a'] }, 'bad-label', 'label'],
    [{ days: 10, label: { en: 5 } }, 'bad-label', 'label'],
    [{ days: 10, label: { 'not a lang': 'x' } }, 'bad-label', 'label'],
    [{ days: 10, label: 'x'.repeat(121) }, 'bad-label', 'label'],
    [{ days: 10, label: 'x', color: 'rgb(1,2,3)' }, 'bad-color', 'color'],
    [{ days: 10, label: 'x', color: 'url(javascript:alert(1))' }, 'bad-color', 'color'],
    [{ days: 10, label: 'x', color: '#12' }, 'bad-color', 'color'],
    [{ days: 10, label: 'x', color: 'var(--x)' }, 'bad-color', 'color'],
    [{ days: 10, label: 'x', color: 0xff0000 }, 'bad-color', 'color'],
    [{ days: 10, label: 'x', message: 5 }, 'bad-message', 'message'],
    [{ days: 10, label: 'x', message: 'y'.repeat(1001) }, 'bad-message', 'message'],
  ];
  for (const [entry, reason, field] of bad) {
    it(`rejects ${JSON.stringify(entry) ?? String(entry)}: ${reason}`, () => {
      const { scheme, errors } = parseScheme({ milestones: [{ days: 1, label: 'good' }, entry, { months: 2, label: 'good too' }] });
      const expected: SchemeError = { index: 1, reason };
      if (field) expected.field = field;
      expect(errors).to.deep.equal([expected]);
      expect(scheme.milestones.map((m) => m.id)).to.deep.equal(['custom-d1', 'custom-m2']);
    });
  }

  it('reports duplicates and keeps the first', () => {
    const { scheme, errors } = parseScheme([
      { days: 30, label: 'first' },
      { months: 1, label: 'a month is not 30 days' },
      { days: 30, label: 'second' },
      { months: 1, label: 'again' },
    ]);
    expect(errors).to.deep.equal([
      { index: 2, reason: 'duplicate', field: 'days' },
      { index: 3, reason: 'duplicate', field: 'months' },
    ]);
    expect(scheme.milestones.map((m) => m.label)).to.deep.equal(['first', 'a month is not 30 days']);
  });

  it('reports every bad entry with its index', () => {
    const { scheme, errors } = parseScheme([{ days: -1, label: 'a' }, { days: 5, label: 'ok' }, {}, { days: 5, label: 'dup' }]);
    expect(errors.map((e) => [e.index, e.reason])).to.deep.equal([
      [0, 'negative'],
      [2, 'missing-threshold'],
      [3, 'duplicate'],
    ]);
    expect(scheme.milestones.length).to.equal(1);
  });

  const notSchemes: unknown[] = [null, undefined, 42, true, 'not json', '"a string"', '{}', {}, { milestones: 'x' }, { milestones: {} }, { name: 'x' }];
  for (const input of notSchemes) {
    it(`refuses ${JSON.stringify(input) ?? String(input)} as a whole`, () => {
      const { scheme, errors } = parseScheme(input);
      expect(scheme.milestones).to.deep.equal([]);
      expect(errors.length).to.equal(1);
      expect(errors[0]).to.include({ index: -1, reason: 'not-a-scheme' });
    });
  }

  it('reports a bad name and too many entries', () => {
    expect(parseScheme({ name: 5, milestones: [] }).errors).to.deep.equal([{ index: -1, reason: 'bad-name', field: 'name' }]);
    expect(parseScheme({ name: '', milestones: [] }).scheme.name).to.equal(undefined);
    const many = parseScheme(
      Array.from({ length: 5 }, (_, i) => ({ days: i, label: `d${i}` })),
      { maxMilestones: 3 },
    );
    expect(many.errors).to.deep.equal([{ index: -1, reason: 'too-many', field: 'milestones' }]);
    expect(many.scheme.milestones.length).to.equal(3);
  });

  it('survives hostile objects', () => {
    const trap = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
      },
    );
    expect(parseScheme([trap, { days: 1, label: 'ok' }]).errors).to.deep.equal([{ index: 0, reason: 'not-an-object' }]);
    expect(parseScheme(trap).errors[0]).to.include({ index: -1, reason: 'not-a-scheme' });
    const withProto = JSON.parse('[{"days": 3, "label": "x", "__proto__": {"color": "javascript"}}]');
    const r = parseScheme(withProto);
    expect(r.errors).to.deep.equal([]);
    expect(r.scheme.milestones[0].color).to.equal(DEFAULT_CUSTOM_COLOR);
  });

  function randomJson(rng: Rng, depth: number): unknown {
    const k = rng.int(0, depth > 2 ? 5 : 8);
    switch (k) {
      case 0:
        return null;
      case 1:
        return rng.next() < 0.5;
      case 2:
        return rng.pick([0, 1, -1, 30, 1.5, 1e9, 12, -0]);
      case 3:
        return rng.pick(['', 'x', '#fff', 'red', '30', 'days', '{', '[]', '{"milestones":[]}']);
      case 4:
        return { days: randomJson(rng, depth + 1), label: randomJson(rng, depth + 1), color: randomJson(rng, depth + 1) };
      case 5:
        return { months: rng.int(-2, 30), label: rng.pick(['a', '', { en: 'b' }]), message: randomJson(rng, depth + 1) };
      case 6:
        return Array.from({ length: rng.int(0, 6) }, () => randomJson(rng, depth + 1));
      case 7:
        return { name: randomJson(rng, depth + 1), milestones: randomJson(rng, depth + 1) };
      default:
        return Object.fromEntries(
          Array.from({ length: rng.int(0, 4) }, () => [rng.pick(['days', 'months', 'label', 'color', 'message', 'name', 'milestones']), randomJson(rng, depth + 1)]),
        );
    }
  }

  for (const seed of seedsForRun('custom schemes')) {
    it(`never throws and keeps only valid entries for random JSON (seed ${seed})`, () => {
      const rng = seededRandom(seed);
      for (let i = 0; i < 3000; i++) {
        const input = randomJson(rng, 0);
        const msg = `seed ${seed}: ${JSON.stringify(input)}`;
        const { scheme, errors } = parseScheme(input);
        const n = Array.isArray(input) ? input.length : Array.isArray((input as { milestones?: unknown })?.milestones) ? (input as { milestones: unknown[] }).milestones.length : 0;
        for (const e of errors) expect(e.index, msg).to.be.within(-1, Math.max(n - 1, -1));
        for (const m of scheme.milestones) {
          expect((m.days === undefined) !== (m.months === undefined), msg).to.equal(true);
          const t = (m.days ?? m.months)!;
          expect(Number.isInteger(t) && t >= 0, msg).to.equal(true);
          expect(m.color, msg).to.match(/^#[0-9a-f]{6}$/);
          expect(m.label, msg).to.not.equal(undefined);
        }
        expect(scheme.milestones.length + errors.filter((e) => e.index >= 0).length, msg).to.equal(n);
      }
    });
  }
});
