import type { NextRequest } from 'next/server';
import { pathClass } from '@/lib/routes/known-routes';
import { badRequestResponse, isMalformedPath } from '@/lib/routes/malformed-path';

/**
 * A 400 before any route decodes its parameters (and throws, answering 500): see
 * lib/routes/malformed-path.ts. Files, XML and the API get it as plain text, pages as a page.
 */
export function malformedPath(request: NextRequest): Response | undefined {
  const { pathname } = request.nextUrl;
  return isMalformedPath(pathname) ? badRequestResponse(pathClass(pathname) !== 'non-html') : undefined;
}
