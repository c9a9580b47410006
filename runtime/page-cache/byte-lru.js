// @ts-check

/**
 * A least-recently-used map bounded by an estimate of the bytes its values hold. Inserting past the
 * bound drops the least recently used entries; a value larger than the whole bound is not kept.
 * @template V
 */
export class ByteLru {
  /** @type {Map<string, { value: V, bytes: number }>} */
  #entries = new Map();
  #bytes = 0;

  /**
   * @param {number} maxBytes
   * @param {(value: V) => number} sizeOf
   */
  constructor(maxBytes, sizeOf) {
    this.maxBytes = maxBytes;
    this.sizeOf = sizeOf;
  }

  /** @param {string} key */
  get(key) {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    // Map keeps insertion order: re-inserting marks the entry as the most recently used.
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry.value;
  }

  /** @param {string} key @param {V} value */
  set(key, value) {
    this.delete(key);
    const bytes = this.sizeOf(value);
    if (bytes > this.maxBytes) return;
    this.#entries.set(key, { value, bytes });
    this.#bytes += bytes;
    for (const [oldest, entry] of this.#entries) {
      if (this.#bytes <= this.maxBytes) break;
      this.#entries.delete(oldest);
      this.#bytes -= entry.bytes;
    }
  }

  /** @param {string} key */
  delete(key) {
    const entry = this.#entries.get(key);
    if (!entry) return;
    this.#entries.delete(key);
    this.#bytes -= entry.bytes;
  }

  clear() {
    this.#entries.clear();
    this.#bytes = 0;
  }

  /** Estimated bytes held. */
  get bytes() {
    return this.#bytes;
  }

  get size() {
    return this.#entries.size;
  }
}

/**
 * An upper estimate of the memory a cache value holds: strings count two bytes a character (V8
 * stores any string with Arabic text as UTF-16), buffers their length, objects, arrays and maps
 * their contents plus a little for each slot.
 * @param {unknown} value
 * @returns {number}
 */
export function estimateBytes(value) {
  if (typeof value === 'string') return 2 * value.length;
  if (value === null || typeof value !== 'object') return 8;
  if (ArrayBuffer.isView(value)) return value.byteLength;
  if (value instanceof ArrayBuffer) return value.byteLength;
  let total = 16;
  if (value instanceof Map) {
    for (const [k, v] of value) total += estimateBytes(k) + estimateBytes(v);
    return total;
  }
  for (const v of Object.values(value)) total += 8 + estimateBytes(v);
  if (!Array.isArray(value)) for (const k of Object.keys(value)) total += 2 * k.length;
  return total;
}
