import type { Doc } from "../doc.ts";

/** Placeholder until the quotes issue lands: adds nothing. */
export function quotes(doc: Doc): Doc {
  return doc;
}
