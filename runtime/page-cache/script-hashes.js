// @ts-check
import { createHash } from 'node:crypto';
import { isFrameworkScript } from './framework-scripts.js';

// Every <script> element with inline content that a browser would run. The HTML comes from React's
// renderer, which escapes "</script" inside script text, so the first closing tag ends the element.
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const JS_TYPES = new Set(['', 'text/javascript', 'application/javascript', 'module']);

/** @param {string} attributes */
function runsAsScript(attributes) {
  if (/\bsrc\s*=/i.test(attributes)) return false;
  const type = /\btype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attributes);
  const value = (type?.[1] ?? type?.[2] ?? type?.[3] ?? '').trim().toLowerCase();
  // JSON-LD and other data blocks are never executed, so CSP does not govern them.
  return JS_TYPES.has(value);
}

/**
 * The CSP hash sources (`'sha256-…'`) of Next.js's own inline scripts in `html` (framework-scripts.js),
 * in order, without repeats, and the text of every other inline script, which the policy leaves out
 * so that the browser does not run it. The browser hashes the element's text after parsing, which
 * turns CR LF and lone CR into LF.
 * @param {string} html
 * @returns {{ hashes: string[], refused: string[] }}
 */
export function inlineScriptHashes(html) {
  const hashes = new Set();
  const refused = [];
  for (const [, attributes = '', body = ''] of html.matchAll(SCRIPT)) {
    if (!runsAsScript(attributes) || body === '') continue;
    const text = body.replace(/\r\n?/g, '\n');
    if (!isFrameworkScript(text)) {
      refused.push(text);
      continue;
    }
    hashes.add(`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`);
  }
  return { hashes: [...hashes], refused };
}
