import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/elements/sobriety-counter/define.ts';
import { langArgType, themeArgType, type Theme } from './controls.js';

interface Args {
  since: string;
  now: string;
  'time-zone': string;
  scheme: 'default' | 'na' | 'aa';
  variant: 'compact' | 'card' | 'hero';
  lang: string;
  theme: Theme;
  label: string;
  'show-hours': boolean;
  'daily-cost': number | undefined;
  currency: string;
  'daily-hours': number | undefined;
  editable: boolean;
  storage: '' | 'local';
}

const meta: Meta<Args> = {
  title: 'Elements/Sobriety counter',
  component: 'rk-sobriety-counter',
  args: {
    since: '2024-03-01',
    now: '2025-06-15',
    'time-zone': '',
    scheme: 'default',
    variant: 'card',
    lang: 'en',
    theme: 'light',
    label: '',
    'show-hours': false,
    'daily-cost': undefined,
    currency: 'USD',
    'daily-hours': undefined,
    editable: false,
    storage: '',
  },
  argTypes: {
    scheme: { control: 'inline-radio', options: ['default', 'na', 'aa'] },
    variant: { control: 'inline-radio', options: ['compact', 'card', 'hero'] },
    lang: langArgType,
    theme: themeArgType,
    storage: { control: 'inline-radio', options: ['', 'local'] },
  },
  render: (a) =>
    html`<rk-sobriety-counter
      since=${a.since || nothing}
      now=${a.now || nothing}
      time-zone=${a['time-zone'] || nothing}
      scheme=${a.scheme}
      variant=${a.variant}
      lang=${a.lang}
      theme=${a.theme}
      label=${a.label || nothing}
      ?show-hours=${a['show-hours']}
      daily-cost=${a['daily-cost'] ?? nothing}
      currency=${a.currency || nothing}
      daily-hours=${a['daily-hours'] ?? nothing}
      ?editable=${a.editable}
      storage=${a.storage || nothing}
    ></rk-sobriety-counter>`,
  parameters: {
    docs: {
      description: {
        component:
          'Counts sober time from a date: total days, years/months/days, the next milestone and what was saved. Dates are calendar dates in the viewer\'s zone (day 0 is the date itself). The stories fix `now` so they look the same every day; on a page, leave `now` out and the count updates itself at midnight. With `editable`, visitors enter their own date; it is stored only when they tick "Remember on this device" (`storage="local"`), and nothing ever leaves the device.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Card: Story = {};
export const Compact: Story = { args: { variant: 'compact' } };
export const Hero: Story = { args: { variant: 'hero', label: 'Clean time', scheme: 'na' } };
export const WithMoneySaved: Story = {
  name: 'With money and time saved',
  args: { 'daily-cost': 14.5, currency: 'USD', 'daily-hours': 3 },
};
export const FirstDays: Story = {
  name: 'First days (live hours)',
  args: { since: '2025-06-13T21:00', now: '2025-06-15T09:42', 'show-hours': true, scheme: 'aa' },
};
export const FutureDate: Story = { name: 'Future date', args: { since: '2025-07-01' } };
export const InvalidDate: Story = { name: 'Invalid date', args: { since: '2025-02-30' } };
export const Editable: Story = {
  args: { since: '', now: '', editable: true, storage: 'local', label: 'Your count' },
};
export const Spanish: Story = { args: { lang: 'es', 'daily-cost': 200, currency: 'MXN', label: 'Tiempo limpio' } };
export const SpanishEditable: Story = {
  name: 'Spanish, editable',
  args: { lang: 'es', since: '', now: '', editable: true, storage: 'local' },
};
export const Dark: Story = { args: { theme: 'dark', variant: 'hero', 'daily-cost': 10 } };
