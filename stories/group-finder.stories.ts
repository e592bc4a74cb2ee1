import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/elements/group-finder/define.ts';
import { langArgType, themeArgType, type Theme } from './controls.js';

interface Args {
  src: string;
  'time-zone': string;
  'viewer-time-zone': string;
  now: string;
  lang: string;
  theme: Theme;
  'url-state': 'query' | 'hash' | 'none';
  'geocoder-src': string;
}

const meta: Meta<Args> = {
  title: 'Meetings/Group finder',
  component: 'rk-group-finder',
  args: {
    src: '/data/meetings.json',
    'time-zone': 'America/New_York',
    'viewer-time-zone': '',
    now: '',
    lang: 'en',
    theme: 'light',
    'url-state': 'hash',
    'geocoder-src': '',
  },
  argTypes: {
    lang: langArgType,
    theme: themeArgType,
    'url-state': { control: 'inline-radio', options: ['query', 'hash', 'none'] },
  },
  render: (a) =>
    html`<rk-group-finder
      id="finder"
      src=${a.src}
      time-zone=${a['time-zone'] || nothing}
      viewer-time-zone=${a['viewer-time-zone'] || nothing}
      now=${a.now || nothing}
      lang=${a.lang}
      theme=${a.theme}
      url-state=${a['url-state']}
      geocoder-src=${a['geocoder-src'] || nothing}
    ></rk-group-finder>`,
  parameters: {
    docs: {
      description: {
        component:
          'The ready-made meeting finder: search, filters (day, time, attendance with a real hybrid filter, types with counts, region, distance), a day-grouped list that renders incrementally, details with join / directions / calendar / share, and a map that loads only when chosen. Several finders per page work independently (give each an `id`).',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const Spanish: Story = { args: { lang: 'es' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const FixedTime: Story = { name: 'Fixed time (Tuesday evening)', args: { now: '2026-11-17T23:30:00Z', 'viewer-time-zone': 'America/New_York' } };
export const Bmlt: Story = { name: 'BMLT feed', args: { src: '/data/bmlt-meetings.json', 'time-zone': 'America/New_York' } };
export const ViewerElsewhere: Story = { name: 'Viewer in Los Angeles', args: { 'viewer-time-zone': 'America/Los_Angeles' } };
export const LoadError: Story = { name: 'Error (404)', args: { src: '/data/missing.json' } };
export const TwoFinders: Story = {
  name: 'Two finders on one page',
  render: () => html`<rk-group-finder id="one" src="/data/meetings.json" time-zone="America/New_York" url-state="hash"></rk-group-finder>
    <hr />
    <rk-group-finder id="two" src="/data/bmlt-meetings.json" time-zone="America/New_York" url-state="hash" lang="es"></rk-group-finder>`,
};
