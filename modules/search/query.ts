import { parseCairoInput } from '@/lib/cairo-time-input';
import { normalizeArabic } from './arabic-normalize';

// Readers' search parameters, checked once: the search page and its links build on these.

export const MAX_QUERY_LENGTH = 200;

/** Private-use characters that ts_headline puts around matched words; never shown to readers. */
export const HIGHLIGHT_START = '\uE000';
export const HIGHLIGHT_STOP = '\uE001';

export interface SearchParams {
  /** What the reader typed, tidied and cut at MAX_QUERY_LENGTH characters ('' for none). */
  q: string;
  section: string | null;
  /** Cairo calendar days, `YYYY-MM-DD`, or null when absent or not a real date. */
  from: string | null;
  to: string | null;
  page: number;
}

type RawParams = Record<string, string | string[] | undefined>;

const firstOf = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? '';

// Control characters (PostgreSQL refuses NUL in text) and the highlight markers become spaces.
const UNWANTED = /[\u0000-\u001F\u007F\uE000\uE001]/g;

export function cleanQuery(raw: string): string {
  const text = raw.replace(UNWANTED, ' ').replace(/\s+/g, ' ').trim();
  const chars = Array.from(text);
  // Whole code points, so that an emoji at the cut is never left as half a surrogate pair.
  return chars.length > MAX_QUERY_LENGTH ? chars.slice(0, MAX_QUERY_LENGTH).join('').trim() : text;
}

/** A query worth running has a letter or a digit once diacritics and tatweel are gone. */
export function isSearchable(q: string): boolean {
  return /[\p{L}\p{N}]/u.test(normalizeArabic(q));
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDay(raw: string): string | null {
  const value = raw.trim();
  return DAY.test(value) && cairoDayStart(value) ? value : null;
}

export function parseSearchParams(raw: RawParams): SearchParams {
  const page = firstOf(raw.page);
  const section = firstOf(raw.section).trim();
  return {
    q: cleanQuery(firstOf(raw.q)),
    section: /^[a-z0-9-]{1,80}$/.test(section) ? section : null,
    from: parseDay(firstOf(raw.from)),
    to: parseDay(firstOf(raw.to)),
    page: /^[1-9]\d{0,5}$/.test(page) ? Number(page) : 1,
  };
}

/**
 * The first instant of a Cairo calendar day. Egypt springs forward at midnight, so on that day
 * 00:00 does not exist and the day begins at 01:00.
 */
export function cairoDayStart(day: string): Date | null {
  for (const hour of ['00', '01']) {
    const parsed = parseCairoInput(`${day}T${hour}:00`);
    if (parsed.ok) return parsed.date;
    if (parsed.reason !== 'skipped') return null;
  }
  return null;
}

function nextDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** `from` and `to` as instants: from the start of `from` up to (not including) the day after `to`. */
export function cairoDayRange(from: string | null, to: string | null): { since: Date | null; until: Date | null } {
  return {
    since: from ? cairoDayStart(from) : null,
    until: to ? cairoDayStart(nextDay(to)) : null,
  };
}

/** The URL of a page of results, keeping the query and the filters. */
export function searchHref(p: Omit<SearchParams, 'page'>, page = 1): string {
  const query = new URLSearchParams();
  if (p.q) query.set('q', p.q);
  if (p.section) query.set('section', p.section);
  if (p.from) query.set('from', p.from);
  if (p.to) query.set('to', p.to);
  if (page > 1) query.set('page', String(page));
  const s = query.toString();
  return s ? `/search?${s}` : '/search';
}
