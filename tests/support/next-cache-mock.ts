import { vi } from 'vitest';

// `next/cache` needs a Next.js request; integration tests record what an action revalidated instead:
// `vi.mock('next/cache', () => import('../support/next-cache-mock'))`.
export const revalidatePath = vi.fn();
export const revalidateTag = vi.fn();
export const updateTag = vi.fn();
