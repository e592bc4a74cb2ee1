import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/meeting-provider/define.ts';
import '../src/elements/meeting-search/define.ts';
import '../src/elements/meeting-filters/define.ts';
import '../src/elements/meeting-list/define.ts';
import '../src/elements/meeting-details/define.ts';
import { langArgType } from './controls.js';

interface Args {
  src: string;
  'time-zone': string;
  lang: string;
  'url-state': 'query' | 'hash' | 'none';
}

const meta: Meta<Args> = {
  title: 'Meetings/Parts/Meeting provider',
  component: 'rk-meeting-provider',
  args: { src: '/data/meetings.json', 'time-zone': 'America/New_York', lang: 'en', 'url-state': 'none' },
  argTypes: {
    lang: langArgType,
    'url-state': { control: 'inline-radio', options: ['query', 'hash', 'none'] },
  },
  render: (a) => html`<style>
      .my-layout {
        display: grid;
        grid-template-columns: 18rem 1fr;
        gap: 1.5rem;
      }
    </style>
    <rk-meeting-provider id="composed" src=${a.src} time-zone=${a['time-zone']} lang=${a.lang} url-state=${a['url-state']}>
      <div class="my-layout">
        <div><rk-meeting-search></rk-meeting-search><rk-meeting-filters></rk-meeting-filters></div>
        <div><rk-meeting-details></rk-meeting-details><rk-meeting-list></rk-meeting-list></div>
      </div>
    </rk-meeting-provider>`,
  parameters: {
    docs: {
      description: {
        component:
          'Holds the feed and the filter state and shares them with the parts inside it: compose your own layout. Here: a sidebar with search and filters, and the details above the list.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const ComposedLayout: Story = { name: 'Your own layout' };
export const BmltTemplate: Story = { name: 'BMLT feed', args: { src: '/data/bmlt-meetings.json' } };
