import type { NextRequest } from 'next/server';
import { imageOptimizerAnswer } from '@/lib/image-optimizer-off';

// Next sends every path that starts so to its optimizer, `/_next/imagex` included.
const IMAGE_OPTIMIZER = '/_next/image';

/** Next's image optimizer is off (next.config.js): answered here, before any of its code runs. */
export function imageOptimizer(request: NextRequest): Response | undefined {
  const { pathname, search } = request.nextUrl;
  return pathname.startsWith(IMAGE_OPTIMIZER) ? imageOptimizerAnswer(search) : undefined;
}
