import { expect } from '@open-wc/testing';
import {
  AA_SCHEME,
  DEFAULT_SCHEME,
  NA_SCHEME,
  durationLabel,
  findMilestone,
  localizedText,
  milestoneLabel,
  milestoneLanguage,
  milestoneMessage,
  milestoneTagName,
  parseScheme,
  schemeName,
  type Milestone,
} from '../../../src/core/milestones/index.js';

const byId = (id: string): Milestone => {
  for (const s of [NA_SCHEME, AA_SCHEME, DEFAULT_SCHEME]) {
    const m = findMilestone(s, id);
    if (m) return m;
  }
  throw new Error(id);
};

describe('core/milestones/labels', () => {
  // [id, en, es]
  const table: [string, string, string][] = [
    ['na-welcome', 'Welcome', 'Bienvenida'],
    ['na-30d', '30 days', '30 días'],
    ['na-60d', '60 days', '60 días'],
    ['na-90d', '90 days', '90 días'],
    ['na-6m', '6 months', '6 meses'],
    ['na-9m', '9 months', '9 meses'],
    ['na-1y', '1 year', '1 año'],
    ['na-18m', '18 months', '18 meses'],
    ['na-years-2', '2 years', '2 años'],
    ['na-years-21', '21 years', '21 años'],
    ['aa-24h', '24 hours', '24 horas'],
    ['aa-years-1', '1 year', '1 año'],
    ['default-1d', '1 day', '1 día'],
    ['default-7d', '7 days', '7 días'],
  ];
  for (const [id, en, es] of table) {
    it(`${id}: "${en}" / "${es}"`, () => {
      expect(milestoneLabel(byId(id))).to.equal(en);
      expect(milestoneLabel(byId(id), 'en-GB')).to.equal(en);
      expect(milestoneLabel(byId(id), 'es')).to.equal(es);
      expect(milestoneLabel(byId(id), 'es-MX')).to.equal(es);
    });
  }

  it('formats durations with plural rules and local digits grouping', () => {
    expect(durationLabel({ months: 1 })).to.equal('1 month');
    expect(durationLabel({ months: 1 }, 'es')).to.equal('1 mes');
    expect(durationLabel({ months: 0 }, 'es')).to.equal('0 meses');
    expect(durationLabel({ days: 0 })).to.equal('0 days');
    expect(durationLabel({ days: 1000 })).to.equal('1,000 days');
    expect(durationLabel({ days: 10000 }, 'es')).to.equal('10.000 días');
    expect(durationLabel({ days: 10000 }, 'es-MX')).to.equal('10,000 días');
    expect(durationLabel({ months: 36 }, 'es')).to.equal('3 años');
  });

  it('falls back to English for other or bad locales', () => {
    expect(milestoneLanguage('fr-CA')).to.equal('en');
    expect(milestoneLanguage('ES_us')).to.equal('es');
    expect(milestoneLanguage('not a tag!')).to.equal('en');
    expect(milestoneLanguage(undefined)).to.equal('en');
    expect(milestoneLabel(byId('na-90d'), 'fr')).to.equal('90 days');
    expect(durationLabel({ days: 1000 }, 'de')).to.equal('1,000 days');
    expect(milestoneLabel(byId('na-90d'), '??')).to.equal('90 days');
  });

  it('names keytag colours and schemes', () => {
    expect(milestoneTagName(byId('na-1y'))).to.equal('Glow in the dark');
    expect(milestoneTagName(byId('na-1y'), 'es')).to.equal('Fosforescente');
    expect(milestoneTagName(byId('na-30d'), 'es')).to.equal('Naranja');
    expect(milestoneTagName(byId('na-years-5'), 'es')).to.equal('Negro');
    expect(milestoneTagName(byId('default-7d'))).to.equal(undefined);
    expect(schemeName('na')).to.equal('NA keytags');
    expect(schemeName('aa', 'es')).to.equal('Fichas de AA');
  });

  it('uses custom labels and messages as given, per language when given per language', () => {
    const { scheme } = parseScheme([
      { days: 14, label: { en: 'Two weeks', es: 'Dos semanas' }, message: { en: 'Keep going', es: 'Sigue adelante' } },
      { days: 21, label: 'Tres semanas' },
      { days: 28, label: { es: 'Cuatro semanas' } },
    ]);
    const [two, three, four] = scheme.milestones;
    expect(milestoneLabel(two)).to.equal('Two weeks');
    expect(milestoneLabel(two, 'es-MX')).to.equal('Dos semanas');
    expect(milestoneLabel(two, 'fr')).to.equal('Two weeks');
    expect(milestoneMessage(two, 'es')).to.equal('Sigue adelante');
    expect(milestoneMessage(three)).to.equal(undefined);
    expect(milestoneLabel(three, 'en')).to.equal('Tres semanas');
    expect(milestoneLabel(four, 'en')).to.equal('Cuatro semanas');
    expect(localizedText({ 'pt-BR': 'Duas semanas', en: 'Two weeks' }, 'pt-BR')).to.equal('Duas semanas');
    expect(localizedText(undefined)).to.equal(undefined);
  });
});
