import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isFrameworkScript } from '@/runtime/page-cache/framework-scripts';
import { inlineScriptHashes } from '@/runtime/page-cache/script-hashes';

// Pages of a real `next build` of this site (copied from .next/server/app: the front page, with its
// JSON-LD, and the not-found page), as the page cache handler receives them.
const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/next-pages');
const home = readFileSync(path.join(FIXTURES, 'home.html'), 'utf8');
const notFound = readFileSync(path.join(FIXTURES, 'not-found.html'), 'utf8');

const INLINE = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;
const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
/** The inline scripts the browser would run: not JSON-LD, not with src. */
const runnable = (html: string) =>
  [...html.matchAll(INLINE)].filter(([, attrs = '', text]) => text && !/src=|ld\+json/.test(attrs)).map((m) => m[2]!);

const FLIGHT_BOOTSTRAP = '(self.__next_f=self.__next_f||[]).push([0])';
const TURBOPACK = '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push(';

// Scripts a payload might plant, many of them dressed as Next.js's own.
const PLANTED = [
  'alert(1)',
  'window.__planted = true',
  'self.__next_f.push([1,"x"]);alert(1)',
  'self.__next_f.push([1,"x"]),alert(1)',
  'self.__next_f.push([1,alert(1)])',
  'self.__next_f.push([1,"x",alert(1)])',
  'self.__next_f.push([1,"x"]);self.__next_f.push([1,"y"])',
  'self.__next_f.push([1,"x"])//)',
  'self.__next_f.push([1,`${alert(1)}`])',
  'self.__next_f.push([1,"x"+alert(1)])',
  'self.__next_f.push([4,"x"])',
  'self.__next_f.push([0])',
  'self.__next_f.push([3,"not base64!"])',
  'self.__next_f.push([1,"<!--<script>"])',
  'self.__next_f.push({"0":1,"1":"x","length":2})',
  'self["__next_f"].push([1,"x"])',
  'window.__next_f.push([1,"x"])',
  `${FLIGHT_BOOTSTRAP};alert(1)`,
  `${FLIGHT_BOOTSTRAP};self.__next_f.push([1,"x"])`,
  `${FLIGHT_BOOTSTRAP};self.__next_f.push([2,{}]);alert(1)`,
  `${FLIGHT_BOOTSTRAP}\nalert(1)`,
  `${TURBOPACK}{"otherChunks":["https://evil.example/x.js"],"runtimeModuleIds":[1]});`,
  `${TURBOPACK}{"otherChunks":["static/chunks/../../x.js"],"runtimeModuleIds":[1]});`,
  `${TURBOPACK}{"otherChunks":[],"runtimeModuleIds":["alert(1)"]});`,
  `${TURBOPACK}{"otherChunks":[],"runtimeModuleIds":[1],"extra":1});`,
  `${TURBOPACK}{"otherChunks":[],"runtimeModuleIds":[1]});alert(1);`,
  `${TURBOPACK}{"otherChunks":[],"runtimeModuleIds":[1]});\nalert(1)`,
  `${TURBOPACK}{"otherChunks":[],"runtimeModuleIds":[1]})`,
  '(globalThis["WEBPACK"] || (globalThis["WEBPACK"] = [])).push({"otherChunks":[],"runtimeModuleIds":[1]});',
];

describe("Next.js's own inline scripts", () => {
  it("recognises every inline script of a real build's pages, and hashes each", () => {
    for (const html of [home, notFound]) {
      const scripts = runnable(html);
      expect(scripts.length).toBeGreaterThanOrEqual(4);
      const { hashes, refused } = inlineScriptHashes(html);
      expect(refused).toEqual([]);
      expect(hashes).toEqual([...new Set(scripts.map(sha))]);
    }
    // The forms are all there: the chunk bootstrap, the payload's bootstrap and its data.
    const scripts = runnable(home);
    expect(scripts.some((s) => s.startsWith(TURBOPACK))).toBe(true);
    expect(scripts).toContain(FLIGHT_BOOTSTRAP);
    expect(scripts.filter((s) => s.startsWith('self.__next_f.push([1,"')).length).toBeGreaterThan(2);
  });

  it('accepts the other forms Next.js writes: binary data, form state, several chunk groups', () => {
    expect(isFrameworkScript(`self.__next_f.push([3,"${Buffer.from([0, 255, 1]).toString('base64')}"])`)).toBe(true);
    expect(isFrameworkScript(`${FLIGHT_BOOTSTRAP};self.__next_f.push([2,{"state":["x",1,null]}])`)).toBe(true);
    expect(isFrameworkScript('self.__next_f.push([1,"\\u003c/script\\u003e\\u2028"])')).toBe(true);
    const group = `${TURBOPACK}{"otherChunks":["static/chunks/0a.js"],"runtimeModuleIds":[7]});`;
    expect(isFrameworkScript(`${group}\n${group}`)).toBe(true);
  });

  it('refuses any other script, however closely it imitates one of them', () => {
    for (const text of PLANTED) expect(isFrameworkScript(text), text).toBe(false);
  });

  it('leaves a script planted anywhere in a real page out of the hashes, and keeps every other one', () => {
    const original = inlineScriptHashes(home).hashes;
    const places = ['<main', '</main>', '</body>', '<footer'];
    for (const text of PLANTED) {
      for (const place of places) {
        expect(home).toContain(place);
        for (const tag of ['<script>', '<SCRIPT type="module">', '<script type="text/javascript" id="x">']) {
          const planted = home.replace(place, `${tag}${text}</script>${place}`);
          const { hashes, refused } = inlineScriptHashes(planted);
          expect(hashes).not.toContain(sha(text));
          expect(hashes).toEqual(original);
          expect(refused).toEqual([text]);
        }
      }
    }
  });
});
