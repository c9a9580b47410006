// The floors of the code and what each may import: the one source for the lint rule and the docs.
// eslint.config.mjs turns ZONES into `import/no-restricted-paths` zones, which resolve `@/…` and
// `../…` imports alike (eslint-plugin-import's resolver, set up by eslint-config-next), and
// docs/architecture.md carries `layerTable()` verbatim (tests/unit/layer-rules.test.ts checks it).
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const FLOORS = ['app', 'proxy', 'auth', 'runtime', 'components', 'modules', 'db', 'lib'];

/**
 * The capabilities that span layers, each a folder of modules/ with its public entries: `index.ts`
 * for server code and scripts, `pure.ts` (where there is one) for components and client code.
 */
export const MODULES = {
  search: ['index.ts', 'pure.ts'],
  media: ['index.ts'],
  wordpress: ['index.ts'],
};

// Everywhere a module's internals could be imported from, but the module itself, db/ and lib/ (which
// import no module at all) and tests/ (whose unit tests exercise a module's parts one by one).
const outside = (name) => [
  'app',
  'auth',
  'runtime',
  'components',
  'scripts',
  'proxy',
  'proxy.ts',
  'instrumentation.ts',
  ...Object.keys(MODULES)
    .filter((other) => other !== name)
    .map((other) => `modules/${other}`),
];

const PURE_ENTRIES = Object.entries(MODULES).flatMap(([name, entries]) =>
  entries.includes('pure.ts') ? [`modules/${name}/pure.ts`] : [],
);
const code = (names) => (names.length ? names.map((name) => `\`${name}\``).join(', ') : '—');
const folders = (names) => names.map((name) => `${name}/`);

/**
 * Files in `target` never import `from` (but `except`, relative to `from`). With `types`,
 * `import type` (and `export type`) of `from` stays allowed: it is erased at build time, and view
 * models are typed where they are queried. `label`, `may` and `never` are what the docs' table shows
 * where the table should say more than the floors do; `row: false` zones are told in another's row.
 */
export const ZONES = [
  {
    target: 'lib',
    from: ['db', 'modules', 'auth', 'components', 'app', 'proxy', 'runtime'],
    types: true,
    why: 'lib/ is the ground floor: it imports nothing of db/, modules/, auth/, components/, app/, proxy/ or runtime/ at run time.',
  },
  {
    target: 'db',
    from: ['modules', 'auth', 'components', 'app', 'proxy', 'runtime'],
    types: false,
    why: 'db/ sits above lib/ only: queries start no machinery, know no capability module, no sessions, no views.',
  },
  {
    target: 'modules',
    from: ['auth', 'components', 'app', 'proxy', 'runtime'],
    types: false,
    why: 'modules/ sit above db/ and lib/: a capability never imports auth/, components/, app/ or runtime/.',
  },
  {
    target: 'runtime',
    from: ['auth', 'components', 'app', 'proxy'],
    types: false,
    why: 'runtime/ holds the process machinery over modules/, db/ and lib/: it never imports auth/, components/, app/ or proxy/.',
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
    may: `\`lib/\`, ${code(PURE_ENTRIES)}`,
    never: `${code(folders(['db', 'auth', 'app', 'proxy', 'runtime']))}, \`modules/*/index.ts\``,
    types: true,
    why: 'Components render view models: no db/, auth/, app/, proxy/ or runtime/ at run time (import type is fine).',
  },
  {
    target: 'components',
    from: [`${ROOT}/modules/*/index.ts`],
    row: false, // shown in the row above
    types: true,
    why: "Components import a module's pure entry (pure.ts) at run time, never its server entry (index.ts reaches the database; import type is fine).",
  },
  {
    target: 'components/!(admin)/**',
    from: ['components/admin'],
    label: '`components/` outside `admin/`',
    types: true,
    why: 'Reader components never import admin components.',
  },
  {
    target: 'app/(public)',
    from: ['components/admin'],
    label: '`app/(public)/`',
    types: false,
    why: "Readers' pages never import admin components.",
  },
  ...Object.entries(MODULES).map(([name, entries]) => ({
    target: outside(name),
    from: [`modules/${name}`],
    except: entries.map((entry) => `./${entry}`),
    label: `everything outside \`modules/${name}/\` but \`tests/\``,
    may: code(entries.map((entry) => `modules/${name}/${entry}`)),
    never: `the rest of \`modules/${name}/\``,
    types: false,
    why: `Outside modules/${name}/, only its public entries (${entries.join(', ')}) are imported: the rest is the module's own.`,
  })),
  {
    target: `${ROOT}/modules/*/!(index).ts`,
    from: [`${ROOT}/db/**`, `${ROOT}/modules/*/*/**`, `${ROOT}/modules/*/index.ts`],
    label: "a module's top-level files but `index.ts` (its pure logic)",
    may: "their module's top-level files, other modules' `pure.ts`, `lib/`",
    never: "`db/`, any module's subfolders (`queries/`, `adapters/`, `workflows/`) or `index.ts`",
    types: true,
    why: "A module's top-level files are its pure logic: no db/, no queries/, adapters/ or workflows/, no module's index.ts.",
  },
];

/** `import/no-restricted-paths` options for the zones that do (or do not) allow `import type`. */
export function restrictedPaths(types) {
  const zones = ZONES.filter((zone) => zone.types === types).map((zone) => ({
    target: zone.target,
    from: zone.from,
    ...(zone.except ? { except: zone.except } : {}),
    message: zone.why,
  }));
  return [{ basePath: ROOT, zones }];
}

/** The Markdown table docs/architecture.md shows: per part of the code, what it may and never imports. */
export function layerTable() {
  const rows = ZONES.filter((zone) => zone.row !== false).map((zone) => {
    const floor = FLOORS.includes(zone.target) && !zone.label;
    const files = zone.label ?? `\`${zone.target}/\``;
    const may =
      zone.may ??
      (floor ? code(folders(FLOORS.filter((f) => f !== zone.target && !zone.from.includes(f)))) : 'as its folder');
    const never = zone.never ?? code(folders(zone.from));
    return `| ${files} | ${may} | ${never} | ${zone.types ? 'yes' : 'no'} |`;
  });
  const top = FLOORS.filter((f) => !ZONES.some((zone) => zone.target === f));
  return [
    '| Files | May import at run time | Never imports | `import type` of those |',
    '| --- | --- | --- | --- |',
    ...top.map((f) => `| \`${f}/\` | ${code(folders(FLOORS.filter((o) => o !== f)))} | — | — |`),
    ...rows,
  ].join('\n');
}
