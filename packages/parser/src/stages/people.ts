import type { Doc } from "../doc.ts";

/** Placeholder until the people issue lands: adds nothing. */
export function people(doc: Doc): Doc {
  return doc;
}
