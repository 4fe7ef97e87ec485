/** The printed schema as committed in `apps/api/schema.graphql` (the web app builds against it). */
import { fileURLToPath } from "node:url";
import { lexicographicSortSchema, printSchema } from "graphql";
import { schema } from "./schema/index.ts";

export const schemaFile = fileURLToPath(new URL("../schema.graphql", import.meta.url));

/** The schema in SDL, sorted, with a trailing newline. */
export function printedSchema(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
