import type { Metadata } from 'next';
import Link from 'next/link';
import { ArticleTable } from '@/components/admin/article-table';
import { FilterSelect } from '@/components/admin/filter-select';
import { requireStaffPage } from '@/auth/guard';
import { listAdminArticles, listAuthors } from '@/db/queries/admin-articles';
import { listSectionsForStaff } from '@/db/queries/sections';
import { parsePageParam } from '@/lib/routes/archive-params';
import { EDITORIAL_STATUSES, isEditorialStatus, STATUS_NAMES } from '@/lib/article-status';
import { parseId } from '@/lib/ids';

export const metadata: Metadata = { title: 'المقالات' };

type Search = { status?: string; section?: string; author?: string; q?: string; sort?: string; page?: string };

const toOption = (x: { id: number; name: string }) => ({ value: x.id, name: x.name });

export default async function ArticlesPage({ searchParams }: { searchParams: Promise<Search> }) {
  const staff = await requireStaffPage('writer', '/admin');
  const s = await searchParams;
  const status = isEditorialStatus(s.status) ? s.status : undefined;
  const filter = {
    status,
    sectionId: parseId(s.section ?? '') ?? undefined,
    authorId: parseId(s.author ?? '') ?? undefined,
    q: s.q?.slice(0, 100) || undefined,
    sort: s.sort === 'published' ? ('published' as const) : ('updated' as const),
    page: parsePageParam(s.page ?? '') ?? 1,
  };
  const [list, sections, authors] = await Promise.all([
    listAdminArticles(staff, filter),
    listSectionsForStaff(),
    listAuthors(),
  ]);
  const pageHref = (page: number) =>
    `/admin?${new URLSearchParams({ ...Object.fromEntries(Object.entries(s).filter(([, v]) => v)), page: String(page) })}`;
  return (
    <>
      <div className="mb-4 flex items-center justify-between">
        <h1 className="text-2xl font-bold">المقالات</h1>
        <Link href="/admin/articles/new" className="rounded bg-brand px-4 py-2 font-bold text-white">
          مقال جديد
        </Link>
      </div>
      <form className="mb-4 flex flex-wrap items-end gap-3 rounded bg-white p-3 text-sm" role="search">
        <label className="flex flex-col">
          بحث
          <input name="q" defaultValue={s.q} className="rounded border border-line px-2 py-1" />
        </label>
        <FilterSelect
          label="الحالة"
          name="status"
          value={status}
          options={EDITORIAL_STATUSES.map((value) => ({ value, name: STATUS_NAMES[value] }))}
        />
        <FilterSelect label="القسم" name="section" value={s.section} options={sections.map(toOption)} />
        <FilterSelect label="الكاتب" name="author" value={s.author} options={authors.map(toOption)} />
        <label className="flex flex-col">
          الترتيب
          <select name="sort" defaultValue={filter.sort} className="rounded border border-line px-2 py-1">
            <option value="updated">آخر تعديل</option>
            <option value="published">موعد النشر</option>
          </select>
        </label>
        <button type="submit" className="rounded bg-ink px-4 py-1.5 text-white">
          تصفية
        </button>
      </form>
      <ArticleTable rows={list.rows} now={new Date()} />
      <nav aria-label="التنقل بين الصفحات" className="mt-4 flex justify-between text-sm">
        {list.page > 1 ? <Link href={pageHref(list.page - 1)}>الصفحة السابقة</Link> : <span />}
        <span>
          صفحة {list.page} من {list.pageCount} ({list.total} مقالًا)
        </span>
        {list.page < list.pageCount ? <Link href={pageHref(list.page + 1)}>الصفحة التالية</Link> : <span />}
      </nav>
    </>
  );
}
