// The search module's server entry: the readers' search and its suggestions over PostgreSQL, and all
// of ./pure.ts. Components import ./pure.ts only (or types from here): this file reaches the database.
export * from './pure';
export { searchArticles, type SearchHit } from './queries/results';
export { similarHeadlines, suggestQuery } from './queries/suggestions';
