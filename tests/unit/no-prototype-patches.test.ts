import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The server process is ours (runtime/server/): nothing reaches into Node's or Next's objects to
// change how every server, response or exit of the process behaves. A patch would hide the behaviour
// from whoever reads the server, and break silently when Node or Next changes the patched method.
const ROOT = path.resolve(import.meta.dirname, '../..');
const SKIP = new Set(['node_modules', '.next', '.data', '.git', 'tests', 'e2e', 'drizzle', 'public', 'docs']);
const CODE = /\.(?:ts|tsx|js|mjs)$/;
const FILES = readdirSync(ROOT, { recursive: true, withFileTypes: true }).flatMap((entry) => {
  const file = path.relative(ROOT, path.join(entry.parentPath, entry.name));
  const top = file.split(path.sep)[0]!;
  return entry.isFile() && CODE.test(entry.name) && !SKIP.has(top) && file !== 'next-env.d.ts' ? [file] : [];
});

const FORBIDDEN: [string, RegExp][] = [
  ['a prototype of Node or Next', /\b(?:ServerResponse|IncomingMessage|OutgoingMessage|Server|Socket)\.prototype\b/],
  ['any prototype method assigned', /\.prototype\.\w+\s*=[^=]/],
  ['any prototype rewritten in bulk', /Object\.(?:assign|defineProperty|defineProperties)\([\w.]*\.prototype\b/],
  ['process.exit replaced', /\b(?:process|proc)\.exit\s*=[^=]/],
  ['process.exit redefined', /(?:defineProperty|Reflect\.set)\(\s*process\s*,\s*['"]exit['"]/],
  ['process.emit or process.on replaced', /\bprocess\.(?:emit|on|once|kill)\s*=[^=]/],
];

describe('no patch of Node or Next', () => {
  it('reads the code it should', () => {
    expect(FILES).toContain('runtime/server/app-server.ts');
    expect(FILES).toContain('instrumentation.ts');
    expect(FILES.length).toBeGreaterThan(200);
  });

  it.each(FORBIDDEN)('%s appears nowhere outside the tests', (_, pattern) => {
    const hits = FILES.flatMap((file) =>
      readFileSync(path.join(ROOT, file), 'utf8')
        .split('\n')
        .flatMap((line, i) => (pattern.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(hits).toEqual([]);
  });

  it('would catch the patches this replaced', () => {
    const old = [
      'http.ServerResponse.prototype',
      'http.Server.prototype.emit = function (event) {',
      'const proto = http.ServerResponse.prototype;',
      'Object.assign(Agent.prototype, { request })',
      'proc.exit = ((code) => {',
      'process.exit = () => {}',
    ];
    for (const line of old)
      expect(
        FORBIDDEN.some(([, pattern]) => pattern.test(line)),
        line,
      ).toBe(true);
  });
});
