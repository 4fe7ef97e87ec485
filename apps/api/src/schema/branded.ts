/**
 * Node loaders brand what they load with its GraphQL type before any field sees it. The relay
 * plugin brands `node`/`nodes` results itself, but only once every id of that type has loaded,
 * while it already shares the pending load with the other `node`/`nodes` fields of the request:
 * a query asking both for one id could get the row unbranded ("Abstract type Node must resolve
 * to an Object type"), seen on PostgreSQL under load.
 */
import { brandWithType } from "@pothos/core";

/** `rows`, each branded as `type` (a null, for an id that names nothing, stays null). */
export async function branded<T>(type: string, rows: Promise<readonly T[]> | readonly T[]) {
  const loaded = await rows;
  // The name, not the ref: the relay plugin brands again with the name, and a brand is fixed once set.
  // (brandWithType types its argument by the builder's declared objects; refs declare none.)
  for (const row of loaded) brandWithType(row, type as never);
  return loaded as T[];
}
