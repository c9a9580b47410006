/** A file the importer cannot read as a WordPress export: the import stops with nothing written. */
export class WxrError extends Error {}
