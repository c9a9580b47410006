/**
 * The search box in the site header: a plain GET form, so it works before (and without) any
 * script. The label is for screen readers; the magnifier button says what the box is for.
 */
export function HeaderSearchForm({ className = '' }: { className?: string }) {
  return (
    <form role="search" action="/search" method="get" aria-label="البحث في الموقع" className={`flex ${className}`}>
      <label htmlFor="site-search-q" className="sr-only">
        بحث
      </label>
      <input
        id="site-search-q"
        type="search"
        name="q"
        maxLength={200}
        enterKeyHint="search"
        placeholder="ابحث في الأخبار"
        className="search-input"
      />
      <button type="submit" className="search-button">
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          className="size-4"
          fill="none"
          stroke="currentColor"
          strokeWidth="2.5"
          strokeLinecap="round"
        >
          <circle cx="10.5" cy="10.5" r="6.5" />
          <path d="m20 20-4.5-4.5" />
        </svg>
        <span className="sr-only">بحث</span>
      </button>
    </form>
  );
}
