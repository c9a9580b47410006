import type { Metadata } from 'next';
import type { ReactNode } from 'react';

// Nothing under /admin is for search engines or shared caches.
export const metadata: Metadata = { robots: { index: false, follow: false } };
export const dynamic = 'force-dynamic';

export default function AdminRootLayout({ children }: { children: ReactNode }) {
  return <div className="min-h-screen bg-wash">{children}</div>;
}
