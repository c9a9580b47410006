// Next.js calls register() once per server process before it serves a request. Process-level
// machinery starts here and nowhere else (docs/architecture.md). Only the Node.js server gets it: the
// import is dynamic so that no other bundle (edge, proxy) takes in the database driver or the signal
// handling, and NEXT_RUNTIME stays a literal read because Next.js replaces it when bundling.
export async function register(): Promise<void> {
  // eslint-disable-next-line no-restricted-properties -- a literal Next.js replaces per bundle, not configuration
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startServerRuntime } = await import('./runtime/start');
  startServerRuntime();
}
