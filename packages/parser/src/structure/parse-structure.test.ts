import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseArticle, parseStructure } from "../index.ts";

describe("parseStructure", () => {
  it("gives the same article as parseArticle, without people, quotes or topics", () => {
    const input = readFileSync(
      join(import.meta.dirname, "../../test/fixtures/000_af0f069f709f29ef.txt"),
      "utf8",
    );
    const structure = parseStructure(input);
    expect(structure.article).toEqual(parseArticle(input).article);
    expect([structure.people, structure.quotes, structure.topics]).toEqual([[], [], []]);
  });
});
