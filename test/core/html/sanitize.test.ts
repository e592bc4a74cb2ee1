import { expect } from '@open-wc/testing';
import {
  sanitizeHtml,
  sanitizeHtmlReport,
  serializeSafe,
  toPlainText,
  type SafeNode,
} from '../../../src/core/html/sanitize.js';
import { decodeEntities } from '../../../src/core/html/entities.js';
import { expectSafeHtml, expectSafeTree } from './safe-tree.js';

const t = (text: string): SafeNode => ({ type: 'text', text });
const el = (tag: string, children: SafeNode[] = [], attrs: Record<string, string> = {}): SafeNode =>
  ({ type: 'element', tag, attrs, children }) as SafeNode;
const html = (input: string): string => serializeSafe(sanitizeHtml(input));

/** Every entry must come out with no disallowed tag, attribute or scheme, and nothing executable. */
const HOSTILE: string[] = [
  '<img src=x onerror=alert(1)>',
  '<img src="x" onerror="alert(1)">after',
  '<script>alert(1)</script>',
  '<SCRIPT SRC=//evil.example/x.js></SCRIPT>',
  '<script/src=//evil.example></script>',
  '<script>alert(1)',
  '<a href="javascript:alert(1)">x</a>',
  '<a href=javascript:alert(1)>unquoted</a>',
  "<a href='javascript:alert(1)'>single</a>",
  '<A HREF="JAVASCRIPT:alert(1)">upper</A>',
  '<a href="  JaVaScRiPt:alert(1)">mixed</a>',
  '<a onclick="alert(1)" href="https://ok.example">x</a>',
  '<a href="https://ok.example" onmouseover=alert(1) target=_blank style="x" id=y class=z>x</a>',
  '<svg onload=alert(1)><circle r=1 /></svg>',
  '<svg><script>alert(1)</script></svg>',
  '<iframe src="https://evil.example"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<a href="jav&#x09;ascript:alert(1)">tab entity</a>',
  '<a href="jav&#9;ascript:alert(1)">tab entity decimal</a>',
  '<a href="java&Tab;script:alert(1)">named tab</a>',
  '<a href="java&NewLine;script:alert(1)">named newline</a>',
  '<a href="&#106;avascript:alert(1)">decimal</a>',
  '<a href="&#x6A;avascript&colon;alert(1)">hex + colon</a>',
  '<a href="javascript&#58;alert(1)">colon entity</a>',
  '<a href="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)">no semicolons</a>',
  '<a href="java\u0000script:alert(1)">nul</a>',
  '<a href="java&#0;script:alert(1)">nul entity</a>',
  '<a href="\u0001javascript:alert(1)">control</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data</a>',
  '<a href="vbscript:msgbox(1)">vb</a>',
  '<a href="//evil.example">protocol relative</a>',
  '<a href="/relative">relative without base</a>',
  '<a href="javascript:alert(1)" href="https://ok.example">first href wins</a>',
  '<a/href="javascript:alert(1)">slash</a>',
  '<a href="https://ok.example/&quot;onmouseover=&quot;alert(1)">quote</a>',
  '<style>body{background:url(javascript:alert(1))}</style>styled',
  '<style><img src=x onerror=alert(1)></style>',
  '<p>a<b>b<i>c</p>unclosed<ul><li>x',
  '<b><i>x</b>y</i>',
  '<!-- <script>alert(1)</script> -->comment',
  '<!--><img src=x onerror=alert(1)>-->',
  '<!-- unterminated <img src=x onerror=alert(1)>',
  '<![CDATA[<script>alert(1)</script>]]>',
  '<<script>alert(1)//<</script>',
  '<scr<script>ipt>alert(1)</script>',
  '<object data="javascript:alert(1)"><param name=x value=y></object>',
  '<embed src="javascript:alert(1)">',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<template><script>alert(1)</script></template>',
  '<textarea><script>alert(1)</script></textarea>',
  '<title></title><img src=x onerror=alert(1)>',
  '<select><option><img src=x onerror=alert(1)></select>',
  '<form action="javascript:alert(1)"><button formaction=javascript:alert(1)>go</button></form>',
  '<p onmouseover=alert(1) style="color:red">styled p</p>',
  '<details open ontoggle=alert(1)><summary>s</summary>d</details>',
  '<input autofocus onfocus=alert(1)>',
  '<body onload=alert(1)>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<link rel=stylesheet href=//evil.example/x.css>',
  '<base href="javascript:alert(1)//">',
  '<video><source onerror="alert(1)"></video>',
  '<img src=x onerror=alert(1)',
  '<a href="https://ok.example"',
  '<xmp><script>alert(1)</script></xmp>',
  '<plaintext><script>alert(1)</script>',
  '<h1>h1 unwraps</h1><h2>h2 too</h2><div><span>span</span></div>',
  '<table><tr><td>cell</td></tr></table>',
  '<a href="https://ok.example"><a href="javascript:alert(1)">nested</a></a>',
  '</p></li></ul></a>stray end tags',
  '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>',
];

