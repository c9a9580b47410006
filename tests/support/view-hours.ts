// The shape of the hourly view counts (article_views: one row per story and UTC hour), for tests
// that seed them or sum claims into them.

export const HOUR_MS = 3_600_000;

export interface ViewCount {
  articleId: number;
  hour: Date;
  views: number;
}
