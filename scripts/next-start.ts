// The one way every script and test starts the production server. Node's default keep-alive timeout
// (5 s) is shorter than the idle time of the clients in front of it (nginx's upstream keepalive, a
// load balancer, Playwright's request context): a client reusing a socket the server is just closing
// gets ECONNRESET. The server must always be the side that waits longer.
export const KEEP_ALIVE_TIMEOUT_MS = 65_000;

export function nextStartArgs(port: number, hostname = '127.0.0.1'): string[] {
  return [
    'node_modules/next/dist/bin/next',
    'start',
    '--port',
    String(port),
    '--hostname',
    hostname,
    '--keepAliveTimeout',
    String(KEEP_ALIVE_TIMEOUT_MS),
  ];
}
