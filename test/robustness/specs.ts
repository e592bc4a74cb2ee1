/**
 * How to put each element on a page for the robustness tests: a wrapper (the meeting parts sit
 * in a provider), attributes with good local data, and values to flip through.
 */
import { NOW, type Tag } from '../helpers/elements.js';

export const SUSSEX = '/shared-data/meeting-guide/sussex-123.json';
export const TZ2 = '/shared-data/meeting-guide/timezones-2.json';

export interface Spec {
  tag: Tag;
  /** Other elements that must exist. */
  needs?: Tag[];
  attrs: Record<string, string>;
  /** Attribute -> values it cycles through in the rapid-change test. */
  flips: Record<string, string[]>;
  /** Loads (rk-load / rk-error) one instance fires. */
  loads: number;
  /** The src-like attribute, when there is one. */
  src?: string;
  /** Wraps the element (meeting parts need a provider). */
  wrap?: (el: HTMLElement) => HTMLElement;
}

function inProvider(el: HTMLElement): HTMLElement {
  const p = document.createElement('rk-meeting-provider');
  p.setAttribute('src', SUSSEX);
  p.setAttribute('now', NOW);
  p.setAttribute('time-zone', 'America/New_York');
  p.append(el);
  return p;
}

const LANG = { lang: ['en', 'es', 'en-US', 'es-MX', 'fr', ''] };

export const SPECS: Spec[] = [
  { tag: 'rk-provider', attrs: { 'time-zone': 'UTC', now: NOW }, flips: { 'time-zone': ['UTC', 'America/New_York', 'Nope/Zone', ''], now: [NOW, '2020-01-01T00:00', 'garbage'], locale: ['en', 'es', 'xx'] }, loads: 0 },
  { tag: 'rk-crisis-help', attrs: {}, flips: { ...LANG, variant: ['card', 'banner', 'inline', 'bogus'], region: ['US', 'CA', 'ZZ'], 'heading-level': ['1', '2', '6', '9', 'x'], services: ['988', '988 samhsa', 'nope', ''] }, loads: 0 },
  { tag: 'rk-sobriety-counter', attrs: { since: '2025-01-01', now: NOW, 'time-zone': 'UTC' }, flips: { ...LANG, since: ['2025-01-01', '2026-05-19', '2030-01-01', 'not-a-date', ''], variant: ['card', 'compact', 'hero'], scheme: ['na', 'aa', 'default', 'zz'], 'daily-cost': ['0', '12.5', '-3', 'x'] }, loads: 0 },
  { tag: 'rk-milestone-card', attrs: { days: '30', now: NOW, 'time-zone': 'UTC', 'reduced-motion': '', 'no-share': '' }, flips: { ...LANG, days: ['0', '1', '30', '365', '-1', 'x'], scheme: ['na', 'aa', 'default'], name: ['Sam', '', 'María José'] }, loads: 0 },
  {
    tag: 'rk-milestone-card',
    attrs: { days: '45', now: NOW, 'time-zone': 'UTC', 'reduced-motion': '', 'no-share': '', 'scheme-src': '/test/fixtures/milestones/scheme-valid.json' },
    flips: { ...LANG, 'scheme-src': ['/test/fixtures/milestones/scheme-valid.json', '/test/fixtures/milestones/scheme-mixed.json', '/demo/data/scheme.json'], days: ['7', '45', '400'] },
    loads: 1,
    src: 'scheme-src',
  },
  { tag: 'rk-milestone-wall', attrs: { src: '/test/fixtures/milestones/wall.json', now: NOW, 'time-zone': 'UTC', 'reduced-motion': '' }, flips: { ...LANG, src: ['/test/fixtures/milestones/wall.json', '/demo/data/celebrations.json'], scheme: ['na', 'aa', 'default'], 'heading-level': ['2', '3', '7'] }, loads: 1, src: 'src' },
  { tag: 'rk-faq', attrs: { src: '/test/fixtures/faq/faq.json' }, flips: { ...LANG, src: ['/test/fixtures/faq/faq.json', '/test/fixtures/faq/faq-graph.json', '/test/fixtures/faq/faq-es.json'], mode: ['single', 'multiple'], 'heading-level': ['2', '3', '6'] }, loads: 1, src: 'src' },
  {
    tag: 'rk-meeting-provider',
    needs: ['rk-meeting-list'],
    attrs: { src: SUSSEX, now: NOW, 'time-zone': 'America/New_York' },
    flips: { ...LANG, src: [SUSSEX, TZ2], 'time-zone': ['America/New_York', 'UTC', 'Bad/Zone'], format: ['auto', 'meeting-guide'] },
    loads: 1,
    src: 'src',
    wrap: (el) => {
      el.append(document.createElement('rk-meeting-list'));
      return el;
    },
  },
  { tag: 'rk-meeting-list', needs: ['rk-meeting-provider'], attrs: {}, flips: { ...LANG, 'page-size': ['1', '5', '100', '0', 'x'], 'heading-level': ['2', '3'] }, loads: 1, wrap: inProvider },
  { tag: 'rk-meeting-details', needs: ['rk-meeting-provider'], attrs: {}, flips: { ...LANG, 'heading-level': ['2', '4'] }, loads: 1, wrap: inProvider },
  { tag: 'rk-meeting-search', needs: ['rk-meeting-provider'], attrs: {}, flips: { ...LANG, label: ['Search', '', 'Buscar'], debounce: ['0', '120', 'x'] }, loads: 1, wrap: inProvider },
  { tag: 'rk-meeting-filters', needs: ['rk-meeting-provider'], attrs: {}, flips: { ...LANG, 'top-types': ['0', '3', '8', 'x'] }, loads: 1, wrap: inProvider },
  { tag: 'rk-meeting-map', needs: ['rk-meeting-provider'], attrs: { load: 'click', 'map-tiles': '/__rk/tile/{z}/{x}/{y}' }, flips: { ...LANG, 'max-zoom': ['3', '18', 'x'], 'cluster-size': ['10', '48'], label: ['Map', ''] }, loads: 1, wrap: inProvider },
  { tag: 'rk-group-finder', attrs: { src: SUSSEX, now: NOW, 'time-zone': 'America/New_York', 'url-state': 'none', 'map-tiles': '/__rk/tile/{z}/{x}/{y}' }, flips: { ...LANG, src: [SUSSEX, TZ2], 'distance-unit': ['km', 'mi', 'xx'] }, loads: 1, src: 'src' },
];
