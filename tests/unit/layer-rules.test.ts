import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs module without types, shared with eslint.config.mjs
import { layerTable } from '../../lint/layers.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
const LAYER_RULES = new Set(['import/no-restricted-paths', 'bawaba/layers-runtime', 'no-restricted-properties']);

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

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
