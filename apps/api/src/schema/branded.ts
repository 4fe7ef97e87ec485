/**
 * Node loaders brand what they load with its GraphQL type before any field sees it. The relay
 * plugin brands `node`/`nodes` results itself, but only once every id of that type has loaded,
 * while it already shares the pending load with the other `node`/`nodes` fields of the request:
 * a query asking both for one id could get the row unbranded ("Abstract type Node must resolve
 * to an Object type"), seen on PostgreSQL under load.
 */
import { brandWithType, type OutputType } from "@pothos/core";
import type { builder } from "../builder.ts";

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/** `rows`, each branded as `type` (a null, for an id that names nothing, stays null). */
export async function branded<T>(type: OutputType<Types>, rows: Promise<readonly T[]> | readonly T[]) {
  const loaded = await rows;
  for (const row of loaded) brandWithType(row, type);
  return loaded as T[];
}
