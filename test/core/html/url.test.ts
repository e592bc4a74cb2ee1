import { expect } from '@open-wc/testing';
import { safeUrl, telHref } from '../../../src/core/html/url.js';

describe('core/html/url safeUrl', () => {
  it('keeps http, https, mailto and tel links, normalized', () => {
    expect(safeUrl('https://example.org/a b?q=1#x')).to.equal('https://example.org/a%20b?q=1#x');
    expect(safeUrl('HTTP://Example.ORG')).to.equal('http://example.org/');
    expect(safeUrl('mailto:help@example.org')).to.equal('mailto:help@example.org');
    expect(safeUrl('tel:+18006624357')).to.equal('tel:+18006624357');
    expect(safeUrl('  \n https://example.org/ \t ')).to.equal('https://example.org/');
  });

  it('refuses script-capable and other schemes however they are disguised', () => {
    const bad = [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      '\u0000javascript:alert(1)',
      '\u0001\u001fjavascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'java\rscript:alert(1)',
      'jav\u0000ascript:alert(1)',
      '\u00a0javascript:alert(1)',
      '\ufeffjavascript:alert(1)',
      'javascript\u200b:alert(1)',
      'vbscript:msgbox(1)',
      'VBScript:msgbox(1)',
      'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
      'DATA:text/html,<script>alert(1)</script>',
      'file:///etc/passwd',
      'blob:https://example.org/1234',
      'ftp://example.org/',
      'about:blank',
      'mailto:',
      'tel:',
      'http://',
      'https:',
    ];
    for (const url of bad) {
      expect(safeUrl(url), JSON.stringify(url)).to.equal(null);
      expect(safeUrl(url, { base: 'https://site.example/faq/' }), `${JSON.stringify(url)} with base`).to.equal(null);
    }
  });

  it('refuses protocol-relative URLs, with or without a base', () => {
    for (const url of ['//evil.example/x', '\\\\evil.example', '/\\evil.example', '\\/evil.example', ' //evil.example']) {
      expect(safeUrl(url), url).to.equal(null);
      expect(safeUrl(url, { base: 'https://site.example/' }), url).to.equal(null);
    }
  });

  it('allows relative URLs only with a base, resolved against it', () => {
    expect(safeUrl('/meetings')).to.equal(null);
    expect(safeUrl('meetings?day=1')).to.equal(null);
    expect(safeUrl('/meetings', { base: 'https://site.example/faq/' })).to.equal('https://site.example/meetings');
    expect(safeUrl('../help#crisis', { base: 'https://site.example/faq/x' })).to.equal('https://site.example/help#crisis');
    expect(safeUrl('#top', { base: 'https://site.example/faq' })).to.equal('https://site.example/faq#top');
    expect(safeUrl('/x', { base: 'not a url' })).to.equal(null);
    expect(safeUrl('/x', { base: 'javascript:alert(1)//' })).to.equal(null);
  });

  it('honours a custom scheme list', () => {
    expect(safeUrl('mailto:a@example.org', { schemes: ['https'] })).to.equal(null);
    expect(safeUrl('https://example.org', { schemes: ['HTTPS:'] })).to.equal('https://example.org/');
    expect(safeUrl('sms:+15551234', { schemes: ['sms:'] })).to.equal('sms:+15551234');
  });

  it('refuses non-strings and absurdly long input without throwing', () => {
    for (const v of [undefined, null, 42, {}, [], true]) expect(safeUrl(v)).to.equal(null);
    expect(safeUrl('')).to.equal(null);
    expect(safeUrl(`https://example.org/${'a'.repeat(10_000)}`)).to.equal(null);
  });
});

describe('core/html/url telHref', () => {
  it('keeps digits, a leading +, and , * # (encoded)', () => {
    expect(telHref('+1 (800) 662-4357')).to.equal('tel:+18006624357');
    expect(telHref('988')).to.equal('tel:988');
    expect(telHref('555-1234,,2#')).to.equal('tel:5551234,,2%23');
    expect(telHref('*67 555 1234')).to.equal('tel:*675551234');
    expect(telHref('1 + 800')).to.equal('tel:1800');
    expect(telHref('＋１ ８００')).to.equal('tel:+1800');
    expect(telHref(741741)).to.equal('tel:741741');
  });

  it('returns null when no number is left or letters would change the number', () => {
    for (const v of ['', '  ', '+', '#*', 'call us', '1-800-662-HELP', null, undefined, {}]) {
      expect(telHref(v), String(v)).to.equal(null);
    }
  });
});
