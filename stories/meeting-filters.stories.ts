import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/elements/meeting-provider/define.ts';
import '../src/elements/meeting-filters/define.ts';
import '../src/elements/meeting-list/define.ts';
import { langArgType, themeArgType, type Theme } from './controls.js';

interface Args {
  lang: string;
  theme: Theme;
  'top-types': number;
  'geocoder-src': string;
}

const meta: Meta<Args> = {
  title: 'Meetings/Parts/Meeting filters',
  component: 'rk-meeting-filters',
  args: { lang: 'en', theme: 'light', 'top-types': 8, 'geocoder-src': '' },
  argTypes: {
    lang: langArgType,
    theme: themeArgType,
  },
  render: (a) => html`<rk-meeting-provider src="/data/meetings.json" time-zone="America/New_York" lang=${a.lang}>
    <rk-meeting-filters theme=${a.theme} top-types=${a['top-types']} geocoder-src=${a['geocoder-src'] || nothing}></rk-meeting-filters>
    <rk-meeting-list theme=${a.theme}></rk-meeting-list>
  </rk-meeting-provider>`,
  parameters: {
    docs: {
      description: {
        component:
          'Fieldsets for day, time of day, attendance (in person / online / hybrid), types with counts, region and distance. "Near me" asks for the location only when pressed; "near an address" appears only with `geocoder-src` (no third-party service by default).',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const Spanish: Story = { args: { lang: 'es' } };
export const Dark: Story = { args: { theme: 'dark' } };
