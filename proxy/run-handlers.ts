import { NextResponse, type NextRequest } from 'next/server';
import type { ProxyHandler } from './responses';

/** The first answer of `handlers`, in order; a request none of them answers goes on to its route. */
export async function runHandlers(handlers: readonly ProxyHandler[], request: NextRequest): Promise<Response> {
  for (const handle of handlers) {
    const answer = await handle(request);
    if (answer) return answer;
  }
  return NextResponse.next();
}
