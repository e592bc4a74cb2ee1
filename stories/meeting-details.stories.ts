import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/meeting-provider/define.ts';
import '../src/elements/meeting-details/define.ts';
import { langArgType, themeArgType, type Theme } from './controls.js';

interface Args {
  lang: string;
  theme: Theme;
}

const sample = [
  {
    name: 'Tuesday Night Hope',
    slug: 'tuesday-night-hope',
    day: 2,
    time: '19:00',
    end_time: '20:00',
    location: 'St. Mark\'s Church Hall',
    formatted_address: '100 W State St, Media, PA 19063, USA',
    latitude: 39.9168,
    longitude: -75.3877,
    location_notes: 'Side door, downstairs. Parking behind the church.',
    types: ['O', 'D', 'W', 'X'],
    notes: 'Newcomers welcome. Literature available.',
    group: 'Hope Group',
    conference_url: 'https://zoom.us/j/123456789',
    conference_url_notes: 'Password: hope',
    conference_phone: '+16465588656,,123456789#',
    updated: '2026-09-01 10:00:00',
  },
];

const meta: Meta<Args> = {
  title: 'Meetings/Parts/Meeting details',
  component: 'rk-meeting-details',
  args: { lang: 'en', theme: 'light' },
  argTypes: {
    lang: langArgType,
    theme: themeArgType,
  },
  render: (a) => html`<rk-meeting-provider .meetings=${sample} time-zone="America/New_York" lang=${a.lang}
    ><rk-meeting-details theme=${a.theme}></rk-meeting-details
  ></rk-meeting-provider>`,
  play: async ({ canvasElement }) => {
    const p = canvasElement.querySelector('rk-meeting-provider')!;
    await p.updateComplete;
    p.store?.select('tuesday-night-hope');
  },
  parameters: {
    docs: {
      // The meeting is opened in `play`, which docs pages run only with autoplay.
      story: { autoplay: true },
      description: {
        component:
          'The open meeting of the enclosing provider: time in your zone and the meeting\'s, join (http/https only) and one-tap phone, directions in Apple Maps, Google Maps or OpenStreetMap, add to calendar (.ics or Google Calendar), and share.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const Spanish: Story = { args: { lang: 'es' } };
export const Dark: Story = { args: { theme: 'dark' } };