describe('core/html/sanitize hostile corpus', () => {
  for (const input of HOSTILE) {
    it(`neutralizes ${JSON.stringify(input).slice(0, 90)}`, () => {
      const nodes = sanitizeHtml(input);
      expectSafeTree(nodes);
      const out = serializeSafe(nodes);
      expectSafeHtml(out);
      expect(out).not.to.match(/<(?!\/?(p|br|ul|ol|li|a|strong|em|b|i|h[3-6])\b)/i);
      expect(out).not.to.match(/\son\w+=/i);
      expect(out.toLowerCase()).not.to.include('javascript:');
      // Stable: sanitizing the safe serialization gives the same tree.
      expect(sanitizeHtml(out)).to.deep.equal(nodes);
    });
  }

  it('drops script, style and other dangerous content entirely, keeps ordinary text', () => {
    expect(html('<script>alert(1)</script>ok')).to.equal('ok');
    expect(html('<style>p{}</style>ok')).to.equal('ok');
    expect(html('<svg onload=alert(1)><b>in</b></svg>after')).to.equal('after');
    expect(html('<iframe>x</iframe><object>y</object><template>z</template>ok')).to.equal('ok');
    expect(html('<textarea>a</textarea><select><option>b</select><title>c</title><noscript>d</noscript>ok')).to.equal('ok');
    expect(html('<img src=x onerror=alert(1)>hi')).to.equal('hi');
    expect(html('<!-- <script> -->c')).to.equal('c');
    expect(html('<![CDATA[x]]>y')).to.equal('y');
  });

  it('handles the script-breakout tricks as text, never as elements', () => {
    expect(html('<<script>alert(1)</script>')).to.equal('&lt;');
    expect(html('<noscript><p title="</noscript><img src=x onerror=alert(1)>">')).to.equal('"&gt;');
    expect(html('<![CDATA[<script>alert(1)</script>]]>')).to.equal('alert(1)]]&gt;');
    expect(html('<xmp><b>x</b></xmp>')).to.equal('&lt;b&gt;x&lt;/b&gt;');
  });

  it('keeps a link whose href is safe, adds rel, drops every other attribute', () => {
    expect(sanitizeHtml('<a href="https://ok.example" onclick="x()" target="_blank" title="t">y</a>')).to.deep.equal([
      el('a', [t('y')], { href: 'https://ok.example/', rel: 'noopener noreferrer' }),
    ]);
    expect(html('<a href="mailto:help@example.org">mail</a> <a href="tel:988">988</a>')).to.equal(
      '<a href="mailto:help@example.org" rel="noopener noreferrer">mail</a> <a href="tel:988" rel="noopener noreferrer">988</a>',
    );
  });

  it('turns a link with a bad href into its text', () => {
    expect(sanitizeHtml('<p>see <a href="javascript:alert(1)" onclick="x">this</a>.</p>')).to.deep.equal([
      el('p', [t('see this.')]),
    ]);
  });

  it('resolves relative links only when given a base', () => {
    expect(html('<a href="/meetings">m</a>')).to.equal('m');
    expect(serializeSafe(sanitizeHtml('<a href="/meetings">m</a>', { base: 'https://site.example/faq/' }))).to.equal(
      '<a href="https://site.example/meetings" rel="noopener noreferrer">m</a>',
    );
  });
});

