/** An archive's title, with the page number after the first page and an optional small label above. */
export function ArchiveHeading({ title, page, label }: { title: string; page: number; label?: string }) {
  return (
    <header className="mb-4 border-b-4 border-brand pb-2">
      {label ? <p className="text-sm font-bold text-accent">{label}</p> : null}
      <h1 className="text-3xl font-bold">
        {title}
        {page > 1 ? <span className="ms-2 text-lg font-normal text-muted">صفحة {page}</span> : null}
      </h1>
    </header>
  );
}
