// Lint: Next's core-web-vitals rules (React, React Hooks, Next, jsx-a11y, import) with TypeScript,
// Prettier for layout, and our layer rules: every runtime import points down a floor
// (app/ → auth/ → components/, app/ → runtime/ → db/ → lib/), see docs/architecture.md.
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';
import prettier from 'eslint-config-prettier/flat';
import { defineConfig, globalIgnores } from 'eslint/config';
import bawaba from './lint/client-boundary.mjs';

const layer = (name) => [`@/${name}`, `@/${name}/*`];

/** Forbids runtime imports of these groups; `import type` of the view models is allowed when `types`. */
function forbid(groups, message, { types = true } = {}) {
  return {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      { patterns: groups.map((group) => ({ group, message, allowTypeImports: types })) },
    ],
  };
}

export default defineConfig([
  globalIgnores([
    '.next/**',
    '.data/**',
    'node_modules/**',
    'drizzle/**',
    'next-env.d.ts',
    'test-results/**',
    'playwright-report/**',
  ]),
  ...nextVitals,
  ...nextTypescript,
  prettier,
  {
    plugins: { bawaba },
    rules: {
      'bawaba/client-boundary': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['lib/**'],
    rules: forbid(
      [
        [
          ...layer('db'),
          ...layer('auth'),
          ...layer('components'),
          ...layer('app'),
          ...layer('runtime'),
          'next',
          'next/*',
          'next-auth',
          'next-auth/*',
        ],
      ],
      'lib/ is the ground floor: it imports nothing of db/, auth/, components/, app/, runtime/ or Next at run time.',
    ),
  },
  {
    files: ['db/**'],
    rules: forbid(
      [[...layer('components'), ...layer('app'), ...layer('auth'), ...layer('runtime')]],
      'db/ sits above lib/ only: it never imports auth/, components/, app/ or runtime/ (queries start no machinery).',
      { types: false },
    ),
  },
  {
    files: ['runtime/**'],
    rules: forbid(
      [[...layer('components'), ...layer('app'), ...layer('auth')]],
      'runtime/ holds the process machinery over db/ and lib/: it never imports auth/, components/ or app/.',
      { types: false },
    ),
  },
  {
    files: ['auth/**'],
    rules: forbid([[...layer('components'), ...layer('app')]], 'auth/ never imports components/ or app/.', {
      types: false,
    }),
  },
  {
    files: ['components/**'],
    ignores: ['components/admin/**'],
    rules: forbid(
      [[...layer('db'), ...layer('auth'), ...layer('app')], [...layer('components/admin')]],
      'Reader components render view models: no db/, auth/ or app/ at run time, and never admin components.',
    ),
  },
  {
    files: ['components/admin/**'],
    rules: forbid(
      [[...layer('db'), ...layer('auth'), ...layer('app')]],
      'Components render view models: no db/, auth/ or app/ at run time (import type is fine).',
    ),
  },
  {
    files: ['app/**', 'auth/**', 'components/**', 'db/**', 'lib/**', 'proxy.ts'],
    ignores: ['lib/env.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: 'Read configuration through `env` from lib/env.ts: parsed, typed and documented in one place.',
        },
      ],
    },
  },
  {
    files: ['app/(public)/**'],
    rules: forbid([layer('components/admin')], "Readers' pages never import admin components.", { types: false }),
  },
]);
