import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/elements/milestone-wall/define.ts';
import { langArgType, themeArgType, type Theme } from './controls.js';

interface Args {
  src: string;
  now: string;
  'time-zone': string;
  scheme: 'na' | 'aa' | 'default';
  'heading-level': number;
  share: boolean;
  'reduced-motion': boolean;
  'page-size': number;
  lang: string;
  theme: Theme;
}

const meta: Meta<Args> = {
  title: 'Elements/Milestone wall',
  component: 'rk-milestone-wall',
  args: {
    src: '/data/celebrations.json',
    now: '',
    'time-zone': '',
    scheme: 'na',
    'heading-level': 2,
    share: false,
    'reduced-motion': false,
    'page-size': 12,
    lang: 'en',
    theme: 'light',
  },
  argTypes: {
    scheme: { control: 'inline-radio', options: ['na', 'aa', 'default'] },
    lang: langArgType,
    theme: themeArgType,
  },
  render: (a) =>
    html`<rk-milestone-wall
      src=${a.src || nothing}
      now=${a.now || nothing}
      time-zone=${a['time-zone'] || nothing}
      scheme=${a.scheme}
      heading-level=${a['heading-level']}
      ?share=${a.share}
      ?reduced-motion=${a['reduced-motion']}
      page-size=${a['page-size']}
      lang=${a.lang}
      theme=${a.theme}
    ></rk-milestone-wall>`,
  parameters: {
    docs: {
      description: {
        component:
          'Celebrations from a center\'s endpoint (a JSON array of `{ name, since | days, scheme?, message?, showDate? }`) as a grid of milestone cards, newest first, grouped This week / This month / Earlier. Names are shown exactly as sent; dates only where an entry has `showDate: true`. Bad entries are skipped and counted. Each group shows its first `page-size` cards (12; 0 shows all) and a Show N more button that moves focus to the first card it added; a new `page-size` starts again at the first page, and printing the page prints every card.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

const blobUrl = (json: unknown) => URL.createObjectURL(new Blob([JSON.stringify(json)], { type: 'application/json' }));

export const Wall: Story = {};
export const WithShareButtons: Story = { args: { share: true } };
export const Spanish: Story = { args: { lang: 'es' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const BadEntries: Story = {
  name: 'Bad entries skipped and counted',
  args: {
    src: blobUrl([
      { name: 'Sam', days: 31, scheme: 'na' },
      { name: 'R.', days: 95 },
      { name: '', days: 3 },
      { name: 'Future', since: '2999-01-01' },
    ]),
  },
};
/** 400 alumni, as an endpoint that sends everyone would: 12 cards per group, then Show more. */
export const ManyAlumni: Story = {
  name: 'Many alumni (paged)',
  args: {
    src: blobUrl(Array.from({ length: 400 }, (_, i) => ({ name: `Alum ${i + 1}`, days: 1 + i * 9, scheme: i % 3 ? 'na' : 'aa' }))),
  },
};
export const Empty: Story = { args: { src: blobUrl([]) } };
export const LoadError: Story = { name: 'Error (404)', args: { src: '/data/no-such-file.json' } };
