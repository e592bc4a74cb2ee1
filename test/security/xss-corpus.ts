/**
 * XSS payloads for the hostile-data tests. Every payload that could run script sets the
 * page-level canary (`window.__pwned` / `top.__pwned`), so a test only has to check the canary
 * after rendering. `scripts/gen-hostile-fixtures.mjs` reads the list between the CORPUS markers
 * (JSON strings, one per line) to build the feeds in test/fixtures/hostile/.
 */
export const XSS_PAYLOADS: readonly string[] = [
  // BEGIN CORPUS
  "<script>top.__pwned=1</script>",
  "<SCRIPT SRC=data:text/javascript,top.__pwned=1></SCRIPT>",
  "<img src=x onerror=top.__pwned=1>",
  "<img src=x onerror=\"top.__pwned=1\">",
  "<IMG SRC=x OnErRoR=top.__pwned=1>",
  "<img src=x:alert onerror=window.__pwned=1 />",
  "<svg onload=top.__pwned=1>",
  "<svg><script>top.__pwned=1</script></svg>",
  "<svg><animate onbegin=top.__pwned=1 attributeName=x dur=1s>",
  "<svg><a xlink:href=\"javascript:top.__pwned=1\"><text x=20 y=20>click</text></a></svg>",
  "<math><mtext><table><mglyph><style><img src=x onerror=top.__pwned=1>",
  "<body onload=top.__pwned=1>",
  "<iframe src=\"javascript:top.__pwned=1\"></iframe>",
  "<iframe srcdoc=\"<script>top.__pwned=1</script>\"></iframe>",
  "<object data=\"javascript:top.__pwned=1\"></object>",
  "<embed src=\"data:text/html,<script>top.__pwned=1</script>\">",
  "<a href=\"javascript:top.__pwned=1\">link</a>",
  "<a href=\"JaVaScRiPt:top.__pwned=1\">link</a>",
  "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;top.__pwned=1\">entities</a>",
  "<a href=\"&#x6A;avascript&colon;top.__pwned=1\">hex entity</a>",
  "<a href=\" \u0001javascript:top.__pwned=1\">control char</a>",
  "<a href=\"java\tscript:top.__pwned=1\">tab</a>",
  "<a href=\"java\nscript:top.__pwned=1\">newline</a>",
  "<a href=\"vbscript:top.__pwned=1\">vb</a>",
  "<a href=\"data:text/html;base64,PHNjcmlwdD50b3AuX19wd25lZD0xPC9zY3JpcHQ+\">data</a>",
  "<a href=\"https://example.org\" onclick=\"top.__pwned=1\" onmouseover=\"top.__pwned=1\">ok link, bad handler</a>",
  "<a href=\"//evil.example/x\" target=_top>protocol-relative</a>",
  "<form action=\"javascript:top.__pwned=1\"><button>go</button></form>",
  "<button formaction=\"javascript:top.__pwned=1\">go</button>",
  "<input autofocus onfocus=top.__pwned=1>",
  "<select autofocus onfocus=top.__pwned=1>",
  "<textarea autofocus onfocus=top.__pwned=1></textarea>",
  "<details open ontoggle=top.__pwned=1>",
  "<video><source onerror=\"top.__pwned=1\"></video>",
  "<audio src=x onerror=top.__pwned=1>",
  "<marquee onstart=top.__pwned=1>x</marquee>",
  "<div style=\"background:url(javascript:top.__pwned=1)\">style</div>",
  "<style>@import 'javascript:top.__pwned=1';</style>",
  "<link rel=stylesheet href=\"javascript:top.__pwned=1\">",
  "<meta http-equiv=\"refresh\" content=\"0;url=javascript:top.__pwned=1\">",
  "<base href=\"javascript:top.__pwned=1//\">",
  "<isindex type=image src=1 onerror=top.__pwned=1>",
  "<table background=\"javascript:top.__pwned=1\">",
  "<p title=\"</p><img src=x onerror=top.__pwned=1>\">attr breakout</p>",
  "\"><img src=x onerror=top.__pwned=1>",
  "'><svg onload=top.__pwned=1>",
  "\" onmouseover=\"top.__pwned=1\" x=\"",
  "' autofocus onfocus='top.__pwned=1' x='",
  "</script><script>top.__pwned=1</script>",
  "</title><script>top.__pwned=1</script>",
  "</style><script>top.__pwned=1</script>",
  "<!--<img src=x onerror=top.__pwned=1>-->",
  "<![CDATA[<img src=x onerror=top.__pwned=1>]]>",
  "<noscript><p title=\"</noscript><img src=x onerror=top.__pwned=1>\"></noscript>",
  "<template><img src=x onerror=top.__pwned=1></template>",
  "<img src=x onerror=&#116;&#111;&#112;.__pwned=1>",
  "<img src=x onerror=\\u0074op.__pwned=1>",
  "&lt;img src=x onerror=top.__pwned=1&gt;",
  "<scr<script>ipt>top.__pwned=1</scr</script>ipt>",
  "<<script>script>top.__pwned=1<</script>/script>",
  "${top.__pwned=1}",
  "{{constructor.constructor('top.__pwned=1')()}}",
  "<lit-html-marker-?lit$123$><img src=x onerror=top.__pwned=1>",
  "javascript:top.__pwned=1",
  "JAVASCRIPT:top.__pwned=1",
  " javascript:top.__pwned=1",
  "javascript&#58;top.__pwned=1",
  "data:text/html,<script>top.__pwned=1</script>",
  "vbscript:msgbox(1)",
  "<a href=\"mailto:x@example.org\" onclick=top.__pwned=1>mail</a>",
  "<a href=\"tel:988\" onfocus=top.__pwned=1 autofocus>tel</a>",
  "<x-foo onclick=top.__pwned=1 is=x>custom</x-foo>",
  "<rk-faq src=\"javascript:top.__pwned=1\"></rk-faq>",
  "\u202e<img src=x onerror=top.__pwned=1>\u202d",
  "\u0000<script>top.__pwned=1</script>",
  "<img src=\"x\" onerror=\"eval(atob('dG9wLl9fcHduZWQ9MQ=='))\">",
  "<svg><use href=\"data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='x' onerror='top.__pwned=1'/></svg>#x\"/></svg>",
  // END CORPUS
];

/** Hostile values for fields that are meant to hold a URL (links, src, conference URLs). */
export const URL_PAYLOADS: readonly string[] = XSS_PAYLOADS.filter((p) => /^\s*(javascript|data|vbscript)/i.test(p) || /script:/.test(p));

/** Reads the canary the payloads set. */
export function pwned(): boolean {
  const w = window as unknown as { __pwned?: unknown };
  return w.__pwned !== undefined;
}

export function resetCanary(): void {
  delete (window as unknown as { __pwned?: unknown }).__pwned;
}
