/** `pnpm --filter @whosaid/api schema:print`: writes the printed schema to apps/api/schema.graphql. */
import { writeFileSync } from "node:fs";
import { printedSchema, schemaFile } from "../src/print.ts";

writeFileSync(schemaFile, printedSchema());
console.log(`wrote ${schemaFile}`);
