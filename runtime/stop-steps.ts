/**
 * The steps a graceful stop runs once the last request has been answered (runtime/server/stop.ts).
 * The app's runtime registers them from inside Next's bundles (runtime/start.ts, through
 * instrumentation.ts), where the view batcher and the pool live; the server process runs them from its
 * own copy of this module, loaded outside the bundles. Two copies of a module share nothing but
 * globalThis, so the list lives there.
 */
export interface StopStep {
  name: string;
  run: () => Promise<void>;
}

const shared = globalThis as unknown as { bawabaStopSteps?: StopStep[] };

/** Replaces the app's stop steps; they run in this order. */
export function setStopSteps(steps: StopStep[]): void {
  shared.bawabaStopSteps = steps;
}

/** The app's stop steps, none before the runtime has started. */
export function stopSteps(): StopStep[] {
  return shared.bawabaStopSteps ?? [];
}
