import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs module without types, shared with eslint.config.mjs
import { layerTable, MODULES } from '../../lint/layers.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
const LAYER_RULES = new Set([
  'import/no-restricted-paths',
  'bawaba/layers-runtime',
  'no-restricted-properties',
  '@typescript-eslint/no-restricted-imports',
]);

let eslint: ESLint;
beforeAll(async () => {
  eslint = new ESLint({ cwd: ROOT });
  // The first lint loads the parser, the plugins and the resolver: seconds on a busy machine, paid here
  // rather than inside the first probe's time limit.
  await eslint.lintText('export {};\n', { filePath: path.join(ROOT, 'lib/warm-up-probe.ts') });
}, 60_000);

/** The layer problems ESLint, with the repository's own config, finds in `code` placed at `file`. */
async function layerProblems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  if (!result) throw new Error(`ESLint linted nothing at ${file}`);
  return result.messages.filter((m) => m.ruleId && LAYER_RULES.has(m.ruleId)).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('layer rules see relative imports as well as @/ ones', () => {
  it.each([
    ['lib/boundary-probe.ts', "import { db } from '../db';\nexport const x = db;\n", 'lib/ is the ground floor'],
    [
      'lib/http/boundary-probe.ts',
      "import { auth } from '@/auth';\nexport const x = auth;\n",
      'lib/ is the ground floor',
    ],
    [
      'db/queries/boundary-probe.ts',
      "import { startServerRuntime } from '../../runtime/start';\nexport const x = startServerRuntime;\n",
      'db/ sits above lib/ only',
    ],
    [
      'db/boundary-probe.ts',
      "import type { ServerRuntime } from '../runtime/start';\nexport type X = ServerRuntime;\n",
      'db/ sits above lib/ only',
    ],
    ['runtime/boundary-probe.ts', "import { auth } from '../auth';\nexport const x = auth;\n", 'runtime/ holds'],
    [
      'auth/boundary-probe.ts',
      "import { startServerRuntime } from '../runtime/start';\nexport const x = startServerRuntime;\n",
      'auth/ checks sessions',
    ],
    [
      'components/reader/boundary-probe.ts',
      "import { readDb } from '../../db';\nexport const x = readDb;\n",
      'Components render view models',
    ],
    [
      'components/home/boundary-probe.tsx',
      "import { AdminHeader } from '../admin/admin-header';\nexport const x = AdminHeader;\n",
      'Reader components never import admin components',
    ],
    [
      'app/(public)/boundary-probe.tsx',
      "import type { AdminHeader } from '../../components/admin/admin-header';\nexport type X = typeof AdminHeader;\n",
      "Readers' pages never import admin components",
    ],
  ])('%s: a forbidden import is an error', async (file, code, why) => {
    const problems = await layerProblems(file, code);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(why);
  });

  it.each([
    ['lib/boundary-probe.ts', "import type { Database } from '../db/client';\nexport type X = Database;\n"],
    [
      'db/queries/boundary-probe.ts',
      "import { withoutControlCharacters } from '../../lib/control-characters';\nexport const x = withoutControlCharacters;\n",
    ],
    ['runtime/boundary-probe.ts', "import { closeDb } from '../db';\nexport const x = closeDb;\n"],
    [
      'components/reader/boundary-probe.ts',
      "import type { ArticleCard } from '../../db/queries/article-cards';\nexport type X = ArticleCard;\n",
    ],
    [
      'app/boundary-probe.ts',
      "import { startServerRuntime } from '../runtime/start';\nexport const x = startServerRuntime;\n",
    ],
  ])('%s: an allowed import passes', async (file, code) => {
    expect(await layerProblems(file, code)).toEqual([]);
  });

  it('runtime/ reads configuration through lib/env.ts only', async () => {
    const problems = await layerProblems('runtime/boundary-probe.ts', 'export const port = process.env.PORT;\n');
    expect(problems).toEqual([expect.stringContaining('Read configuration through `env` from lib/env.ts')]);
  });
});

