import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/elements/meeting-provider/define.ts';
import '../src/elements/meeting-search/define.ts';
import '../src/elements/meeting-list/define.ts';
import '../src/elements/meeting-details/define.ts';
import '../src/elements/meeting-map/define.ts';
import { langArgType, themeArgType, type Theme } from './controls.js';

interface Args {
  src: string;
  lang: string;
  theme: Theme;
  load: 'visible' | 'click';
  'map-tiles': string;
  'map-attribution': string;
  'cluster-size': number;
}

const meta: Meta<Args> = {
  title: 'Meetings/Parts/Meeting map',
  component: 'rk-meeting-map',
  args: { src: '/data/meetings.json', lang: 'en', theme: 'light', load: 'visible', 'map-tiles': '', 'map-attribution': '', 'cluster-size': 48 },
  argTypes: {
    lang: langArgType,
    theme: themeArgType,
    load: { control: 'inline-radio', options: ['visible', 'click'] },
  },
  render: (a) => html`<rk-meeting-provider src=${a.src} time-zone="America/New_York" lang=${a.lang}>
    <rk-meeting-search theme=${a.theme}></rk-meeting-search>
    <rk-meeting-map
      theme=${a.theme}
      load=${a.load}
      map-tiles=${a['map-tiles'] || nothing}
      map-attribution=${a['map-attribution'] || nothing}
      cluster-size=${a['cluster-size']}
    ></rk-meeting-map>
    <rk-meeting-list theme=${a.theme} page-size="20"></rk-meeting-list>
    <rk-meeting-details theme=${a.theme}></rk-meeting-details>
  </rk-meeting-provider>`,
  parameters: {
    docs: {
      description: {
        component:
          'A map of the enclosing `<rk-meeting-provider>`\'s results, beside the list (which stays the primary view). Leaflet loads as a separate chunk only when the map is first shown. ' +
          '**These stories load map images from OpenStreetMap\'s tile servers** (the default `map-tiles`, a third-party request made only once the map is shown); a site should set its own `map-tiles` and `map-attribution`. ' +
          'Markers are keyboard-focusable buttons; numbered clusters zoom in; a place with several meetings lists them; "Details" opens the meeting in the provider.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const ClickToLoad: Story = { name: 'Ask before loading (load="click")', args: { load: 'click' } };
export const NoClusters: Story = { name: 'Every meeting its own marker', args: { 'cluster-size': 0 } };
export const Spanish: Story = { args: { lang: 'es' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const Standalone: Story = {
  name: 'Alone, with .meetings',
  render: () => html`<rk-meeting-map
    .meetings=${[
      {
        id: '1', slug: 'downtown-serenity', name: 'Downtown Serenity', days: [1, 3], start: 1170, end: 1230, duration: 60,
        timeZone: 'America/New_York', attendance: 'in_person', address: { street: '', city: 'Philadelphia', state: 'PA', postalCode: '', country: 'US' },
        formattedAddress: '1500 Market St, Philadelphia, PA', approximate: false, location: 'Centre Square', locationNotes: '',
        coordinates: { lat: 39.9525, lng: -75.1652 }, regions: [], types: ['O'], online: { url: null, urlNotes: '', phone: null, phoneNotes: '' },
        notes: '', group: '', groupNotes: '', district: '', website: null, url: null, updated: '', source: { index: 0, format: 'meeting-guide', record: {} },
      },
    ]}
    selected-id="downtown-serenity"
  ></rk-meeting-map>`,
};
