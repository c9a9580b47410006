import { NextResponse, type NextRequest } from 'next/server';

/** The API (Auth.js's endpoints) is matched only for the malformed-path check: nothing more to do. */
export function apiPassThrough(request: NextRequest): Response | undefined {
  return request.nextUrl.pathname.startsWith('/api/') ? NextResponse.next() : undefined;
}
