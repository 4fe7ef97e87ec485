import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { printedSchema, schemaFile } from "./print.ts";

describe("schema.graphql", () => {
  it("is up to date (run `pnpm --filter @whosaid/api schema:print`)", () => {
    expect(readFileSync(schemaFile, "utf8")).toBe(printedSchema());
  });
});
