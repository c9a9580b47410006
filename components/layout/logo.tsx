import { SITE } from '@/lib/site';

// The masthead: a gate mark (the publication is a "gate" to the news) and the name as text, so
// the logo is readable by screen readers and search engines without an image.
export function Logo() {
  return (
    <span className="inline-flex items-center gap-2">
      <svg aria-hidden="true" viewBox="0 0 40 40" className="h-9 w-9 shrink-0">
        <rect width="40" height="40" rx="6" fill="#b3121f" />
        <path d="M10 32V17a10 10 0 0 1 20 0v15h-5V17a5 5 0 0 0-10 0v15z" fill="#fff" />
      </svg>
      <span className="text-3xl font-bold leading-none tracking-tight text-ink">{SITE.name}</span>
    </span>
  );
}
