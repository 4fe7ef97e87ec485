/**
 * Turns of the event loop during long writes. Storing one article builds rows for tens of
 * thousands of people and quotes on the caller's thread (the API's); done in one go, a 2 MB
 * article held that thread for hundreds of milliseconds, and every request waited.
 */
import { setImmediate } from "node:timers/promises";

/** Yields to the event loop when a turn is due (every `everyMs` of work); resolves at once else. */
export type Turn = () => Promise<void>;

/** A turn every `everyMs` milliseconds of work (10 by default). */
export function turns(everyMs = 10): Turn {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < everyMs) return;
    await setImmediate();
    since = performance.now();
  };
}

// A list longer than this is written out a piece at a time, with a turn between pieces.
const PIECE = 500;

const isPlainObject = (v: unknown): v is object =>
  typeof v === "object" && v !== null && Object.getPrototypeOf(v) === Object.prototype;

/**
 * `JSON.stringify(value)` of an object, its long lists (also those of objects inside it) written a
 * piece at a time with turns between pieces (the same text as in one go).
 */
export async function stringifyInTurns(value: object, turn: Turn): Promise<string> {
  const parts: string[] = [];
  for (const [key, v] of Object.entries(value)) {
    if (isPlainObject(v) && !("toJSON" in v)) {
      parts.push(`${JSON.stringify(key)}:${await stringifyInTurns(v, turn)}`);
      continue;
    }
    if (!Array.isArray(v) || v.length <= PIECE) {
      const json = JSON.stringify(v);
      if (json !== undefined) parts.push(`${JSON.stringify(key)}:${json}`);
      continue;
    }
    const pieces: string[] = [];
    for (let i = 0; i < v.length; i += PIECE) {
      await turn();
      pieces.push(JSON.stringify(v.slice(i, i + PIECE)).slice(1, -1));
    }
    parts.push(`${JSON.stringify(key)}:[${pieces.join(",")}]`);
  }
  return `{${parts.join(",")}}`;
}
