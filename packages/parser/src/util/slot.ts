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

// All slots of an object share one hidden property holding a plain record: defining a property
// (Object.defineProperty, ~250 ns) is done once per object, not once per slot (a sentence's
// tokens carry three: words, cues, places).
const RECORD = Symbol("slots");
type SlotRecord = { [key: symbol]: unknown };

/** A new slot; `name` only labels the symbol in a debugger. */
export function slot<K extends object, V>(name: string): Slot<K, V> {
  const key = Symbol(name);
  return {
    get: (k) => (k as { [RECORD]?: SlotRecord })[RECORD]?.[key] as V | undefined,
    set: (k, value) => {
      let record = (k as { [RECORD]?: SlotRecord })[RECORD];
      if (!record) {
        record = {};
        Object.defineProperty(k, RECORD, { value: record, writable: true, configurable: true });
      }
      record[key] = value;
    },
  };
}
