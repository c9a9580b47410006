// Lint: Next's core-web-vitals rules (React, React Hooks, Next, jsx-a11y, import) with TypeScript,
// Prettier for layout, and our layer rules (lint/layers.mjs, the table in docs/architecture.md):
// every import, `@/…` or relative, points down a floor.
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';
import prettier from 'eslint-config-prettier/flat';
import { defineConfig, globalIgnores } from 'eslint/config';
import clientBoundary from './lint/client-boundary.mjs';
import { restrictedPaths } from './lint/layers.mjs';
import { runtimeImportsOnly } from './lint/runtime-imports.mjs';

const IO_PACKAGES = [
  'fs',
  'fs/*',
  'node:fs',
  'node:fs/*',
  'node:child_process',
  'sharp',
  '@aws-sdk/*',
  'postgres',
  'drizzle-orm',
  'drizzle-orm/*',
];

// eslint-plugin-import as eslint-config-next registers it (one copy, its resolver settings).
const importPlugin = nextVitals.find((config) => config.plugins?.import).plugins.import;
const bawaba = {
  rules: {
    ...clientBoundary.rules,
    'layers-runtime': runtimeImportsOnly(importPlugin.rules['no-restricted-paths']),
  },
};

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
    // Packages are not folders: the ground floor and the modules' pure files stay free of Next and
    // Auth.js, and of I/O (files, sharp, S3, the database driver), by name.
    files: ['lib/**', 'modules/*/!(index).ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['next', 'next/*', 'next-auth', 'next-auth/*'],
              message: 'lib/ and pure module files import no Next or Auth.js at run time.',
              allowTypeImports: true,
            },
            {
              group: IO_PACKAGES,
              message:
                "Pure code does no I/O: files, sharp, S3 and the database belong in a module's adapters/ or queries/ (or db/).",
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    rules: {
      'import/no-restricted-paths': ['error', ...restrictedPaths(false)],
      'bawaba/layers-runtime': ['error', ...restrictedPaths(true)],
    },
  },
  {
    files: [
      'app/**',
      'auth/**',
      'components/**',
      'db/**',
      'lib/**',
      'modules/**',
      'runtime/**',
      'proxy.ts',
      'proxy/**',
      'instrumentation.ts',
    ],
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
]);
