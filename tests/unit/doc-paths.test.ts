import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Every path and function the docs name must exist: a doc that sends a newcomer to a file that moved,
// or to a function that was renamed, is worse than no doc. Checked: `code spans` that start with one of
// our folders or name a top-level file, the first word of each line of the README's folder map, and
// `code spans` that call a name (`readDb()`, `recordClaims(batch)`, `MediaStorage.keys()`), each part
// of which must occur as a word in the code; and Markdown links to our own files and their headings.
const ROOT = path.resolve(import.meta.dirname, '../..');
const FOLDERS = [
  'app',
  'auth',
  'components',
  'db',
  'deploy',
  'docs',
  'drizzle',
  'e2e',
  'lib',
  'lint',
  'modules',
  'public',
];
const MORE = ['runtime', 'scripts', 'tests', 'types', '.ci', 'server', 'proxy'];
const TOP_FILES = [
  'proxy.ts',
  'server.ts',
  'instrumentation.ts',
  'next.config.js',
  'package.json',
  'knip.json',
  'eslint.config.mjs',
];
const NAMED = new RegExp(
  `^(?:(?:${[...FOLDERS, ...MORE].map((f) => f.replace('.', '\\.')).join('|')})/|(?:${TOP_FILES.join('|').replaceAll('.', '\\.')})$)`,
);

// Where a named function may live (the folders that do not exist yet are left out).
const CODE = ['app', 'auth', 'components', 'db', 'lib', 'runtime', 'scripts', 'proxy.ts', 'modules', 'proxy', 'server'];

function docs(): string[] {
  const inDocs = fs.readdirSync(path.join(ROOT, 'docs')).filter((f) => f.endsWith('.md'));
  const modules = fs.readdirSync(path.join(ROOT, 'modules')).map((m) => `modules/${m}/README.md`);
  return ['README.md', 'deploy/README.md', ...inDocs.map((f) => `docs/${f}`), ...modules];
}

/** Paths in code spans, without placeholders (`<id>`), elisions (`…`), globs or a trailing `:line`. */
function namedPaths(markdown: string): string[] {
  const paths = new Set<string>();
  for (const [, span = ''] of markdown.matchAll(/`([^`\s]+)`/g)) {
    const candidate = span.replace(/:\d+$/, '');
    if (!NAMED.test(candidate) || /[<>…*{}$]/.test(candidate)) continue;
    paths.add(candidate.replace(/\/$/, ''));
  }
  return [...paths];
}

/** Names called in code spans (`readDb()`, `recordClaims(batch)`), split at dots. */
function namedFunctions(markdown: string): string[] {
  const names = new Set<string>();
  for (const [, name = ''] of markdown.matchAll(/`([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)\([^`]*\)`/g)) {
    for (const part of name.split('.')) names.add(part);
  }
  return [...names];
}

/** Whether `name` occurs as a word in the code (tracked or new files, not ignored ones). */
function inCode(name: string): boolean {
  const folders = CODE.filter((folder) => fs.existsSync(path.join(ROOT, folder)));
  const grep = spawnSync('git', ['grep', '--untracked', '-q', '-w', '-F', '-e', name, '--', ...folders], {
    cwd: ROOT,
  });
  if (grep.status === null || grep.status > 1) throw new Error(`git grep failed: ${String(grep.stderr)}`);
  return grep.status === 0;
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
function anchorOf(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s/g, '-');
}

/** Links to our own files (`[text](page.md#anchor)`) whose file, or heading, does not exist. */
function brokenLinks(doc: string, markdown: string): string[] {
  const broken: string[] = [];
  for (const [, target = ''] of markdown.matchAll(/\]\(([^)\s]+)\)/g)) {
    if (/^[a-z]+:/.test(target)) continue;
    const [file = '', anchor] = target.split('#');
    const resolved = file ? path.join(path.dirname(path.join(ROOT, doc)), file) : path.join(ROOT, doc);
    if (!fs.existsSync(resolved)) broken.push(target);
    else if (anchor && resolved.endsWith('.md')) {
      const headings = fs.readFileSync(resolved, 'utf8').match(/^#+ .*$/gm) ?? [];
      if (!headings.some((h) => anchorOf(h.replace(/^#+ /, '')) === anchor)) broken.push(target);
    }
  }
  return broken;
}

function folderMap(readme: string): string[] {
  const block = readme.split('## Layout')[1]?.split('```')[1] ?? '';
  return block
    .split('\n')
    .map((line) => /^(\S+)\s/.exec(line)?.[1])
    .filter((word): word is string => word !== undefined)
    .map((word) => word.replace(/\/$/, ''));
}

describe('paths named in the docs', () => {
  it.each(docs())('%s names only paths that exist', (doc) => {
    const missing = namedPaths(fs.readFileSync(path.join(ROOT, doc), 'utf8')).filter(
      (named) => !fs.existsSync(path.join(ROOT, named)),
    );
    expect(missing).toEqual([]);
  });

  it.each(docs())('%s names only functions that occur in the code', (doc) => {
    const missing = namedFunctions(fs.readFileSync(path.join(ROOT, doc), 'utf8')).filter((name) => !inCode(name));
    expect(missing).toEqual([]);
  });

  it.each(docs())('%s links only to files and headings that exist', (doc) => {
    expect(brokenLinks(doc, fs.readFileSync(path.join(ROOT, doc), 'utf8'))).toEqual([]);
  });

  it("the README's folder map lists folders and files that exist", () => {
    const entries = folderMap(fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8'));
    expect(entries.length).toBeGreaterThan(10);
    expect(entries.filter((entry) => !fs.existsSync(path.join(ROOT, entry)))).toEqual([]);
  });

  it('sees a path that does not exist', () => {
    expect(namedPaths('see `lib/gone-for-good.ts:12`, `db/schema/`, `<id>` and `npm test`')).toEqual([
      'lib/gone-for-good.ts',
      'db/schema',
    ]);
  });

  it('sees a link to a file or a heading that does not exist', () => {
    const markdown =
      '[a](docs/architecture.md), [b](docs/gone.md), [c](docs/page-cache.md#the-handler), [d](docs/page-cache.md#gone), [e](https://example.com)';
    expect(brokenLinks('README.md', markdown)).toEqual(['docs/gone.md', 'docs/page-cache.md#gone']);
  });

  it('sees a function that does not exist', () => {
    const named = namedFunctions(
      '`readDb()`, `recordClaims(batch)`, `MediaStorage.keys()`, `goneForGood()`, `npm test`',
    );
    expect(named).toEqual(['readDb', 'recordClaims', 'MediaStorage', 'keys', 'goneForGood']);
    expect(named.filter((name) => !inCode(name))).toEqual(['goneForGood']);
  });
});
