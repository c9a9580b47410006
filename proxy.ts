import { NextResponse, type NextRequest } from 'next/server';
import { canonicalArticlePath } from '@/db/queries/articles';
import { classifyPath, samePath } from '@/lib/canonical-paths';

// Canonical URLs with a true 301 (a page can only answer 307/308): an article reached by its
// number with a missing or outdated slug, and a section's "page 1". Nothing here is a security check.
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const check = classifyPath(pathname);
  let target: string | null = null;
  if (check.kind === 'redirect') target = check.to;
  else if (check.kind === 'article') {
    const canonical = await canonicalArticlePath(check.id);
    // Not public (yet): let the page answer 404.
    if (canonical && !samePath(pathname, canonical)) target = canonical;
  }
  if (!target) return NextResponse.next();
  return NextResponse.redirect(new URL(target + search, request.url), 301);
}

export const config = {
  matcher: ['/news/:path*', '/section/:path*'],
};
