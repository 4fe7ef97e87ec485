// Stands for a cached `undefined`, so that a hit costs one look-up whatever the value.
const UNDEFINED = Symbol("undefined");

/**
 * Memoises a pure string function. Names, words and organization names repeat across sentences and
 * articles, and their keys cost regular expressions; the cache is dropped when it grows too large so
 * memory stays bounded over a long batch.
 */
export function memo<T>(fn: (s: string) => T, max = 50_000): (s: string) => T {
  let cache = new Map<string, T | typeof UNDEFINED>();
  return (s: string) => {
    const hit = cache.get(s);
    if (hit !== undefined) return (hit === UNDEFINED ? undefined : hit) as T;
    const value = fn(s);
    if (cache.size >= max) cache = new Map();
    cache.set(s, value === undefined ? UNDEFINED : value);
    return value;
  };
}
