import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stopOnSignals } from '@/runtime/server/stop';
import { fakeProcess } from '../support/fake-process';

/** A real HTTP server whose `/slow` requests wait until the test releases them. */
async function serverWithSlowRequests(log: string[]) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const server = http.createServer((request, response) => {
    const answer = () => {
      log.push(`answered ${request.url}`);
      response.end('ok');
    };
    if (request.url === '/slow') void released.then(answer);
    else answer();
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return { server, port, release };
}

/** Steps that note when they run. */
function recordingSteps(log: string[]) {
  return ['closing Next.js', 'writing the last views', 'closing the database pool'].map((name) => ({
    name,
    run: async () => void log.push(name),
  }));
}

const get = (port: number, path: string, agent?: http.Agent) =>
  new Promise<number>((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path, agent }, (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode!));
      })
      .on('error', reject);
  });

const exited = (exit: ReturnType<typeof vi.fn>) =>
  vi.waitFor(() => expect(exit).toHaveBeenCalled(), { timeout: 5_000, interval: 20 });

describe('the server stop', () => {
  const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
  afterEach(() => errors.mockClear());

  it('answers the request in flight, then runs the steps in order, then exits 0', async () => {
    const log: string[] = [];
    const { server, port, release } = await serverWithSlowRequests(log);
    const { proc, exit } = fakeProcess();
    stopOnSignals(server, { proc, steps: () => recordingSteps(log) });
    // A keep-alive connection left idle by an earlier request must not hold the stop for 65 s.
    const agent = new http.Agent({ keepAlive: true });
    expect(await get(port, '/fast', agent)).toBe(200);
    const inFlight = get(port, '/slow');
    await vi.waitFor(() => expect(server.listening).toBe(true));
    await new Promise((r) => setTimeout(r, 100));

    proc.emit('SIGTERM', 'SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    expect(log).toEqual(['answered /fast']); // no step while a request is still being answered
    await expect(get(port, '/late')).rejects.toThrow(/ECONNREFUSED/);

    release();
    expect(await inFlight).toBe(200);
    await exited(exit);
    expect(log).toEqual([
      'answered /fast',
      'answered /slow',
      'closing Next.js',
      'writing the last views',
      'closing the database pool',
    ]);
    expect(exit).toHaveBeenCalledWith(0);
    agent.destroy();
  });

  it('still closes the pool when the final write fails, and exits 1 to say so', async () => {
    const { server } = await serverWithSlowRequests([]);
    const { proc, exit } = fakeProcess();
    const closed = vi.fn(async () => {});
    stopOnSignals(server, {
      proc,
      steps: () => [
        { name: 'writing the last views', run: () => Promise.reject(new Error('database gone')) },
        { name: 'closing the database pool', run: closed },
      ],
    });
    proc.emit('SIGINT', 'SIGINT');
    await exited(exit);
    expect(closed).toHaveBeenCalledTimes(1);
    expect(exit).toHaveBeenCalledWith(1);
    expect(errors).toHaveBeenCalledWith('[shutdown] writing the last views failed:', expect.any(Error));
  });

  it('exits 1 at the deadline when a step hangs', async () => {
    const { server } = await serverWithSlowRequests([]);
    const { proc, exit } = fakeProcess();
    stopOnSignals(server, { proc, stepsMs: 300, steps: () => [{ name: 'hangs', run: () => new Promise(() => {}) }] });
    proc.emit('SIGTERM', 'SIGTERM');
    await new Promise((r) => setTimeout(r, 150));
    expect(exit).not.toHaveBeenCalled();
    await exited(exit);
    expect(exit).toHaveBeenCalledWith(1);
  });

  it('cuts a request that outlives the drain deadline, still runs the steps, and exits 1', async () => {
    const log: string[] = [];
    const { server, port } = await serverWithSlowRequests(log);
    const { proc, exit } = fakeProcess();
    stopOnSignals(server, { proc, drainMs: 300, steps: () => recordingSteps(log) });
    const never = get(port, '/slow').catch((error: Error) => error.message);
    await new Promise((r) => setTimeout(r, 100));
    proc.emit('SIGTERM', 'SIGTERM');
    await exited(exit);
    expect(await never).toMatch(/socket hang up|ECONNRESET/);
    expect(log).toEqual(['closing Next.js', 'writing the last views', 'closing the database pool']);
    expect(exit).toHaveBeenCalledWith(1);
  });

  it('in development closes every connection at once, as `next dev` does (hot-reload sockets)', async () => {
    const log: string[] = [];
    const { server, port } = await serverWithSlowRequests(log);
    const { proc, exit } = fakeProcess();
    stopOnSignals(server, { proc, dev: true, steps: () => recordingSteps(log) });
    const held = get(port, '/slow').catch((error: Error) => error.message);
    await new Promise((r) => setTimeout(r, 100));
    const stopped = Date.now();
    proc.emit('SIGINT', 'SIGINT');
    await exited(exit);
    expect(Date.now() - stopped).toBeLessThan(2_000);
    expect(await held).toMatch(/socket hang up|ECONNRESET/);
    expect(exit).toHaveBeenCalledWith(0);
  });

  it('stops once, however many signals arrive', async () => {
    const log: string[] = [];
    const { server } = await serverWithSlowRequests(log);
    const { proc, exit } = fakeProcess();
    const stop = stopOnSignals(server, { proc, steps: () => recordingSteps(log) });
    proc.emit('SIGINT', 'SIGINT');
    proc.emit('SIGTERM', 'SIGTERM');
    proc.emit('SIGINT', 'SIGINT');
    expect(await stop()).toBe(0);
    await exited(exit);
    expect(log).toEqual(['closing Next.js', 'writing the last views', 'closing the database pool']);
    expect(exit).toHaveBeenCalledTimes(1);
    expect(exit).toHaveBeenCalledWith(0);
  });
});