describe('core/html/sanitize benign markup', () => {
  it('survives exactly', () => {
    const benign =
      '<h3>Costs</h3><p>We accept <strong>Medicaid</strong>, <em>Medicare</em> and most <b>private</b> <i>plans</i>.</p>' +
      '<ul><li>Call <a href="tel:+18006624357" rel="noopener noreferrer">1-800-662-4357</a></li>' +
      '<li>Email <a href="mailto:help@example.org" rel="noopener noreferrer">us</a></li></ul>' +
      '<ol><li>One</li><li>Two<br>lines</li></ol><h4>More</h4><h5>Five</h5><h6>Six</h6>' +
      '<p><a href="https://example.org/faq?x=1&amp;y=2" rel="noopener noreferrer">link</a> 1 &lt; 2 &amp;&amp; 3 &gt; 2</p>';
    const nodes = sanitizeHtml(benign);
    expectSafeTree(nodes);
    expect(serializeSafe(nodes)).to.equal(benign);
  });

  it('keeps whitespace text between list items and paragraphs', () => {
    const src = '<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>\n<p>c</p>';
    expect(html(src)).to.equal(src);
  });

  it('builds the expected tree', () => {
    expect(sanitizeHtml('<p>Hi <b>there</b><br>friend</p>')).to.deep.equal([
      el('p', [t('Hi '), el('b', [t('there')]), el('br'), t('friend')]),
    ]);
  });

  it('lowercases uppercase tags and decodes entities into text', () => {
    expect(sanitizeHtml('<P>Caf&eacute; &amp; t&#233; &#x1F600; &copy &nbsp;</P>')).to.deep.equal([
      el('p', [t('Café & té 😀 © \u00a0')]),
    ]);
  });
});

describe('core/html/sanitize structure repair', () => {
  it('balances unclosed and misnested tags', () => {
    expect(html('<p>unclosed <b>bold')).to.equal('<p>unclosed <b>bold</b></p>');
    expect(html('<p>a<p>b')).to.equal('<p>a</p><p>b</p>');
    expect(html('<ul><li>x<li>y</ul>')).to.equal('<ul><li>x</li><li>y</li></ul>');
    expect(html('<b><i>x</b>y</i>z')).to.equal('<b><i>x</i></b><i>y</i>z');
    expect(html('<p><b>x</p><p>y</p>')).to.equal('<p><b>x</b></p><p><b>y</b></p>');
    expect(html('<h3>Q<h4>R')).to.equal('<h3>Q</h3><h4>R</h4>');
    expect(html('<h3>Q<span> <h4>R</h4></span>')).to.equal('<h3>Q </h3><h4>R</h4>');
    expect(html('<p>x<ul><li>y</li></ul>')).to.equal('<p>x</p><ul><li>y</li></ul>');
    expect(html('</b></p>stray')).to.equal('stray');
  });

  it('keeps lists valid: orphan items unwrap, loose list content gets an item', () => {
    expect(html('<li>orphan</li>')).to.equal('orphan');
    expect(html('<ul>text<b>b</b></ul>')).to.equal('<ul><li>text<b>b</b></li></ul>');
    expect(html('<ol><p>para</p></ol>')).to.equal('<ol><li><p>para</p></li></ol>');
  });

  it('keeps words apart when unwrapping blocks', () => {
    expect(html('<div>Call us</div><div>Mon-Fri</div>')).to.equal('Call us Mon-Fri');
    expect(html('<span>a</span><span>b</span>')).to.equal('ab');
  });

  it('turns </br> into a line break as browsers do', () => {
    expect(html('a</br>b')).to.equal('a<br>b');
  });

  it('drops a tag cut off by the end of input', () => {
    expect(html('ok<a href="https://x.example"')).to.equal('ok');
    expect(html('ok<b')).to.equal('ok');
    expect(html('ok</')).to.equal('ok&lt;/');
  });

  it('normalizes CRLF and strips NUL characters from text', () => {
    expect(html('a\r\nb\rc\u0000d')).to.equal('a\nb\ncd');
  });
});

