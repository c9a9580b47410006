// Runs inside the page (page.evaluate): everything in the rendered document that would let stored
// text act as markup or script. React attaches events as listeners, never as `on…` attributes, and
// the site draws only two icons in SVG and two search forms, so anything else of these kinds came
// from content. Returns one line per finding.
export function domFindings(): string[] {
  const findings: string[] = [];
  const show = (el: Element) => el.outerHTML.slice(0, 160);
  const URL_ATTRIBUTES = new Set([
    'href',
    'src',
    'action',
    'formaction',
    'xlink:href',
    'poster',
    'data',
    'background',
    'ping',
    'cite',
    'codebase',
    'lowsrc',
    'dynsrc',
    'manifest',
  ]);
  const scriptable = (value: string) => {
    // As a browser reads a URL: leading controls and spaces dropped, tabs and line breaks removed.
    const url = value
      .replace(/^[\u0000-\u0020]+/, '')
      .replace(/[\t\n\r]/g, '')
      .toLowerCase();
    return /^(javascript|vbscript|livescript):/.test(url) || (url.startsWith('data:') && !/^data:image\//.test(url));
  };
  const OWN_ICON_PARTS = new Set(['rect', 'path', 'circle']);
  const marker = /XSS\d{2}/;

  for (const el of Array.from(document.querySelectorAll('*'))) {
    const tag = el.localName;
    for (const { name, value } of Array.from(el.attributes)) {
      const attr = name.toLowerCase();
      if (attr.startsWith('on')) findings.push(`handler attribute ${attr}: ${show(el)}`);
      if (attr === 'srcdoc') findings.push(`srcdoc: ${show(el)}`);
      if ((URL_ATTRIBUTES.has(attr) || attr.endsWith(':href')) && scriptable(value))
        findings.push(`script URL in ${attr}: ${show(el)}`);
      if (attr === 'style' && /javascript:|expression\s*\(|url\s*\(/i.test(value))
        findings.push(`style with a URL or expression: ${show(el)}`);
    }
    switch (tag) {
      case 'base':
      case 'iframe':
      case 'frame':
      case 'frameset':
      case 'object':
      case 'embed':
      case 'applet':
      case 'math':
      case 'portal':
        findings.push(`<${tag}> element: ${show(el)}`);
        break;
      case 'meta':
        if (/refresh/i.test(el.getAttribute('http-equiv') ?? '')) findings.push(`meta refresh: ${show(el)}`);
        break;
      case 'form': {
        const ours =
          el.getAttribute('role') === 'search' &&
          el.getAttribute('action') === '/search' &&
          el.getAttribute('method') === 'get';
        if (!ours) findings.push(`a form that is not the site's search: ${show(el)}`);
        break;
      }
      case 'svg': {
        const ours =
          el.getAttribute('aria-hidden') === 'true' &&
          Array.from(el.querySelectorAll('*')).every((c) => OWN_ICON_PARTS.has(c.localName));
        if (!ours) findings.push(`an <svg> that is not one of the site's icons: ${show(el)}`);
        break;
      }
      case 'script': {
        const type = el.getAttribute('type');
        const text = el.textContent ?? '';
        if (type === 'application/ld+json') {
          if (text.includes('<')) findings.push(`"<" left unescaped in JSON-LD: ${text.slice(0, 160)}`);
        } else if (el.hasAttribute('src')) {
          const src = new URL(el.getAttribute('src')!, document.baseURI);
          if (src.origin !== location.origin || !src.pathname.startsWith('/_next/'))
            findings.push(`a script from outside the build: ${show(el)}`);
        } else if (marker.test(text) && !text.startsWith('self.__next_f.push(')) {
          // Next.js streams the page's data in inline scripts of this one shape; any other inline
          // script holding a payload's marker is the payload.
          findings.push(`an inline script holding a payload: ${show(el)}`);
        }
        break;
      }
      case 'style':
        if (marker.test(el.textContent ?? '')) findings.push(`a <style> holding a payload: ${show(el)}`);
        break;
    }
  }
  return findings;
}
