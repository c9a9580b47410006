// The XSS corpus: what a hostile or careless newsroom account might type into any field. Each
// payload carries its own marker (XSS01 … XSS99), and each one that runs script reports that marker:
// alert`XSS07` opens a dialog reading "XSS07" (no quotes, so it survives any attribute quoting, and
// short enough for a tag or a section name), a few request `/xss-hit/XSSnn` instead. A test that sees a dialog or such a request
// names the payload that fired. Text fields must show every payload as the characters typed.

export interface XssPayload {
  id: string;
  text: string;
}

/** The path the request-making payloads fetch; a test routes and records it. */
export const XSS_HIT_PATH = '/xss-hit/';

// `$F` is the firing expression, `$M` the bare marker.
const TEMPLATES: string[] = [
  // Event handlers
  '<img src=x onerror=$F>',
  '<svg onload=$F>',
  '<body onload=$F>',
  '<details open ontoggle=$F>',
  '<input autofocus onfocus=$F>',
  '<video><source onerror=$F></video>',
  '<audio src=x onerror=$F>',
  '<marquee onstart=$F>xss</marquee>',
  '<div onmouseover="$F" style="position:fixed;inset:0">x</div>',
  '" onmouseover="$F" autofocus onfocus="$F" x="',
  "' onfocus='$F' autofocus x='",
  '<iframe onload=$F></iframe>',
  '<object data=x onerror=$F></object>',
  '<style onload=$F></style>',
  '<img src=x onerror=&#97;lert`$M`>',
  '<img/src/onerror=$F>',
  // javascript: and friends, plain and disguised
  'javascript:$F',
  ' \u0001\tjavascript:$F',
  'JaVaScRiPt:$F',
  'java\tscript:$F',
  'java\nscript:$F',
  '&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;$F',
  '&#x6A;avascript&colon;$F',
  'javascript&#58;$F',
  '<a href="jav&#x09;ascript:$F">click</a>',
  '<a href="&#x20;javascript:$F">click</a>',
  '<a href="javascript:$F">click</a>',
  'data:text/html,<script>$F</script>',
  'data:text/html;base64,$B#$M',
  'vbscript:msgbox("$M")',
  '<iframe src="javascript:$F"></iframe>',
  '<embed src="javascript:$F">',
  '<meta http-equiv="refresh" content="0;url=javascript:$F">',
  // <svg> and <math>
  '<svg><script>$F</script></svg>',
  '<svg><a xlink:href="javascript:$F"><text y="20">x</text></a></svg>',
  '<svg><animate onbegin=$F attributeName=x dur=1s>',
  '<svg><animate xlink:href=#a attributeName=href values=javascript:$F /><a id=a><text y=20>x</text></a></svg>',
  '<math href="javascript:$F">click</math>',
  '<math><maction actiontype="statusline" xlink:href="javascript:$F">x</maction></math>',
  // </script> inside text, comments and CDATA
  '</script><script>$F</script>',
  '</script><img src=x onerror=$F>',
  '</ScRiPt ><svg onload=$F>',
  '<!--</script><script>$F</script>-->',
  ']]><script>$F</script><![CDATA[',
  '"><script src=/xss-hit/$M></script>',
  '&lt;script&gt;$F&lt;/script&gt;',
  // <base>, <form>, srcdoc
  '<base href="javascript:$F//">',
  '<base href="/xss-hit/$M/">',
  '<form action="javascript:$F"><button>send</button></form>',
  '<form><button formaction="javascript:$F">x</button></form>',
  '<iframe srcdoc="&lt;script&gt;parent.$F&lt;/script&gt;"></iframe>',
  '<iframe srcdoc="<img src=x onerror=parent.$F>"></iframe>',
  // Mutation XSS: markup a sanitizer reads one way and a browser re-parses another
  '<math><mtext><table><mglyph><style><img src=x onerror=$F>',
  '<noscript><p title="</noscript><img src=x onerror=$F>">',
  '<svg></p><style><a id="</style><img src=1 onerror=$F>">',
  '<form><math><mtext></form><form><mglyph><style></math><img src onerror=$F>',
  '<textarea></textarea><img src=x onerror=$F>',
  '<noembed><img title="</noembed><img src onerror=$F>"></noembed>',
  '<svg><style><img src=x onerror=$F></style></svg>',
  // CSS, templates
  '<div style="background:url(javascript:$F)">x</div>',
  '<style>@import "javascript:$F";</style>',
  '{{constructor.constructor("$F")()}}',
  // Bidi and zero-width tricks
  '<img src=x on\u200berror=$F>',
  'java\u200bscript:$F',
  '\u202ejavascript:$F',
  '\ufeffjavascript:$F',
  '<a href="https://example.com/\u202e">click\u202e</a><img src=x onerror=$F>',
  '<img src="x\u2028" onerror=$F>',
  '\u2029</script><script>$F</script>',
  // Addresses a link or image check lets through, carrying markup in their text
  'https://example.com/"><svg onload=$F>',
  'https://example.com/?q=</script><script>$F</script>',
  'mailto:desk@example.com?subject="><img src=x onerror=$F>',
  '/"><svg onload=$F>',
];

const marker = (i: number) => `XSS${String(i + 1).padStart(2, '0')}`;

export const XSS_PAYLOADS: XssPayload[] = TEMPLATES.map((template, i) => {
  const id = marker(i);
  const fire = `alert\`${id}\``;
  const text = template
    .replaceAll('$B', Buffer.from(`<script>${fire}</script>`).toString('base64'))
    .replaceAll('$F', fire)
    .replaceAll('$M', id);
  return { id, text };
});

/** The payload whose marker appears in `text` (a dialog's message, a requested URL), if any. */
export function payloadIn(text: string): string | null {
  return /XSS\d{2}/.exec(text)?.[0] ?? null;
}
