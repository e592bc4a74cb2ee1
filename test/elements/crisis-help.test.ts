import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/provider/define.js';
import '../../src/elements/crisis-help/define.js';
import { RkCrisisHelp } from '../../src/elements/crisis-help/crisis-help.js';
import { EventLog } from '../helpers/events.js';

const links = (el: HTMLElement) =>
  [...el.shadowRoot!.querySelectorAll('a')].map((a) => ({ name: a.textContent!.trim(), href: a.getAttribute('href') }));

describe('<rk-crisis-help>', () => {
  it('shows 988 and SAMHSA as a labelled complementary landmark with call, text and chat links', async () => {
    const el = await fixture<RkCrisisHelp>(html`<rk-crisis-help></rk-crisis-help>`);
    const aside = el.shadowRoot!.querySelector('aside')!;
    const heading = el.shadowRoot!.querySelector('h2')!;
    expect(heading.textContent).to.equal('Need help right now?');
    expect(aside.getAttribute('aria-labelledby')).to.equal(heading.id);
    expect(links(el)).to.deep.include.members([
      { name: 'Call 988', href: 'tel:988' },
      { name: 'Text 988', href: 'sms:988' },
      { name: 'Chat with 988 online', href: 'https://988lifeline.org/chat/' },
      { name: 'Call SAMHSA at 1-800-662-4357', href: 'tel:+18006624357' },
      { name: 'TTY 1-800-487-4889', href: 'tel:+18004874889' },
      { name: 'Text your ZIP code to 435748', href: 'sms:435748' },
      { name: 'Call 911', href: 'tel:911' },
    ]);
    const chat = el.shadowRoot!.querySelector('a[href^="https"]')!;
    expect(chat.getAttribute('rel')).to.equal('noopener noreferrer');
    await expect(el).to.be.accessible();
  });

  it('uses the heading level it is given', async () => {
    const el = await fixture<RkCrisisHelp>(html`<rk-crisis-help heading-level="4" heading="Talk to someone"></rk-crisis-help>`);
    const h = el.shadowRoot!.querySelector('h4')!;
    expect(h.textContent).to.equal('Talk to someone');
    expect(el.shadowRoot!.querySelector('h2')).to.equal(null);
  });

  it('shows Canada\'s 9-8-8 for region="CA"', async () => {
    const el = await fixture<RkCrisisHelp>(html`<rk-crisis-help region="CA"></rk-crisis-help>`);
    const names = links(el).map((l) => l.name);
    expect(names).to.include('Call 9-8-8');
    expect(names).to.include('Text 9-8-8');
    expect(names.join(' ')).not.to.contain('SAMHSA');
    await expect(el).to.be.accessible();
  });

  it('speaks Spanish from its own lang, or from the page around it', async () => {
    const el = await fixture<RkCrisisHelp>(html`<rk-crisis-help lang="es"></rk-crisis-help>`);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('¿Necesita ayuda ahora mismo?');
    expect(links(el).map((l) => l.name)).to.include('Llamar al 988');
    const wrap = await fixture<HTMLElement>(html`<div lang="es-MX"><rk-crisis-help></rk-crisis-help></div>`);
    const inner = wrap.querySelector('rk-crisis-help')!;
    await inner.updateComplete;
    expect(links(inner).map((l) => l.name)).to.include('Enviar un mensaje de texto al 988');
    wrap.setAttribute('lang', 'en');
    inner.requestUpdate();
    await inner.updateComplete;
    expect(links(inner).map((l) => l.name)).to.include('Text 988');
    await expect(el).to.be.accessible();
  });

  it('switches language when the lang property is set from script', async () => {
    const el = await fixture<RkCrisisHelp>(html`<rk-crisis-help></rk-crisis-help>`);
    el.lang = 'es';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('¿Necesita ayuda ahora mismo?');
    expect(el.getAttribute('lang')).to.equal('es');
  });

  it('follows a change of the document language', async () => {
    const before = document.documentElement.lang;
    const el = await fixture<RkCrisisHelp>(html`<rk-crisis-help></rk-crisis-help>`);
    try {
      document.documentElement.lang = 'es';
      await new Promise((r) => setTimeout(r, 0));
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('¿Necesita ayuda ahora mismo?');
    } finally {
      document.documentElement.lang = before;
    }
  });

  it('has a compact banner variant and an inline sentence variant', async () => {
    const banner = await fixture<RkCrisisHelp>(html`<rk-crisis-help variant="banner"></rk-crisis-help>`);
    const aside = banner.shadowRoot!.querySelector('aside')!;
    expect(aside.getAttribute('aria-label')).to.equal('Crisis help');
    expect(links(banner).map((l) => l.name)).to.include('Call 988');
    await expect(banner).to.be.accessible();
    const inline = await fixture<RkCrisisHelp>(html`<p>If today is hard: <rk-crisis-help variant="inline"></rk-crisis-help></p>`);
    const el = inline.querySelector('rk-crisis-help')!;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('aside')).to.equal(null);
    expect(el.shadowRoot!.textContent!.replace(/\s+/g, ' ')).to.contain('Need help now?');
    expect(links(el).map((l) => l.name)).to.deep.equal(['Call 988', 'Text 988', 'Call SAMHSA at 1-800-662-4357']);
    await expect(inline).to.be.accessible();
  });

  it('can show a single service and a center\'s own line in the slot', async () => {
    const el = await fixture<RkCrisisHelp>(html`<rk-crisis-help services="samhsa"
      ><p>Our admissions team: <a href="tel:+15555550100">555-555-0100</a></p></rk-crisis-help
    >`);
    const names = links(el).map((l) => l.name);
    expect(names).not.to.include('Call 988');
    expect(names).to.include('Call SAMHSA at 1-800-662-4357');
    const slot = el.shadowRoot!.querySelector('slot')!;
    expect(slot.assignedElements()[0].textContent).to.contain('555-555-0100');
    await expect(el).to.be.accessible();
  });

  it('fires rk-contact with the service and channel when a link is used', async () => {
    const log = new EventLog(['rk-contact']);
    const el = await fixture<RkCrisisHelp>(html`<rk-crisis-help></rk-crisis-help>`);
    const text = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[href="sms:988"]')!;
    text.addEventListener('click', (e) => e.preventDefault(), { once: true });
    text.click();
    const ev = await log.wait<{ service: string; channel: string }>('rk-contact', el);
    expect(ev.detail).to.deep.equal({ service: '988', channel: 'text', href: 'sms:988' });
    expect(ev.bubbles && ev.composed).to.equal(true);
    log.dispose();
  });

  it('registers without throwing when defined twice, also by a second copy of the class', () => {
    expect(() => RkCrisisHelp.define('rk-crisis-help')).not.to.throw();
    class SecondCopy extends RkCrisisHelp {}
    expect(() => SecondCopy.define('rk-crisis-help')).not.to.throw();
    expect(customElements.get('rk-crisis-help')).to.equal(RkCrisisHelp);
  });

  it('takes its theme from an enclosing provider unless it sets its own', async () => {
    const wrap = await fixture<HTMLElement>(html`<rk-provider theme="dark"
      ><rk-crisis-help></rk-crisis-help><rk-crisis-help theme="light" heading="Other lines"></rk-crisis-help
    ></rk-provider>`);
    const [a, b] = wrap.querySelectorAll('rk-crisis-help');
    await a.updateComplete;
    await b.updateComplete;
    expect(a.getAttribute('data-theme')).to.equal('dark');
    expect(b.getAttribute('data-theme')).to.equal('light');
    expect(getComputedStyle(a.shadowRoot!.querySelector('aside')!).backgroundColor).to.equal('rgb(22, 27, 34)');
    await expect(wrap).to.be.accessible();
  });
});
