// @ts-check
// Which inline scripts of a rendered page are Next.js's own, told by their text alone. A page's
// policy names only these by hash, so a script that got into the HTML any other way (a sanitiser
// bug, a stored payload) is not in the policy and the browser refuses to run it. Each accepted form is
// parsed strictly: its only variable part is a JSON value, so the script can do nothing but hand data
// to Next.js's client. The forms are those next@16.4.6 writes (node_modules/next/dist/server/
// app-render/use-flight-response.js and get-page-files.js); a Next.js upgrade that changes them shows
// as a CSP violation in e2e/security-headers.spec.ts.

/** The RSC payload's bootstrap: `INLINE_FLIGHT_PAYLOAD_BOOTSTRAP`. */
const FLIGHT_BOOTSTRAP = '(self.__next_f=self.__next_f||[]).push([0])';
const FLIGHT_PUSH = 'self.__next_f.push(';
const FLIGHT_DATA = 1;
const FLIGHT_FORM_STATE = 2;
const FLIGHT_BINARY = 3;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

// Turbopack's chunk-group bootstrap (getTurbopackChunkGroupBootstrap), with the default global.
const TURBOPACK_START = '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push(';
const TURBOPACK_END = ');';
const CHUNK = /^static\/chunks\/[\w.-]+\.js$/;

/** @param {string} json @returns {unknown} the value, or undefined when `json` is not JSON */
function parseJson(json) {
  try {
    return JSON.parse(json);
  } catch {
    return undefined;
  }
}

/** `self.__next_f.push([…])` with a JSON argument of the shape `accepts` allows. @param {string} text @param {(value: unknown[]) => boolean} accepts */
function isFlightPush(text, accepts) {
  if (!text.startsWith(FLIGHT_PUSH) || !text.endsWith(')')) return false;
  const value = parseJson(text.slice(FLIGHT_PUSH.length, -1));
  return Array.isArray(value) && value.length === 2 && accepts(value);
}

/** @param {unknown[]} value */
const isData = ([kind, chunk]) =>
  typeof chunk === 'string' && (kind === FLIGHT_DATA || (kind === FLIGHT_BINARY && BASE64.test(chunk)));

/** @param {unknown[]} value */
const isFormState = ([kind]) => kind === FLIGHT_FORM_STATE;

/** @param {unknown} value */
const isChunkList = (value) => Array.isArray(value) && value.every((c) => typeof c === 'string' && CHUNK.test(c));

/** @param {unknown} value */
const isIdList = (value) => Array.isArray(value) && value.every((id) => Number.isSafeInteger(id));

/** One `(globalThis["TURBOPACK"] || …).push({otherChunks, runtimeModuleIds});` line. @param {string} line */
function isTurbopackBootstrap(line) {
  if (!line.startsWith(TURBOPACK_START) || !line.endsWith(TURBOPACK_END)) return false;
  const value = parseJson(line.slice(TURBOPACK_START.length, -TURBOPACK_END.length));
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value).sort().join();
  const { otherChunks, runtimeModuleIds } = /** @type {Record<string, unknown>} */ (value);
  return keys === 'otherChunks,runtimeModuleIds' && isChunkList(otherChunks) && isIdList(runtimeModuleIds);
}

/**
 * Whether an inline script's text (as the browser hashes it) is one Next.js writes into every page:
 * the RSC payload's bootstrap, its data and form-state pushes, and Turbopack's chunk bootstrap.
 * @param {string} text
 */
export function isFrameworkScript(text) {
  // Next.js escapes `<` in all of these (htmlEscapeJsonString), so none holds `<!--` or `<script`,
  // which would change where the browser ends the element.
  if (text.includes('<')) return false;
  if (text === FLIGHT_BOOTSTRAP) return true;
  if (text.startsWith(`${FLIGHT_BOOTSTRAP};`))
    return isFlightPush(text.slice(FLIGHT_BOOTSTRAP.length + 1), isFormState);
  if (text.startsWith(FLIGHT_PUSH)) return isFlightPush(text, isData);
  if (text.startsWith(TURBOPACK_START)) return text.split('\n').every(isTurbopackBootstrap);
  return false;
}
