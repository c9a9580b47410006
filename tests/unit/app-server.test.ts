import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SOCKET_ADDRESS_HEADER } from '@/lib/client-address';
import { createAppServer, KEEP_ALIVE_TIMEOUT_MS } from '@/runtime/server/app-server';

// The server in front of Next's handler, with a handler that reports what Next would be given.
describe("the app's HTTP server", () => {
  let server: http.Server;
  let base: string;
  beforeAll(async () => {
    server = createAppServer({
      databaseUnreachable: () => false,
      handle: async (request, response) => {
        if (request.url === '/throws') throw new Error('a bug');
        response.end(JSON.stringify({ address: request.headers[SOCKET_ADDRESS_HEADER] ?? null }));
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("hands the app the socket's address, whatever the client sent under that header", async () => {
    expect(await (await fetch(base)).json()).toEqual({ address: '127.0.0.1' });
    const forged = await fetch(base, { headers: { [SOCKET_ADDRESS_HEADER]: '203.0.113.66' } });
    expect(await forged.json()).toEqual({ address: '127.0.0.1' });
  });

  it('keeps idle connections longer than the clients in front of it (nginx, load balancers: 60 s)', () => {
    expect(server.keepAliveTimeout).toBe(KEEP_ALIVE_TIMEOUT_MS);
    expect(KEEP_ALIVE_TIMEOUT_MS).toBeGreaterThan(60_000);
    expect(server.headersTimeout).toBeGreaterThan(server.keepAliveTimeout);
  });

  it('answers 500 when the handler itself fails, and keeps serving', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect((await fetch(`${base}/throws`)).status).toBe(500);
    expect(error).toHaveBeenCalledWith('[server] failed to handle GET /throws:', expect.any(Error));
    expect((await fetch(base)).status).toBe(200);
    error.mockRestore();
  });
});
