import type { Metadata, Viewport } from 'next';
import { HtmlDocument } from './html-document';
import { NotFoundMessage } from '@/components/layout/not-found-message';
import { SiteChrome } from '@/components/layout/site-chrome';
import { listSections } from '@/db/queries/sections';
import { SITE } from '@/lib/site';
import { viewport as rootViewport } from './layout';
import './globals.css';

// The branded 404 for URLs no route matches, and for the proxy's early 404s (proxy.ts rewrites them to
// one such URL). Its header shows today's date: re-rendered at most once a minute.
export const revalidate = 60;

export const metadata: Metadata = { title: `الصفحة غير موجودة | ${SITE.name}`, robots: { index: false } };
export const viewport: Viewport = rootViewport;

export default async function GlobalNotFound() {
  const sections = await listSections();
  return (
    <HtmlDocument>
      <SiteChrome sections={sections} now={new Date()}>
        <NotFoundMessage />
      </SiteChrome>
    </HtmlDocument>
  );
}
