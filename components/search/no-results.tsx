import Link from 'next/link';
import { IsolatedText } from '@/components/text/isolated-text';
import { articlePath, linkHref } from '@/lib/routes/paths';

/**
 * "لا توجد نتائج", with what may help: the same words in every section and date when filters were
 * on, a word on spelling, and headlines that look like what was typed.
 */
export function NoResults({
  query,
  withoutFiltersHref,
  similar,
}: {
  query: string;
  /** Set when section or dates narrowed the search. */
  withoutFiltersHref: string | null;
  similar: { id: number; slug: string; title: string }[];
}) {
  return (
    <section aria-labelledby="no-results" className="py-6">
      <h2 id="no-results" className="text-2xl font-bold">
        لا توجد نتائج
      </h2>
      <p className="mt-2 text-muted">
        لم نجد أخبارًا منشورة تطابق «<bdi>{query}</bdi>»{withoutFiltersHref ? ' في القسم والتاريخ المختارين' : ''}.
      </p>
      <ul className="mt-3 list-disc space-y-1 ps-6">
        {withoutFiltersHref ? (
          <li>
            <Link href={withoutFiltersHref} className="font-bold text-accent hover:underline">
              ابحث في كل الأقسام وكل التواريخ
            </Link>
          </li>
        ) : null}
        <li>تأكد من كتابة الكلمات، أو جرّب كلمات أقل أو أعمّ.</li>
      </ul>
      {similar.length > 0 ? (
        <>
          <h3 className="mt-6 text-lg font-bold">عناوين قريبة مما كتبت</h3>
          <ul className="mt-2 space-y-2">
            {similar.map((s) => (
              <li key={s.id}>
                <Link href={linkHref(articlePath(s))} className="hover:text-accent">
                  <IsolatedText text={s.title} />
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
