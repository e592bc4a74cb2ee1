// The autoloader (dist/cdn/autoloader.js): a tag inserted late is defined and upgraded then, its
// code loaded on demand; tags in open shadow roots are found too; nothing else is loaded.
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/autoloader.js';

type Lit = HTMLElement & { updateComplete: Promise<unknown> };

describe('autoloader', () => {
  it('loads nothing while no tag is in the page', async () => {
    await new Promise((r) => setTimeout(r, 50));
    expect(customElements.get('rk-crisis-help')).to.equal(undefined);
    expect(customElements.get('rk-provider')).to.equal(undefined);
  });

  it('upgrades an element whose tag is inserted late', async () => {
    const late = document.createElement('div');
    late.innerHTML = '<section><rk-crisis-help region="CA"></rk-crisis-help></section>';
    const el = late.querySelector('rk-crisis-help') as Lit;
    expect(el.shadowRoot, 'not upgraded before insertion').to.equal(null);
    await new Promise((r) => setTimeout(r, 30));
    document.body.append(late);
    await waitUntil(() => customElements.get('rk-crisis-help'), 'rk-crisis-help defined', { timeout: 5000 });
    await waitUntil(() => el.shadowRoot, 'upgraded');
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.match(/9-8-8/);
    expect(customElements.get('rk-provider'), 'only what the page uses').to.equal(undefined);
    await expect(el).to.be.accessible();
    late.remove();
  });

  it('finds tags inserted into an open shadow root', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    // The host was inserted with an empty open shadow root: the autoloader watches that root.
    await new Promise((r) => setTimeout(r, 30));
    shadow.innerHTML = '<rk-provider locale="es"><p>hola</p></rk-provider>';
    await waitUntil(() => customElements.get('rk-provider'), 'rk-provider defined', { timeout: 5000 });
    expect(shadow.querySelector('rk-provider')).to.be.instanceOf(customElements.get('rk-provider')!);
    host.remove();
  });
});
