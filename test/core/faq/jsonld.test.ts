import { expect } from '@open-wc/testing';
import { parseFaqJson } from '../../../src/core/faq/items.js';
import { faqPageJsonLd, jsonLdScriptText } from '../../../src/core/faq/jsonld.js';
import { sanitizeHtml, toPlainText } from '../../../src/core/html/sanitize.js';
import { expectSafeHtml } from '../html/safe-tree.js';

describe('core/faq/jsonld faqPageJsonLd', () => {
  const { items } = parseFaqJson([
    { id: 'cost', question: 'Is it free?', answer: '<p>Yes, <strong>no fees</strong>.<script>alert(1)</script></p>' },
    { question: 'Who can I call?', answer: 'Call <a href="tel:988" onclick="x">988</a> <img src=x onerror=alert(1)>' },
  ]);

  it('builds a FAQPage whose answers are the sanitized, visible answers', () => {
    expect(faqPageJsonLd(items)).to.deep.equal({
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      mainEntity: [
        {
          '@type': 'Question',
          name: 'Is it free?',
          acceptedAnswer: { '@type': 'Answer', text: '<p>Yes, <strong>no fees</strong>.</p>' },
        },
        {
          '@type': 'Question',
          name: 'Who can I call?',
          acceptedAnswer: { '@type': 'Answer', text: 'Call <a href="tel:988" rel="noopener noreferrer">988</a> ' },
        },
      ],
    });
  });

  it('answer text reads the same as the visible answer', () => {
    for (const [k, q] of faqPageJsonLd(items).mainEntity.entries()) {
      expectSafeHtml(q.acceptedAnswer.text);
      expect(toPlainText(sanitizeHtml(q.acceptedAnswer.text))).to.equal(items[k].answerText);
      const rendered = new DOMParser().parseFromString(q.acceptedAnswer.text, 'text/html').body.textContent ?? '';
      expect(rendered.replace(/\s+/g, ' ').trim()).to.equal(items[k].answerText.replace(/\s+/g, ' '));
    }
  });

  it('adds Question @ids under a page URL', () => {
    const ld = faqPageJsonLd(items, { pageUrl: 'https://site.example/faq/#old' });
    expect(ld.mainEntity.map((q) => q['@id'])).to.deep.equal(['https://site.example/faq/#cost', 'https://site.example/faq/#who-can-i-call']);
  });

  it('round-trips through parseFaqJson', () => {
    const again = parseFaqJson(faqPageJsonLd(items));
    expect(again.items.map((i) => [i.question, i.answer, i.answerText])).to.deep.equal(items.map((i) => [i.question, i.answer, i.answerText]));
  });
});

describe('core/faq/jsonld jsonLdScriptText', () => {
  it('cannot break out of a script element', () => {
    const text = jsonLdScriptText({ name: '</script><script>alert(1)</script><!-- & \u2028\u2029' });
    expect(text).not.to.include('<');
    expect(text).not.to.include('>');
    expect(text).not.to.include('&');
    expect(text).not.to.include('\u2028');
    expect(text).to.equal('{"name":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028\\u2029"}');
    expect(JSON.parse(text)).to.deep.equal({ name: '</script><script>alert(1)</script><!-- & \u2028\u2029' });
  });

  it('stays inside a real script element when parsed by the browser', () => {
    const ld = faqPageJsonLd(
      parseFaqJson([{ question: '</script><img src=x onerror=alert(1)>', answer: '1 < 2 </script> & <b>b</b>' }]).items,
    );
    const doc = new DOMParser().parseFromString(
      `<script type="application/ld+json">${jsonLdScriptText(ld)}</script><p id="after">after</p>`,
      'text/html',
    );
    const scripts = doc.querySelectorAll('script');
    expect(scripts).to.have.length(1);
    expect(doc.querySelectorAll('img')).to.have.length(0);
    expect(JSON.parse(scripts[0].textContent ?? '')).to.deep.equal(ld);
    expect(doc.getElementById('after')?.textContent).to.equal('after');
  });

  it('writes null for undefined', () => {
    expect(jsonLdScriptText(undefined)).to.equal('null');
  });
});
