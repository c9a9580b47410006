import { NextRequest } from 'next/server';

// Requests and answers as the proxy's handlers see them, without a server.

export function proxyRequest(path: string, init: { method?: string; headers?: Record<string, string> } = {}) {
  return new NextRequest(new URL(path, 'https://bawaba.test'), init);
}

/** What an answer does: goes on to the route, rewrites, redirects, or answers itself. */
export function outcome(response: Response | undefined) {
  if (!response) return 'next handler';
  if (response.headers.get('x-middleware-next')) return 'on to the route';
  const rewrite = response.headers.get('x-middleware-rewrite');
  if (rewrite) return `rewrite ${new URL(rewrite).pathname}`;
  const location = response.headers.get('location');
  if (location) return `${response.status} ${location.replace('https://bawaba.test', '')}`;
  return `${response.status}`;
}
