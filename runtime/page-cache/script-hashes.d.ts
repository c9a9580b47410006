export function inlineScriptHashes(html: string): { hashes: string[]; refused: string[] };
