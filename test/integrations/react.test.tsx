// A small React app (react-dom/client, in the browser) using the generated wrappers from
// `recovery-kit/react`: the elements render inside React, properties arrive as properties,
// and an element's event reaches an `onRkContact` prop. Run with wtr-react.config.mjs.
import * as React from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { expect } from '@open-wc/testing';
import { RkCrisisHelp, RkProvider } from '../../src/integrations/react.js';
import type { RkContactDetail } from '../../src/elements/crisis-help/crisis-help.js';

function App({ onContact, region }: { onContact: (detail: RkContactDetail) => void; region: 'US' | 'CA' }) {
  return (
    <main>
      <h1>Treatment center</h1>
      <RkProvider locale="en" timeZone="America/Chicago">
        <RkCrisisHelp region={region} headingLevel={2} onRkContact={(event) => onContact(event.detail)}>
          <p>Our admissions team: 555-555-0100</p>
        </RkCrisisHelp>
      </RkProvider>
    </main>
  );
}

describe('React wrappers (recovery-kit/react)', () => {
  let host: HTMLElement;
  let root: Root;

  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
  });
  afterEach(() => {
    root.unmount();
    host.remove();
  });

  it('renders the elements and receives rk-contact through onRkContact', async () => {
    const received: RkContactDetail[] = [];
    flushSync(() => root.render(<App region="US" onContact={(d) => received.push(d)} />));
    const el = host.querySelector('rk-crisis-help')!;
    expect(el).to.be.instanceOf(customElements.get('rk-crisis-help')!);
    expect(host.querySelector('rk-provider')).to.not.equal(null);
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    // Properties set by the wrapper, not stringified attributes.
    expect((el as unknown as { headingLevel: unknown }).headingLevel).to.equal(2);
    expect(el.shadowRoot!.querySelector('h2')?.textContent ?? '').to.match(/help/i);
    const call = [...el.shadowRoot!.querySelectorAll('a')].find((a) => a.getAttribute('href') === 'tel:988')!;
    expect(call, 'a tel:988 link').to.not.equal(undefined);
    call.addEventListener('click', (e) => e.preventDefault(), { once: true });
    call.click();
    expect(received).to.have.length(1);
    expect(received[0]).to.include({ channel: 'call', href: 'tel:988' });
    await expect(el).to.be.accessible();
  });

  it('updates the element when React re-renders with new props', async () => {
    flushSync(() => root.render(<App region="US" onContact={() => {}} />));
    const el = host.querySelector('rk-crisis-help') as HTMLElement & { updateComplete: Promise<unknown>; region: string };
    flushSync(() => root.render(<App region="CA" onContact={() => {}} />));
    await el.updateComplete;
    expect(el.region).to.equal('CA');
    expect([...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.include('tel:988');
    expect(el.shadowRoot!.textContent).to.match(/9-8-8/);
  });
});
