import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { property } from 'lit/decorators.js';
import { RkElement } from '../../src/base/rk-element.js';
import { DataController, parseJsonResponse } from '../../src/base/data-controller.js';
import { LocalizeController } from '../../src/base/localize.js';
import { baseMessages } from '../../src/base/messages.js';
import { renderLoadStatus } from '../../src/base/status.js';
import { shared, tokens } from '../../src/base/theme.js';
import { EventLog, uniqueKey } from '../helpers/events.js';

interface Doc {
  items: string[];
}

/** A minimal element built the way every real element uses the loader. */
class TestLoader extends RkElement {
  static override styles = [tokens, shared];
  @property() src?: string;
  @property({ type: Number }) timeout = 15000;
  readonly t = new LocalizeController(this, baseMessages);
  readonly data = new DataController<Doc>(this, {
    parse: (text, info) => parseJsonResponse(text, info) as Doc,
    retryDelay: 20,
  });
  protected override willUpdate(changed: Map<PropertyKey, unknown>) {
    super.willUpdate(changed);
    this.data.timeout = this.timeout;
    if (changed.has('src')) this.data.setSrc(this.src);
  }
  protected override render() {
    return litHtml`${renderLoadStatus(this.data, this.t.msg, { title: 'Could not load the list' })}
      ${this.data.data ? litHtml`<ul>${this.data.data.items.map((i) => litHtml`<li>${i}</li>`)}</ul>` : ''}`;
  }
}
TestLoader.define('test-loader');

