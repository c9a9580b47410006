// A client component ('use client') ships to every browser: it must never reach, even through other
// modules of ours, a module that is server-only (the database, the auth gate, anything importing
// 'server-only') or heavy (the password-strength dictionary). Next catches 'server-only' at build time
// only; this rule names the import chain at lint time, and catches the heavy ones Next never would.
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const FORBIDDEN = [
  /^server-only$/,
  /^next\/headers$/,
  /^@node-rs\//,
  /^postgres$/,
  /^drizzle-orm/,
  /^sharp$/,
  /^@zxcvbn-ts\//,
];
const EXTENSIONS = ['.ts', '.tsx', '/index.ts', '/index.tsx'];
// Runtime imports and re-exports; `import type` and `export type` are erased and never bundled.
const IMPORT = /^\s*(?:import|export)\s+(?!type\b)(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]/gm;

function resolveLocal(specifier, fromFile) {
  let base;
  if (specifier.startsWith('@/')) base = path.join(ROOT, specifier.slice(2));
  else if (specifier.startsWith('.')) base = path.resolve(path.dirname(fromFile), specifier);
  else return null;
  if (fs.existsSync(base) && fs.statSync(base).isFile()) return base;
  for (const ext of EXTENSIONS) if (fs.existsSync(base + ext)) return base + ext;
  return null;
}

const chains = new Map();

/** The chain of imports from `file` to a forbidden module, or null; memoised per lint run. */
function forbiddenChain(file, seen = new Set()) {
  if (chains.has(file)) return chains.get(file);
  if (seen.has(file)) return null;
  seen.add(file);
  let found = null;
  const source = fs.readFileSync(file, 'utf8');
  // A 'use server' module reaches the client as references to its actions, never as code.
  const serverActions = /^\s*(?:\/\/[^\n]*\n\s*)*['"]use server['"]/.test(source);
  for (const [, specifier] of serverActions ? [] : source.matchAll(IMPORT)) {
    if (FORBIDDEN.some((re) => re.test(specifier))) {
      found = [specifier];
      break;
    }
    const local = resolveLocal(specifier, file);
    const below = local && forbiddenChain(local, seen);
    if (below) {
      found = [path.relative(ROOT, local), ...below];
      break;
    }
  }
  chains.set(file, found);
  return found;
}

const isClientModule = (program) =>
  program.body.some((node) => node.type === 'ExpressionStatement' && node.directive === 'use client');

const plugin = {
  rules: {
    'client-boundary': {
      meta: {
        type: 'problem',
        docs: { description: 'client components never import server-only or heavy modules' },
        schema: [],
      },
      create(context) {
        let client = false;
        return {
          Program(program) {
            client = isClientModule(program);
          },
          ImportDeclaration(node) {
            if (!client || node.importKind === 'type') return;
            if (node.specifiers.length > 0 && node.specifiers.every((s) => s.importKind === 'type')) return;
            const specifier = node.source.value;
            let chain = FORBIDDEN.some((re) => re.test(specifier)) ? [specifier] : null;
            const local = chain ? null : resolveLocal(specifier, context.filename);
            if (local) {
              const below = forbiddenChain(local);
              if (below) chain = [path.relative(ROOT, local), ...below];
            }
            if (chain) {
              context.report({
                node,
                message: `A client component may not import server-only or heavy code: ${chain.join(' → ')}`,
              });
            }
          },
        };
      },
    },
  },
};
export default plugin;
