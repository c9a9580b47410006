import type { NextRequest } from 'next/server';
import { handlers } from '@/auth';
import { NO_SCRIPT_POLICY } from '@/lib/http/security-headers';

// Auth.js's built-in pages redirect to our login form (auth/config.ts), but Auth.js still renders
// HTML of its own in corner cases (its configuration error page). Whatever it answers goes out with
// the policy of our self-contained pages: no script at all. (Malformed paths never get here: the
// proxy answers them 400.)
function withPolicy(handler: (request: NextRequest) => Promise<Response>) {
  return async (request: NextRequest): Promise<Response> => {
    const response = await handler(request);
    // A redirect's headers are immutable, hence the copy.
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', NO_SCRIPT_POLICY);
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  };
}

export const GET = withPolicy(handlers.GET);
export const POST = withPolicy(handlers.POST);
