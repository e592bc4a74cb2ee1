import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/meeting-provider/define.ts';
import '../src/elements/meeting-list/define.ts';
import '../src/elements/meeting-details/define.ts';
import { langArgType, themeArgType, type Theme } from './controls.js';

interface Args {
  src: string;
  lang: string;
  theme: Theme;
  'page-size': number;
}

const meta: Meta<Args> = {
  title: 'Meetings/Parts/Meeting list',
  component: 'rk-meeting-list',
  args: { src: '/data/meetings.json', lang: 'en', theme: 'light', 'page-size': 100 },
  argTypes: {
    lang: langArgType,
    theme: themeArgType,
  },
  render: (a) => html`<rk-meeting-provider src=${a.src} time-zone="America/New_York" lang=${a.lang}>
    <rk-meeting-list theme=${a.theme} page-size=${a['page-size']}></rk-meeting-list>
    <rk-meeting-details theme=${a.theme}></rk-meeting-details>
  </rk-meeting-provider>`,
  parameters: {
    docs: {
      description: {
        component:
          'Results of the enclosing `<rk-meeting-provider>`, grouped by day in the viewer\'s zone, rendered 100 rows at a time. Use it in your own layout; here it sits above `<rk-meeting-details>`.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const Spanish: Story = { args: { lang: 'es' } };
export const SmallPages: Story = { name: 'Pages of 10 rows', args: { 'page-size': 10 } };
export const Error: Story = { args: { src: '/data/missing.json' } };
export const Dark: Story = { args: { theme: 'dark' } };