describe('modules are entered through their public entries only', () => {
  it.each([
    [
      'app/boundary-probe.ts',
      "import { planSearch } from '../modules/search/terms';\nexport const x = planSearch;\n",
      'Outside modules/search/, only its public entries',
    ],
    [
      'scripts/boundary-probe.ts',
      "import { storeUpload } from '../modules/media/workflows/store-upload';\nexport const x = storeUpload;\n",
      'Outside modules/media/, only its public entries',
    ],
    [
      'modules/wordpress/workflows/boundary-probe.ts',
      "import { processImage } from '../../media/adapters/process-image';\nexport const x = processImage;\n",
      'Outside modules/media/, only its public entries',
    ],
    [
      'components/search/boundary-probe.ts',
      "import type { SearchPlan } from '../../modules/search/terms';\nexport type X = SearchPlan;\n",
      'Outside modules/search/, only its public entries',
    ],
    [
      'components/search/boundary-probe.ts',
      "import { searchArticles } from '../../modules/search';\nexport const x = searchArticles;\n",
      "Components import a module's pure entry",
    ],
    [
      'modules/search/boundary-probe.ts',
      "import { searchArticles } from './queries/results';\nexport const x = searchArticles;\n",
      "A module's top-level files are its pure logic",
    ],
    [
      'modules/search/boundary-probe.ts',
      "import { readDb } from '../../db';\nexport const x = readDb;\n",
      "A module's top-level files are its pure logic",
    ],
    [
      'modules/media/boundary-probe.ts',
      "import sharp from 'sharp';\nexport const x = sharp;\n",
      'Pure code does no I/O',
    ],
    [
      'modules/media/queries/boundary-probe.ts',
      "import { auth } from '../../../auth';\nexport const x = auth;\n",
      'modules/ sit above db/ and lib/',
    ],
    [
      'db/queries/boundary-probe.ts',
      "import { searchArticles } from '../../modules/search';\nexport const x = searchArticles;\n",
      'db/ sits above lib/ only',
    ],
    [
      'lib/boundary-probe.ts',
      "import { mediaStorage } from '../modules/media';\nexport const x = mediaStorage;\n",
      'lib/ is the ground floor',
    ],
  ])('%s: a forbidden import is an error', async (file, code, why) => {
    const problems = await layerProblems(file, code);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(why);
  });

  it.each([
    [
      'app/boundary-probe.ts',
      "import { searchArticles } from '../modules/search';\nexport const x = searchArticles;\n",
    ],
    [
      'components/search/boundary-probe.ts',
      "import { HIGHLIGHT_START } from '../../modules/search/pure';\nexport const x = HIGHLIGHT_START;\n",
    ],
    [
      'components/search/boundary-probe.ts',
      "import type { SearchHit } from '../../modules/search';\nexport type X = SearchHit;\n",
    ],
    [
      'modules/wordpress/workflows/boundary-probe.ts',
      "import { storeUpload } from '../../media';\nexport const x = storeUpload;\n",
    ],
    ['modules/search/boundary-probe.ts', "import { stemArabic } from './arabic-stem';\nexport const x = stemArabic;\n"],
    ['modules/media/adapters/boundary-probe.ts', "import sharp from 'sharp';\nexport const x = sharp;\n"],
    [
      'tests/unit/boundary-probe.ts',
      "import { stemArabic } from '../../modules/search/arabic-stem';\nexport const x = stemArabic;\n",
    ],
  ])('%s: an allowed import passes', async (file, code) => {
    expect(await layerProblems(file, code)).toEqual([]);
  });

  it('every folder of modules/ is a listed module with a README and its public entries', () => {
    const folders = readdirSync(path.join(ROOT, 'modules'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(folders).toEqual(Object.keys(MODULES).sort());
    for (const [name, entries] of Object.entries(MODULES as Record<string, string[]>)) {
      for (const file of ['README.md', ...entries])
        expect(existsSync(path.join(ROOT, 'modules', name, file))).toBe(true);
    }
  });
});

/** Markdown table rows without the padding Prettier adds to align the columns. */
const unpadded = (markdown: string) =>
  markdown
    .split('\n')
    .map((line) => (line.startsWith('|') ? line.replace(/ *\| */g, '|').replace(/-{3,}/g, '---') : line))
    .join('\n');

describe('the documented layers', () => {
  it('docs/architecture.md shows the table the lint rule is built from', () => {
    const doc = readFileSync(path.join(ROOT, 'docs/architecture.md'), 'utf8');
    expect(unpadded(doc), `paste into docs/architecture.md:\n${layerTable()}`).toContain(unpadded(layerTable()));
  });
});
