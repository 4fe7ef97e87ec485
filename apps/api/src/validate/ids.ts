/** Global ids: which type names are nodes, and decoding for Pothos' `node`/`nodes` fields. */
import { decodeGlobalID } from "@pothos/plugin-relay";
import { badInput } from "../errors.ts";

/** The types a global id may name (every `implements Node` of the schema). */
export const NODE_TYPES: ReadonlySet<string> = new Set([
  "Article",
  "Organization",
  "Person",
  "Place",
  "Quote",
  "Source",
  "Statement",
  "Topic",
]);

/**
 * Decodes a global id for the relay plugin, refusing with BAD_USER_INPUT what is not one or names
 * no node type (Pothos would otherwise answer "X has not been implemented", without a code).
 */
export function decodeNodeId(globalId: string): { typename: string; id: string } {
  let decoded: { typename: string; id: string } | null = null;
  try {
    decoded = decodeGlobalID(globalId);
  } catch {
    // reported below
  }
  // A NUL can hide in base64: PostgreSQL text cannot hold it (a masked error, not a miss).
  if (!decoded || !NODE_TYPES.has(decoded.typename) || decoded.id.includes("\u0000")) {
    throw badInput(`"${globalId.slice(0, 60)}" is not an id of this API.`);
  }
  return decoded;
}
