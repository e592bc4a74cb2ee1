import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/elements/faq/define.ts';
import { langArgType, themeArgType, type Theme } from './controls.js';

interface Args {
  mode: 'single' | 'multiple';
  'heading-level': number;
  searchable: boolean;
  'expand-all': boolean;
  'structured-data': boolean;
  open: string;
  lang: string;
  theme: Theme;
}

const markup = html`<details id="cost">
    <summary>Does it cost anything to go to a meeting?</summary>
    <p>No. There are no dues or fees. A basket is passed for rent and literature; giving is optional.</p>
  </details>
  <details id="talk">
    <summary>Do I have to talk?</summary>
    <p>No. You can just listen. If someone asks, "I'll pass" is always fine.</p>
  </details>
  <details id="religious">
    <summary>Is it religious?</summary>
    <p>Twelve-step groups talk about a <em>higher power</em>, which each member defines for themselves. Many members are not religious.</p>
  </details>
  <details id="bring">
    <summary>Can I bring a friend or family member?</summary>
    <p>To an <strong>open</strong> meeting, yes. <strong>Closed</strong> meetings are for people who want to stop using.</p>
  </details>`;

const meta: Meta<Args> = {
  title: 'Elements/FAQ',
  component: 'rk-faq',
  args: { mode: 'multiple', 'heading-level': 3, searchable: false, 'expand-all': false, 'structured-data': false, open: '', lang: 'en', theme: 'light' },
  argTypes: {
    mode: { control: 'inline-radio', options: ['multiple', 'single'] },
    'heading-level': { control: { type: 'number', min: 2, max: 6 } },
    lang: langArgType,
    theme: themeArgType,
  },
  render: (a) =>
    html`<rk-faq
      mode=${a.mode}
      heading-level=${a['heading-level']}
      ?searchable=${a.searchable}
      ?expand-all=${a['expand-all']}
      ?structured-data=${a['structured-data']}
      open=${a.open || nothing}
      lang=${a.lang}
      theme=${a.theme}
      >${markup}</rk-faq
    >`,
  parameters: {
    docs: {
      description: {
        component:
          'An accessible FAQ accordion (WAI-ARIA APG). Write plain `<details>` or heading + paragraph pairs inside it (readable without JavaScript; `data-category` files them under a category), or load a JSON feed with `src` (what you write inside then shows while it loads and if it fails), or set `items`. Answers from a feed are sanitized. Deep links (`#id`), find-in-page, optional search, categories and one FAQPage JSON-LD block per page.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const MarkupDetails: Story = { name: 'Markup: <details>' };

export const MarkupHeadings: Story = {
  name: 'Markup: heading + paragraph pairs',
  render: (a) => html`<rk-faq mode=${a.mode} heading-level=${a['heading-level']} ?searchable=${a.searchable} lang=${a.lang} theme=${a.theme}>
    <p>What newcomers ask most.</p>
    <h3 id="sponsor">What is a sponsor?</h3>
    <p>A member with more time in recovery who helps you work the steps. You ask someone when you are ready.</p>
    <h3>How often should I go?</h3>
    <p>Many people go to "90 meetings in 90 days" at first. Go as often as helps.</p>
    <p>Online meetings count too.</p>
  </rk-faq>`,
};

export const FromJson: Story = {
  name: 'src: JSON feed with categories',
  render: (a) =>
    html`<rk-faq src="/data/faq.json" mode=${a.mode} ?searchable=${a.searchable} ?expand-all=${a['expand-all']} lang=${a.lang} theme=${a.theme}></rk-faq>`,
};

export const ItemsProperty: Story = {
  name: 'items property',
  render: (a) => html`<rk-faq
    mode=${a.mode}
    lang=${a.lang}
    theme=${a.theme}
    .items=${[
      { question: 'Is parking free?', answer: 'Yes, <strong>behind the building</strong>. Enter from Oak Street.' },
      { question: 'Is the building accessible?', answer: '<p>Yes: step-free entrance, elevator and accessible restrooms.</p>' },
      { question: 'Who do I call with questions?', answer: 'Call <a href="tel:+15555550100">555-555-0100</a>, weekdays 8 to 6.' },
    ]}
  ></rk-faq>`,
};

export const Single: Story = { name: 'mode="single"', args: { mode: 'single', open: 'talk' } };
export const Multiple: Story = { name: 'mode="multiple" with Expand all', args: { 'expand-all': true, open: 'cost talk' } };
export const Searchable: Story = { args: { searchable: true } };
export const Categories: Story = {
  render: (a) => html`<rk-faq src="/data/faq.json" searchable lang=${a.lang} theme=${a.theme}></rk-faq>`,
};
export const MarkupCategories: Story = {
  name: 'Markup: categories (data-category)',
  render: (a) => html`<rk-faq ?searchable=${a.searchable} lang=${a.lang} theme=${a.theme}>
    <details id="fee" data-category="Cost"><summary>Is there a fee?</summary><p>No. A basket is passed; giving is optional.</p></details>
    <details id="insurance" data-category="Cost"><summary>Do you take insurance?</summary><p>Most plans, and Medicaid.</p></details>
    <h3 id="first" data-category="Meetings">What happens at a first meeting?</h3>
    <p>You can just listen. Nobody has to share.</p>
    <details id="parking"><summary>Where do I park?</summary><p>Behind the building, off Oak Street.</p></details>
  </rk-faq>`,
};
export const FallbackContent: Story = {
  name: 'src with fallback content (feed fails)',
  render: (a) => html`<rk-faq src="/data/does-not-exist.json" lang=${a.lang} theme=${a.theme}>
    <p>Questions? Call us at <a href="tel:+15555550100">555-555-0100</a>, weekdays 8 to 6.</p>
    <details><summary>Do you take insurance?</summary><p>Most plans, and Medicaid.</p></details>
  </rk-faq>`,
};
export const Spanish: Story = {
  name: 'Spanish',
  args: { lang: 'es', searchable: true },
  render: (a) => html`<rk-faq lang="es" ?searchable=${a.searchable} theme=${a.theme}>
    <details id="costo"><summary>¿Cuánto cuesta ir a una reunión?</summary><p>Nada. No hay cuotas; la contribución es voluntaria.</p></details>
    <details id="hablar"><summary>¿Tengo que hablar?</summary><p>No. Puede solo escuchar.</p></details>
    <details id="medicaid"><summary>¿Aceptan Médicaid?</summary><p>Sí, aceptamos Medicaid y la mayoría de los seguros.</p></details>
  </rk-faq>`,
};
export const Dark: Story = { args: { theme: 'dark', searchable: true } };
export const LoadError: Story = {
  name: 'Load error',
  render: (a) => html`<rk-faq src="/data/does-not-exist.json" lang=${a.lang}></rk-faq>`,
};
export const Themed: Story = {
  name: 'Themed with tokens and parts',
  render: () => html`<style>
      .brand {
        --rk-faq-accent: #8a3ffc;
        --rk-faq-radius: 0;
        --rk-faq-border: #e0d4ff;
        --rk-faq-hover: #f6f2ff;
      }
      .brand::part(trigger) {
        font-family: Georgia, serif;
      }
    </style>
    <rk-faq class="brand" searchable>${markup}</rk-faq>`,
};
