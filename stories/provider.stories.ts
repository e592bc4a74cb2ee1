import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/provider/define.ts';
import '../src/elements/crisis-help/define.ts';
import '../src/elements/sobriety-counter/define.ts';
import { themeArgType, type Theme } from './controls.js';

interface Args {
  locale: string;
  'time-zone': string;
  theme: Theme;
  now: string;
}

const meta: Meta<Args> = {
  title: 'Elements/Provider',
  component: 'rk-provider',
  args: { locale: 'es', 'time-zone': 'America/Chicago', theme: 'light', now: '2026-11-21T20:00' },
  argTypes: {
    locale: { control: 'inline-radio', options: ['en', 'es', 'es-MX'] },
    theme: themeArgType,
  },
  render: (a) => html`<rk-provider locale=${a.locale} time-zone=${a['time-zone']} theme=${a.theme} now=${a.now}>
    <rk-sobriety-counter since="2026-08-23" scheme="na"></rk-sobriety-counter>
    <p></p>
    <rk-crisis-help variant="banner"></rk-crisis-help>
    <p></p>
    <rk-crisis-help variant="banner" lang="en" heading="Own lang wins"></rk-crisis-help>
  </rk-provider>`,
  parameters: {
    docs: {
      description: {
        component:
          'Shares locale, time zone, a fixed "now" (or a clock object), theme and an endpoint base with every recovery-kit element inside it. An element\'s own attribute wins: the last banner sets `lang="en"`.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const SpanishChicago: Story = {};
export const DarkEnglish: Story = { args: { locale: 'en', theme: 'dark' } };
