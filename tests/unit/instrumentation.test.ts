import { afterEach, describe, expect, it } from 'vitest';
import { register } from '@/instrumentation';
import { stopSteps } from '@/runtime/stop-steps';
import { viewCounter } from '@/runtime/view-counter';

const EVENTS = ['SIGTERM', 'SIGINT', 'beforeExit', 'exit'] as const;
const globals = globalThis as { bawabaRuntime?: unknown; bawabaViews?: unknown; bawabaStopSteps?: unknown };
const listenerCounts = () => EVENTS.map((event) => process.listenerCount(event));

describe('instrumentation register()', () => {
  const runtime = process.env.NEXT_RUNTIME;
  afterEach(() => {
    delete globals.bawabaRuntime;
    delete globals.bawabaViews;
    delete globals.bawabaStopSteps;
    if (runtime === undefined) delete process.env.NEXT_RUNTIME;
    else process.env.NEXT_RUNTIME = runtime;
  });

  it('starts nothing outside the Node.js server runtime', async () => {
    process.env.NEXT_RUNTIME = 'edge';
    await register();
    expect(() => viewCounter()).toThrow(/register\(\)/);
    expect(stopSteps()).toEqual([]);
  });

  it('starts the view counter and hands the server its stop steps, once, touching no process hook', async () => {
    process.env.NEXT_RUNTIME = 'nodejs';
    const { exit, kill } = process;
    const before = listenerCounts();
    await register();
    const counter = viewCounter();
    // Dev-mode reloads call it again, possibly from a freshly evaluated bundle.
    await register();
    await register();
    expect(viewCounter()).toBe(counter);
    expect(counter.pending()).toBe(0);
    expect(stopSteps().map((step) => step.name)).toEqual(['writing the last views', 'closing the database pool']);
    // Signals and the exit belong to the server process (runtime/server/stop.ts).
    expect(listenerCounts()).toEqual(before);
    expect(process.exit).toBe(exit);
    expect(process.kill).toBe(kill);
  });
});