const items = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent);
const alertText = (el: HTMLElement) => el.shadowRoot!.querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('DataController (real HTTP)', () => {
  let log: EventLog;
  beforeEach(() => (log = new EventLog(['rk-load', 'rk-error'])));
  afterEach(() => log.dispose());

  it('shows a polite loading status, then the data, and fires rk-load', async () => {
    const el = await fixture<TestLoader>(html`<test-loader src=${'/__rk/slow?ms=300&file=test/fixtures/ok.json'}></test-loader>`);
    const status = el.shadowRoot!.querySelector('[role="status"]');
    expect(status?.textContent).to.contain('Loading');
    await expect(el).to.be.accessible();
    const ev = await log.wait<{ src: string; data: Doc }>('rk-load', el);
    expect(ev.detail.data.items).to.deep.equal(['first', 'second']);
    await el.updateComplete;
    expect(items(el)).to.deep.equal(['first', 'second']);
    expect(el.shadowRoot!.querySelector('[role="status"]')).to.equal(null);
  });

  it('reports a 404 with a clear message and a Try again button', async () => {
    const el = await fixture<TestLoader>(html`<test-loader src="/__rk/status/404"></test-loader>`);
    const ev = await log.wait<{ code: string; status: number }>('rk-error', el);
    expect(ev.detail.code).to.equal('http');
    expect(ev.detail.status).to.equal(404);
    await el.updateComplete;
    expect(alertText(el)).to.contain('not found (404)');
    const retry = el.shadowRoot!.querySelector('button')!;
    expect(retry.textContent).to.equal('Try again');
    await expect(el).to.be.accessible();
  });

  it('retries a 503 with backoff and succeeds', async () => {
    const key = uniqueKey();
    const el = await fixture<TestLoader>(html`<test-loader src=${`/__rk/flaky?key=${key}&fails=2&file=test/fixtures/ok.json`}></test-loader>`);
    await log.wait('rk-load', el);
    const count = await (await fetch(`/__rk/count?of=${key}`)).json();
    expect(count.count).to.equal(3);
  });

  it('gives up after the retries on a persistent 500 and says the server had a problem', async () => {
    const el = await fixture<TestLoader>(html`<test-loader src="/__rk/status/500"></test-loader>`);
    await log.wait('rk-error', el);
    await el.updateComplete;
    expect(alertText(el)).to.contain('server had a problem (500)');
  });

  it('tells invalid JSON and an HTML page served with 200 apart', async () => {
    const el = await fixture<TestLoader>(html`<test-loader src="/__rk/invalid-json"></test-loader>`);
    await log.wait('rk-error', el);
    await el.updateComplete;
    expect(alertText(el)).to.contain('not valid JSON');
    el.src = '/__rk/html200';
    await log.wait('rk-error', el, 2);
    await el.updateComplete;
    expect(alertText(el)).to.contain('web page instead of data');
  });

  it('times out a slow server', async () => {
    const el = await fixture<TestLoader>(html`<test-loader .timeout=${200} src=${'/__rk/slow?ms=3000'}></test-loader>`);
    const ev = await log.wait<{ code: string }>('rk-error', el);
    expect(ev.detail.code).to.equal('timeout');
  });

  it('keeps the last good data when a refresh fails, and recovers with Try again', async () => {
    const key = uniqueKey();
    const el = await fixture<TestLoader>(html`<test-loader src="/test/fixtures/ok.json"></test-loader>`);
    await log.wait('rk-load', el);
    el.src = '/__rk/status/404?x=' + key;
    const err = await log.wait<{ stale: boolean }>('rk-error', el);
    expect(err.detail.stale).to.equal(true);
    await el.updateComplete;
    expect(items(el)).to.deep.equal(['first', 'second']);
    expect(alertText(el)).to.contain('last information that loaded');
    await expect(el).to.be.accessible();
  });

  it('lets the latest src win when it changes mid-flight', async () => {
    const el = await fixture<TestLoader>(html`<test-loader src=${'/__rk/slow?ms=600&file=test/fixtures/ok.json'}></test-loader>`);
    el.src = '/test/fixtures/other.json';
    const loads: string[] = [];
    el.addEventListener('rk-load', (e) => loads.push((e as CustomEvent).detail.src));
    await waitUntil(() => loads.length > 0);
    await new Promise((r) => setTimeout(r, 800));
    expect(loads).to.deep.equal(['/test/fixtures/other.json']);
    await el.updateComplete;
    expect(items(el)).to.deep.equal(['other']);
  });

  it('resolves a relative src against <rk-provider endpoint-base>, and loads again when the base changes', async () => {
    await import('../../src/elements/provider/define.js');
    await import('../../src/elements/faq/define.js');
    const wrap = await fixture<HTMLElement>(html`<rk-provider endpoint-base="/test/fixtures/">
      <test-loader src="ok.json"></test-loader>
      <rk-faq src="faq/faq.json"></rk-faq>
    </rk-provider>`);
    const el = wrap.querySelector<TestLoader>('test-loader')!;
    const faq = wrap.querySelector('rk-faq')!;
    await waitUntil(() => items(el).length, 'the loader never loaded from the base');
    expect(items(el)).to.deep.equal(['first', 'second']);
    expect(log.of<{ src: string }>('rk-load', el).map((e) => e.detail.src)).to.deep.equal([new URL('/test/fixtures/ok.json', location.href).href]);
    await waitUntil(() => faq.shadowRoot?.querySelectorAll('[part="trigger"]').length, 'the FAQ never loaded from the base');
    expect(alertText(faq)).to.equal('');
    await expect(wrap).to.be.accessible();
    wrap.setAttribute('endpoint-base', '/test/fixtures/endpoint-b/');
    await waitUntil(() => items(el)[0] === 'from the other base', 'the new base was not used');
    // An absolute src ignores the base.
    el.src = '/test/fixtures/other.json';
    await waitUntil(() => items(el)[0] === 'other');
  });

  it('refuses a javascript: src without making a request', async () => {
    const el = await fixture<TestLoader>(html`<test-loader src="javascript:alert(1)"></test-loader>`);
    const ev = await log.wait<{ code: string }>('rk-error', el);
    expect(ev.detail.code).to.equal('invalid-src');
  });

  it('Try again loads again after a failure', async () => {
    const key = uniqueKey();
    const el = await fixture<TestLoader>(html`<test-loader src=${`/__rk/flaky?key=${key}&fails=3&file=test/fixtures/ok.json`}></test-loader>`);
    await log.wait('rk-error', el);
    await el.updateComplete;
    const retry = el.shadowRoot!.querySelector('button')!;
    retry.click();
    await log.wait('rk-load', el);
    await el.updateComplete;
    expect(items(el)).to.deep.equal(['first', 'second']);
  });

  it('survives being removed mid-load and finishes when put back', async () => {
    const el = await fixture<TestLoader>(html`<test-loader src=${'/__rk/slow?ms=300&file=test/fixtures/ok.json'}></test-loader>`);
    const parent = el.parentNode!;
    el.remove();
    let loaded = false;
    el.addEventListener('rk-load', () => (loaded = true));
    await new Promise((r) => setTimeout(r, 500));
    expect(loaded).to.equal(false);
    parent.appendChild(el);
    await log.wait('rk-load', el);
  });

  it('shows the error in Spanish when the page is in Spanish', async () => {
    const el = await fixture<TestLoader>(html`<div lang="es"><test-loader src="/__rk/status/404"></test-loader></div>`).then(
      (d) => d.querySelector('test-loader') as TestLoader,
    );
    await log.wait('rk-error', el);
    await el.updateComplete;
    expect(alertText(el)).to.contain('No se encontró');
    expect(el.shadowRoot!.querySelector('button')!.textContent).to.equal('Reintentar');
  });
});
