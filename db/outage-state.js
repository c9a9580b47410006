// @ts-check
// When this process last failed to reach its database, shared by the bundled app (db/availability.ts)
// and the page cache handler, which Node.js loads unbundled (runtime/page-cache/handler.js); one
// number on globalThis, since each bundle has its own copy of every module. Types: outage-state.d.ts.

/** How long "unreachable" is believed after the last failure. */
const OUTAGE_MEMORY_MS = 5_000;

const state = /** @type {{ bawabaDbUnreachableAt?: number }} */ (globalThis);

/** @param {number} now */
export function markUnreachable(now) {
  state.bawabaDbUnreachableAt = now;
}

export function markReachable() {
  state.bawabaDbUnreachableAt = undefined;
}

/** @param {number} now */
export function databaseUnreachable(now) {
  const at = state.bawabaDbUnreachableAt;
  return at !== undefined && now - at < OUTAGE_MEMORY_MS;
}
