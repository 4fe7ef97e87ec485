import type { Doc } from "../doc.ts";

/** Placeholder until the topics issue lands: adds nothing. */
export function topics(doc: Doc): Doc {
  return doc;
}
