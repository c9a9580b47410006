import type { SearchParams } from '@/modules/search/pure';

const field = 'rounded border border-line bg-paper px-3 py-2 focus-visible:border-brand';

/**
 * The search page's own form: the query as typed, and the filters (section, Cairo calendar days).
 * A plain GET form, so every search is a link that can be shared or opened again.
 */
export function SearchForm({ params, sections }: { params: SearchParams; sections: { slug: string; name: string }[] }) {
  return (
    <form
      role="search"
      action="/search"
      method="get"
      aria-label="البحث في الأخبار"
      className="mb-6 flex flex-col gap-3 rounded bg-wash p-4"
    >
      <div className="flex gap-2">
        <label htmlFor="search-q" className="sr-only">
          بحث
        </label>
        <input
          id="search-q"
          type="search"
          name="q"
          defaultValue={params.q}
          maxLength={200}
          enterKeyHint="search"
          dir="auto"
          placeholder="اكتب كلمة أو أكثر"
          className={`${field} min-w-0 flex-1 text-lg`}
        />
        <button type="submit" className="rounded bg-brand px-5 font-bold text-white hover:bg-brand-dark">
          بحث
        </button>
      </div>
      {/* Compact on phones: the section on its own row, the two days side by side. */}
      <div className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-3">
        <label className="col-span-2 flex flex-col gap-1 sm:col-span-1">
          <span className="font-bold">القسم</span>
          <select name="section" defaultValue={params.section ?? ''} className={field}>
            <option value="">كل الأقسام</option>
            {sections.map((s) => (
              <option key={s.slug} value={s.slug}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <label className="flex min-w-0 flex-col gap-1">
          <span className="font-bold">من تاريخ</span>
          <input type="date" name="from" defaultValue={params.from ?? ''} className={`${field} min-w-0`} />
        </label>
        <label className="flex min-w-0 flex-col gap-1">
          <span className="font-bold">إلى تاريخ</span>
          <input type="date" name="to" defaultValue={params.to ?? ''} className={`${field} min-w-0`} />
        </label>
      </div>
    </form>
  );
}
