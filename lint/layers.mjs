// The floors of the code and what each may import: the one source for the lint rule and the docs.
// eslint.config.mjs turns ZONES into `import/no-restricted-paths` zones, which resolve `@/…` and
// `../…` imports alike (eslint-plugin-import's resolver, set up by eslint-config-next), and
// docs/architecture.md carries `layerTable()` verbatim (tests/unit/layer-rules.test.ts checks it).
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const FLOORS = ['app', 'proxy', 'auth', 'runtime', 'components', 'db', 'lib'];

/**
 * Files in `target` never import `from`. With `types`, `import type` (and `export type`) of `from`
 * stays allowed: it is erased at build time, and view models are typed where they are queried.
 */
export const ZONES = [
  {
    target: 'lib',
    from: ['db', 'auth', 'components', 'app', 'proxy', 'runtime'],
    types: true,
    why: 'lib/ is the ground floor: it imports nothing of db/, auth/, components/, app/, proxy/ or runtime/ at run time.',
  },
  {
    target: 'db',
    from: ['auth', 'components', 'app', 'proxy', 'runtime'],
    types: false,
    why: 'db/ sits above lib/ only: queries start no machinery and know no sessions or views.',
  },
  {
    target: 'runtime',
    from: ['auth', 'components', 'app', 'proxy'],
    types: false,
    why: 'runtime/ holds the process machinery over db/ and lib/: it never imports auth/, components/, app/ or proxy/.',
  },
  {
    target: 'auth',
    from: ['components', 'app', 'proxy', 'runtime'],
    types: false,
    why: 'auth/ checks sessions over db/ and lib/: it never imports components/, app/, proxy/ or runtime/.',
  },
  {
    target: 'components',
    from: ['db', 'auth', 'app', 'proxy', 'runtime'],
    types: true,
    why: 'Components render view models: no db/, auth/, app/, proxy/ or runtime/ at run time (import type is fine).',
  },
  {
    target: 'components/!(admin)/**',
    label: '`components/` outside `admin/`',
    from: ['components/admin'],
    types: true,
    why: 'Reader components never import admin components.',
  },
  {
    target: 'app/(public)',
    from: ['components/admin'],
    types: false,
    why: "Readers' pages never import admin components.",
  },
];

/** `import/no-restricted-paths` options for the zones that do (or do not) allow `import type`. */
export function restrictedPaths(types) {
  const zones = ZONES.filter((zone) => zone.types === types).map((zone) => ({
    target: zone.target,
    from: zone.from,
    message: zone.why,
  }));
  return [{ basePath: ROOT, zones }];
}

const code = (names) => (names.length ? names.map((name) => `\`${name}/\``).join(', ') : '—');

/** The Markdown table docs/architecture.md shows: per part of the code, what it may and never imports. */
export function layerTable() {
  const rows = ZONES.map((zone) => {
    const floor = FLOORS.includes(zone.target);
    const files = zone.label ?? `\`${zone.target}/\``;
    const may = floor ? code(FLOORS.filter((f) => f !== zone.target && !zone.from.includes(f))) : 'as its folder';
    return `| ${files} | ${may} | ${code(zone.from)} | ${zone.types ? 'yes' : 'no'} |`;
  });
  const top = FLOORS.filter((f) => !ZONES.some((zone) => zone.target === f));
  return [
    '| Files | May import at run time | Never imports | `import type` of those |',
    '| --- | --- | --- | --- |',
    ...top.map((f) => `| \`${f}/\` | ${code(FLOORS.filter((o) => o !== f))} | — | — |`),
    ...rows,
  ].join('\n');
}
