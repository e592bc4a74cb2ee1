import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/elements/meeting-provider/define.ts';
import '../src/elements/meeting-search/define.ts';
import '../src/elements/meeting-list/define.ts';
import { langArgType, themeArgType, type Theme } from './controls.js';

interface Args {
  lang: string;
  label: string;
  theme: Theme;
}

const meta: Meta<Args> = {
  title: 'Meetings/Parts/Meeting search',
  component: 'rk-meeting-search',
  args: { lang: 'en', label: '', theme: 'light' },
  argTypes: {
    lang: langArgType,
    theme: themeArgType,
  },
  render: (a) => html`<rk-meeting-provider src="/data/meetings.json" time-zone="America/New_York" lang=${a.lang}>
    <rk-meeting-search theme=${a.theme} label=${a.label || nothing}></rk-meeting-search>
    <rk-meeting-list theme=${a.theme}></rk-meeting-list>
  </rk-meeting-provider>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const Spanish: Story = { args: { lang: 'es' } };
export const CustomLabel: Story = { args: { label: 'Find a meeting by name or town' } };
