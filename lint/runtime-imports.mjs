// eslint-plugin-import's `no-restricted-paths` resolves every import (`@/…`, `../…`) to its file and
// reports those that land in a forbidden folder, but it has no notion of `import type`. Some layers
// may import types from a floor they may not run code from (components type their props with the
// view models db/ queries return), so this wraps the maintained rule and drops its reports on
// imports and re-exports that are erased at build time. Resolution and matching stay the plugin's.

/** True for `import type …`, `import { type A, type B } …`, `export type … from`. */
function typeOnly(source) {
  const node = source?.parent;
  if (!node) return false;
  if (node.type === 'ImportDeclaration') {
    if (node.importKind === 'type') return true;
    return node.specifiers.length > 0 && node.specifiers.every((s) => s.importKind === 'type');
  }
  if (node.type === 'ExportNamedDeclaration' || node.type === 'ExportAllDeclaration') {
    return node.exportKind === 'type';
  }
  return false;
}

/** The rule `rule`, reporting only imports that reach the bundle. */
export function runtimeImportsOnly(rule) {
  return {
    meta: {
      ...rule.meta,
      docs: { ...rule.meta.docs, description: `${rule.meta.docs.description} (run-time imports)` },
    },
    create(context) {
      const filtered = Object.create(context, {
        report: { value: (descriptor) => typeOnly(descriptor.node) || context.report(descriptor) },
      });
      return rule.create(filtered);
    },
  };
}