describe('core/html/sanitize limits', () => {
  it('caps nesting depth', () => {
    const nodes = sanitizeHtml('<b>'.repeat(5000) + 'deep');
    const stats = expectSafeTree(nodes);
    expect(stats.depth).to.be.at.most(32);
    expect(toPlainText(nodes)).to.equal('deep');
    expect(expectSafeTree(sanitizeHtml('<ul><li>'.repeat(100) + 'x', { maxDepth: 8 })).depth).to.be.at.most(8);
  });

  it('caps the node count and reports truncation', () => {
    const r = sanitizeHtmlReport('<b>x</b>'.repeat(5000));
    expect(r.truncated).to.equal(true);
    expect(expectSafeTree(r.nodes).nodes).to.be.at.most(2000);
    expect(sanitizeHtmlReport('<p>ok</p>').truncated).to.equal(false);
    expect(sanitizeHtmlReport('<b>x</b>'.repeat(50), { maxNodes: 10 }).nodes.length).to.be.at.most(10);
  });

  it('caps text length', () => {
    const r = sanitizeHtmlReport('x'.repeat(500), { maxTextLength: 100 });
    expect(r.truncated).to.equal(true);
    expect(toPlainText(r.nodes)).to.have.length(100);
  });

  // No timed assertion: a quadratic or backtracking sanitizer would hang and fail on the runner's test timeout.
  it('survives 10 MB of hostile input', () => {
    const unit =
      '<p>ok <img src=x onerror=alert(1)><a href="javascript:alert(1)" onclick=x>x</a><script>alert(1)</script>' +
      '<svg onload=alert(1)><b>no</b></svg><!-- c --><div><<b>y</b></p>';
    const flavours = [
      unit.repeat(Math.ceil(10_000_000 / unit.length)),
      '<div>'.repeat(2_000_000),
      '<b>'.repeat(3_400_000),
      '&amp;'.repeat(2_000_000),
      `<a href="${'a'.repeat(10_000_000)}`,
      `<!--${'-'.repeat(10_000_000)}`,
      '<p title="'.repeat(1_000_000),
      `<script>${'x'.repeat(10_000_000)}`,
    ];
    for (const input of flavours) {
      expect(input.length).to.be.at.least(9_000_000);
      const r = sanitizeHtmlReport(input);
      const stats = expectSafeTree(r.nodes);
      expect(stats.nodes).to.be.at.most(2000);
      expect(stats.depth).to.be.at.most(32);
    }
  });

  it('returns [] for non-string input', () => {
    for (const v of [undefined, null, 1, {}, [], true]) expect(sanitizeHtml(v)).to.deep.equal([]);
  });
});

describe('core/html toPlainText and serializeSafe', () => {
  it('gives the text a reader sees', () => {
    expect(toPlainText(sanitizeHtml('<h3>Q</h3><p>One\n   two</p><ul><li>a</li><li>b<br>c</li></ul>'))).to.equal(
      'Q\nOne two\na\nb\nc',
    );
    expect(toPlainText([])).to.equal('');
  });

  it('re-checks hand-built trees', () => {
    const forged = [
      el('script', [t('alert(1)')]),
      el('a', [t('x')], { href: 'javascript:alert(1)', onclick: 'y' }),
      el('p', [t('<img src=x onerror=alert(1)>')], { onclick: 'z' }),
      el('a', [t('ok')], { href: 'https://ok.example/"><script>', rel: 'x' }),
    ];
    const out = serializeSafe(forged);
    expect(out).to.equal(
      'alert(1)x<p>&lt;img src=x onerror=alert(1)&gt;</p><a href="https://ok.example/%22%3E%3Cscript%3E" rel="noopener noreferrer">ok</a>',
    );
    expectSafeHtml(out);
  });

  it('keeps custom schemes only when told', () => {
    const nodes = sanitizeHtml('<a href="sms:+15551234">text us</a>', { schemes: ['sms:'] });
    expect(serializeSafe(nodes)).to.equal('text us');
    expect(serializeSafe(nodes, { schemes: ['sms:'] })).to.equal('<a href="sms:+15551234" rel="noopener noreferrer">text us</a>');
  });
});

describe('core/html entities', () => {
  it('decodes named, numeric and legacy references like browsers', () => {
    expect(decodeEntities('&amp;&lt;&gt;&quot;&apos;&nbsp;&hellip;&mdash;&euro;&ntilde;&Ntilde;')).to.equal('&<>"\'\u00a0…—€ñÑ');
    expect(decodeEntities('&#65;&#x42;&#X43;&#0;&#x110000;&#xD800;&#128;&#150;')).to.equal('ABC\ufffd\ufffd\ufffd€–');
    expect(decodeEntities('&copy 2026 &notit; &unknown; & &#; &#x;')).to.equal('© 2026 ¬it; &unknown; & &#; &#x;');
    expect(decodeEntities('?a=1&copy=2&amp=3', true)).to.equal('?a=1&copy=2&amp=3');
    expect(decodeEntities('&constructor; &__proto__;')).to.equal('&constructor; &__proto__;');
  });
});
