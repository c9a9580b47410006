// @ts-check
// The production server is plain JavaScript: `next build` compiles it here (next.config.js,
// `compiler.runAfterProductionCompile`), so that `npm start` runs it on bare Node. Run through tsx's
// loader instead it would cost about 70 MB and four seconds of start-up per instance (the loader's
// thread, and every module of Next's going through it); `npm run dev` does run the source that way.
import path from 'node:path';
import { build } from 'esbuild';

/** Where the compiled server lands inside the build folder: `node <distDir>/SERVER_FILE start`. */
export const SERVER_FILE = 'bawaba-server.mjs';

/**
 * One file: our modules bundled in, every package (Next.js, zod) left to node_modules, as the app
 * itself uses them.
 * @param {{ projectDir: string, distDir: string }} dirs
 */
export async function compileServer({ projectDir, distDir }) {
  await build({
    entryPoints: [path.join(projectDir, 'runtime/server/main.ts')],
    outfile: path.join(distDir, SERVER_FILE),
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    tsconfig: path.join(projectDir, 'tsconfig.json'),
    logLevel: 'warning',
  });
}
