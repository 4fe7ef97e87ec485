/**
 * A cache slot on objects, like a WeakMap keyed by them, but held in a hidden (symbol-keyed,
 * non-enumerable) property of the object itself. V8's young-generation collector keeps the keys and
 * values of a WeakMap's entries alive, so a WeakMap keyed by per-article objects (a sentence's
 * tokens) had every token and word promoted to the old generation and collected only by a full
 * collection: with a slot they die young with their key. Only for the parser's own intermediate
 * objects (never its output): the property stays on the object.
 */
export interface Slot<K extends object, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): void;
}

/** A new slot; `name` only labels the symbol in a debugger. */
export function slot<K extends object, V>(name: string): Slot<K, V> {
  const key = Symbol(name);
  return {
    get: (k) => (k as { [key]?: V })[key],
    set: (k, value) => {
      if (Object.hasOwn(k, key)) (k as { [key]?: V })[key] = value;
      else Object.defineProperty(k, key, { value, writable: true, configurable: true });
    },
  };
}
