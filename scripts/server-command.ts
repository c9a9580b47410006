import { SERVER_FILE } from '../runtime/server/compile.js';

// The one way every script and test starts the app's server (runtime/server/) as a process of its
// own, with no CLI in between, so that a signal sent to the child reaches the server itself. In
// production it is the plain JavaScript `next build` compiled into the build folder; `npm run dev`
// runs the TypeScript source through tsx's loader.
export const COMPILED_SERVER = `.next/${SERVER_FILE}`;

export function serverArgs(mode: 'dev' | 'start', port: number, hostname?: string): string[] {
  const entry = mode === 'dev' ? ['--import', 'tsx', 'runtime/server/main.ts'] : [COMPILED_SERVER];
  return [...entry, mode, '--port', String(port), ...(hostname === undefined ? [] : ['--hostname', hostname])];
}

/** The production server on one address, as the tests and the stack run it. */
export function productionServerArgs(port: number, hostname = '127.0.0.1'): string[] {
  return serverArgs('start', port, hostname);
}
