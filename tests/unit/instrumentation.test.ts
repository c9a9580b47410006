import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { register } from '@/instrumentation';
import { viewCounter } from '@/runtime/view-counter';

const EVENTS = ['SIGTERM', 'SIGINT', 'beforeExit'] as const;
type Listener = (...args: unknown[]) => void;
const globals = globalThis as { bawabaRuntime?: unknown; bawabaViews?: unknown };

// register() installs on the real process: note its listeners, and put everything back afterwards.
const listenersOf = (event: string) => (process as NodeJS.EventEmitter).listeners(event) as Listener[];
let before: Map<string, Listener[]>;
const listeners = () => new Map(EVENTS.map((e) => [e, listenersOf(e)]));
const added = (event: string) => listenersOf(event).filter((listener) => !before.get(event)!.includes(listener));

describe('instrumentation register()', () => {
  const runtime = process.env.NEXT_RUNTIME;
  beforeEach(() => {
    before = listeners();
  });
  afterEach(() => {
    for (const event of EVENTS) for (const listener of added(event)) process.off(event, listener);
    delete globals.bawabaRuntime;
    delete globals.bawabaViews;
    if (runtime === undefined) delete process.env.NEXT_RUNTIME;
    else process.env.NEXT_RUNTIME = runtime;
  });

  it('starts nothing outside the Node.js server runtime', async () => {
    process.env.NEXT_RUNTIME = 'edge';
    await register();
    for (const event of EVENTS) expect(added(event), event).toEqual([]);
    expect(() => viewCounter()).toThrow(/register\(\)/);
  });

  it('starts the view counter and the stop sequence once, however often it is called', async () => {
    process.env.NEXT_RUNTIME = 'nodejs';
    const exit = process.exit;
    await register();
    const counter = viewCounter();
    // Dev-mode reloads call it again, possibly from a freshly evaluated bundle.
    await register();
    await register();
    expect(viewCounter()).toBe(counter);
    for (const event of EVENTS) expect(added(event), event).toHaveLength(1);
    expect(process.exit).toBe(exit); // held only once a stop signal arrives
    expect(counter.pending()).toBe(0);
  });
});
