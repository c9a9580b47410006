// The publication's identity in one place: every page, feed and structured-data block reads it here.
export const SITE = {
  name: 'بوابة',
  tagline: 'أخبار مصر والعالم لحظة بلحظة',
  locale: 'ar_AR',
  language: 'ar',
  /** Square mark for structured data and feeds (publisher logo). */
  logoPath: '/logo.png',
} as const;

export const PAGE_SIZE = 20;
