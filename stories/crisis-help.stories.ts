import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/elements/crisis-help/define.ts';
import { langArgType, themeArgType, type Theme } from './controls.js';

interface Args {
  region: 'US' | 'CA';
  variant: 'card' | 'banner' | 'inline';
  lang: string;
  theme: Theme;
  services: string;
  'heading-level': number;
}

const meta: Meta<Args> = {
  title: 'Elements/Crisis help',
  component: 'rk-crisis-help',
  args: { region: 'US', variant: 'card', lang: 'en', theme: 'light', services: '988 samhsa', 'heading-level': 2 },
  argTypes: {
    region: { control: 'inline-radio', options: ['US', 'CA'] },
    variant: { control: 'inline-radio', options: ['card', 'banner', 'inline'] },
    lang: langArgType,
    theme: themeArgType,
  },
  render: (a) =>
    html`<rk-crisis-help
      region=${a.region}
      variant=${a.variant}
      lang=${a.lang}
      theme=${a.theme}
      services=${a.services || nothing}
      heading-level=${a['heading-level']}
    ></rk-crisis-help>`,
  parameters: {
    docs: {
      description: {
        component:
          'Crisis resources one tap away. Every link is a plain `tel:`, `sms:` or https link: nothing is loaded or tracked. Put it in a sidebar (card), above the footer (banner) or in a sentence (inline).',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Card: Story = {};
export const Banner: Story = { args: { variant: 'banner' } };
export const Inline: Story = {
  args: { variant: 'inline' },
  render: (a) => html`<p>If today is hard, you are not alone. <rk-crisis-help variant="inline" lang=${a.lang}></rk-crisis-help></p>`,
};
export const Spanish: Story = { args: { lang: 'es' } };
export const Canada: Story = { args: { region: 'CA' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const WithCenterLine: Story = {
  name: 'With a center\'s own line (slot)',
  render: () => html`<rk-crisis-help services="samhsa">
    <p>Our admissions team answers 24/7: <a href="tel:+15555550100">555-555-0100</a></p>
  </rk-crisis-help>`,
};
