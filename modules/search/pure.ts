// The search module's pure entry: no database and no I/O, so a component, a client component or a
// plain script (`npm run db:normalize-sql`) may import it. Server code takes everything from ./index.ts.
export {
  cairoDayRange,
  HIGHLIGHT_START,
  HIGHLIGHT_STOP,
  isSearchable,
  parseSearchParams,
  searchHref,
  type SearchParams,
} from './query';
export {
  NORMALIZE_FUNCTIONS,
  normalizeMigrationSql,
  staleNormalizeFunctions,
  type NormalizeFunction,
} from './arabic-normalize-sql';
