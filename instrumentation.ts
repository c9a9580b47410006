// Next.js calls register() once per server process before it serves a request. The app's machinery
// that lives inside Next's bundles starts here and nowhere else: the view batcher and the steps the
// server runs when it stops (docs/architecture.md). The server process itself is runtime/server/.
// Only the Node.js server gets it: the import is dynamic so that no other bundle (edge, proxy) takes
// in the database driver, and NEXT_RUNTIME stays a literal read because Next.js replaces it when
// bundling.
export async function register(): Promise<void> {
  // eslint-disable-next-line no-restricted-properties -- a literal Next.js replaces per bundle, not configuration
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startServerRuntime } = await import('./runtime/start');
  startServerRuntime();
}
