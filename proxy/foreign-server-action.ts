import { NextResponse, type NextRequest } from 'next/server';
import { isSameOriginRequest } from '@/lib/http/same-origin';

// Next.js refuses a server action whose Origin is not the host the request names (`X-Forwarded-Host`,
// else `Host`), but the sender chooses those headers. In production the site's origin is SITE_URL,
// so an action posted from anywhere else is refused here, before Next.js runs it (lib/http/same-origin.ts;
// an action with no Origin at all comes from no browser, and is left to the action's own checks).

/** `pinnedOrigin` is the site's own origin, or null where none is pinned (development). */
export function foreignServerAction(pinnedOrigin: () => string | null) {
  return (request: NextRequest): Response | undefined => {
    const isAction = request.method === 'POST' && request.headers.has('next-action');
    if (!isAction || isSameOriginRequest(request, pinnedOrigin())) return undefined;
    return new NextResponse('طلب مرفوض: لا يقبل هذا الإجراء إلا من صفحات الموقع نفسه.\n', {
      status: 403,
      headers: { 'Cache-Control': 'no-store', 'Content-Type': 'text/plain; charset=utf-8' },
    });
  };
}
