import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/elements/milestone-card/define.ts';
import { langArgType, themeArgType, type Theme } from './controls.js';

interface Args {
  since: string;
  days: number | undefined;
  now: string;
  'time-zone': string;
  name: string;
  scheme: 'na' | 'aa' | 'default';
  'scheme-src': string;
  message: string;
  'show-date': boolean;
  'share-size': 'square' | 'wide';
  'no-share': boolean;
  'heading-level': number;
  'reduced-motion': boolean;
  lang: string;
  theme: Theme;
}

const meta: Meta<Args> = {
  title: 'Elements/Milestone card',
  component: 'rk-milestone-card',
  args: {
    since: '2025-03-02',
    days: undefined,
    now: '2025-05-31',
    'time-zone': '',
    name: 'Sam',
    scheme: 'na',
    'scheme-src': '',
    message: '',
    'show-date': false,
    'share-size': 'square',
    'no-share': false,
    'heading-level': 2,
    'reduced-motion': false,
    lang: 'en',
    theme: 'light',
  },
  argTypes: {
    scheme: { control: 'inline-radio', options: ['na', 'aa', 'default'] },
    'share-size': { control: 'inline-radio', options: ['square', 'wide'] },
    lang: langArgType,
    theme: themeArgType,
  },
  render: (a) =>
    html`<rk-milestone-card
      since=${a.since || nothing}
      days=${a.days ?? nothing}
      now=${a.now || nothing}
      time-zone=${a['time-zone'] || nothing}
      name=${a.name || nothing}
      scheme=${a.scheme}
      scheme-src=${a['scheme-src'] || nothing}
      message=${a.message || nothing}
      ?show-date=${a['show-date']}
      share-size=${a['share-size']}
      ?no-share=${a['no-share']}
      heading-level=${a['heading-level']}
      ?reduced-motion=${a['reduced-motion']}
      lang=${a.lang}
      theme=${a.theme}
    ></rk-milestone-card>`,
  parameters: {
    docs: {
      description: {
        component:
          'One milestone: the NA keytag, AA chip or a center\'s own, in its colour with readable text, a message and the next milestone. "Share image" hands a PNG (drawn in the browser, 1080x1080 or 1200x630) to the system share sheet where files can be shared, else downloads it. The sobriety date is never shown, nor drawn, unless `show-date` is set.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const NaKeytag: Story = { name: 'NA keytag (90 days)' };
export const GlowKeytag: Story = { name: 'NA glow keytag (1 year)', args: { since: '2024-05-31' } };
export const AaChip: Story = { name: 'AA chip (24 hours)', args: { scheme: 'aa', since: '', days: 1, name: 'J.' } };
export const AaMedallion: Story = { name: 'AA yearly medallion', args: { scheme: 'aa', since: '2020-05-31' } };
export const Neutral: Story = { name: 'Neutral default scheme', args: { scheme: 'default', since: '', days: 7 } };
export const CustomScheme: Story = {
  name: "A center's own scheme (scheme-src)",
  args: { 'scheme-src': '/data/scheme.json', since: '', days: 50 },
};
export const WithDate: Story = { name: 'With the date (show-date)', args: { 'show-date': true } };
export const FreshStart: Story = { name: 'A fresh start (date ahead)', args: { since: '2025-06-03', name: '' } };
export const Spanish: Story = { args: { lang: 'es', name: 'Lucía' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const WideImage: Story = { name: 'Wide share image (1200x630)', args: { 'share-size': 'wide' } };
export const ReducedMotion: Story = { args: { 'reduced-motion': true } };
