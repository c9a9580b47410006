// The WordPress module's server entry: `importWordpress` moves an export (WXR) and its uploads folder
// into the database and the media store; `WxrError` is what it throws for an export it refuses.
export type { ImportReport } from './report';
export { importWordpress } from './workflows/import-archive';
export { WxrError } from './wxr-error';
