/**
 * A parse outcome as it crosses from a parser thread to the caller's: serialized in pieces, so
 * that the caller's thread (the API's) reads it a piece at a time with a turn of its event loop
 * between pieces. Read whole, a 2 MB article's outcome (20 MB of JSON: tens of thousands of
 * people and quotes) held the API's thread 150–170 ms of CPU in one structured clone.
 */
import { setImmediate as turn } from "node:timers/promises";
import { deserialize, serialize } from "node:v8";
import type { ParsedArticle } from "@whosaid/parser";
import type { ParseOutcome } from "./outcome.ts";

// Items per piece: a piece of 500 people or quotes deserializes in a few milliseconds.
const PIECE = 500;

/** A list of the article moved out of it, in serialized pieces. */
interface PackedList {
  inArticle: boolean;
  key: string;
  pieces: Uint8Array[];
}

/** An outcome in pieces: a refusal as it is, an article as its skeleton and its long lists. */
export type PackedOutcome =
  | Extract<ParseOutcome, { ok: false }>
  | { ok: true; head: Uint8Array; lists: PackedList[] };

type Bag = Record<string, unknown>;

/** Splits the long lists (of the article and of its metadata) out of an outcome (parser thread). */
export function packOutcome(outcome: ParseOutcome): PackedOutcome {
  if (!outcome.ok) return outcome;
  const lists: PackedList[] = [];
  const take = (owner: Bag, inArticle: boolean): Bag => {
    const rest: Bag = {};
    for (const [key, value] of Object.entries(owner)) {
      if (!Array.isArray(value) || value.length <= PIECE) rest[key] = value;
      else {
        const pieces: Uint8Array[] = [];
        for (let i = 0; i < value.length; i += PIECE)
          pieces.push(serialize(value.slice(i, i + PIECE)));
        lists.push({ inArticle, key, pieces });
        rest[key] = [];
      }
    }
    return rest;
  };
  const parsed = take(outcome.parsed as unknown as Bag, false);
  parsed.article = take(outcome.parsed.article as unknown as Bag, true);
  return { ok: true, head: serialize(parsed), lists };
}

/** Reads a packed outcome back, giving the event loop a turn before each piece. */
export async function unpackOutcome(packed: PackedOutcome): Promise<ParseOutcome> {
  if (!packed.ok) return packed;
  const parsed = deserialize(packed.head) as ParsedArticle;
  for (const list of packed.lists) {
    const items: unknown[] = [];
    for (const piece of list.pieces) {
      await turn();
      for (const item of deserialize(piece) as unknown[]) items.push(item);
    }
    const owner = (list.inArticle ? parsed.article : parsed) as unknown as Bag;
    owner[list.key] = items;
  }
  return { ok: true, parsed };
}
