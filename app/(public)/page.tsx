import { ArticleCard } from '@/components/article/article-card';
import { LatestNews } from '@/components/home/latest-news';
import { SectionBlock } from '@/components/home/section-block';
import { MostRead } from '@/components/reader/most-read';
import { JsonLd } from '@/components/seo/json-ld';
import { getHomePage } from '@/db/queries/home';
import { mostReadForPages } from '@/db/queries/views';
import { listingMetadata } from '@/lib/page-metadata';
import { websiteLd } from '@/lib/structured-data';
import { SITE } from '@/lib/site';

// Served from the full-route cache and re-rendered at most once a second: a published edit or a
// scheduled story shows within about a second without any job.
export const revalidate = 1;

export function generateMetadata() {
  return listingMetadata({
    description: `${SITE.name}: ${SITE.tagline}. آخر أخبار مصر والعالم العربي والاقتصاد والرياضة والثقافة.`,
    path: '/',
  });
}

export default async function HomePage() {
  const [home, mostRead] = await Promise.all([getHomePage(), mostReadForPages()]);
  return (
    <>
      <JsonLd data={websiteLd()} />
      <h1 className="sr-only">{SITE.name}: الرئيسية</h1>
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="flex flex-col gap-6 lg:col-span-2">
          {home.lead ? (
            <ArticleCard article={home.lead} variant="lead" level={2} preload />
          ) : (
            <p className="py-10 text-center text-muted">لا توجد أخبار منشورة بعد.</p>
          )}
          {home.top.length ? (
            <section aria-labelledby="top-stories">
              <h2 id="top-stories" className="sr-only">
                أهم الأخبار
              </h2>
              <div className="grid gap-4 sm:grid-cols-2">
                {home.top.map((a) => (
                  <ArticleCard key={a.id} article={a} />
                ))}
              </div>
            </section>
          ) : null}
        </div>
        <div className="flex flex-col gap-6">
          <LatestNews articles={home.latest} />
          <MostRead articles={mostRead} />
        </div>
      </div>
      <div className="mt-10 flex flex-col gap-10">
        {home.sections.map((s) => (
          <SectionBlock key={s.slug} {...s} />
        ))}
      </div>
    </>
  );
}
