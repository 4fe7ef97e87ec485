import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readPeopleGold } from "./gold.ts";

const person = {
  name: "Anna Berg",
  aliases: ["Berg"],
  role: null,
  organization: null,
  country: null,
  party: null,
  category: "public",
  official: false,
  evidence: "said Anna Berg",
};

describe("people eval: reading the gold", () => {
  it("takes a stored text as it is and loads a pointed-to corpus text from the corpora folder", () => {
    const dir = mkdtempSync(join(tmpdir(), "people-gold-"));
    mkdirSync(join(dir, "corpus"));
    writeFileSync(
      join(dir, "corpus", "dev.jsonl"),
      `${JSON.stringify({ id: "c/1", text: "“Yes,” said Anna Berg." })}\n`,
    );
    const gold = join(dir, "gold.jsonl");
    writeFileSync(
      gold,
      [
        JSON.stringify({
          source: "polnear",
          file: "corpus/dev.jsonl",
          id: "c/1",
          date: "2016-09-01",
          people: [person],
        }),
        JSON.stringify({
          source: "wikinews",
          id: "w1",
          date: null,
          text: "Title\n\nAnna Berg spoke.",
          people: [person],
        }),
      ].join("\n"),
    );
    const articles = readPeopleGold(gold, dir);
    expect(articles.map((a) => [a.id, a.text, a.date])).toEqual([
      ["c/1", "“Yes,” said Anna Berg.", "2016-09-01"],
      ["w1", "Title\n\nAnna Berg spoke.", null],
    ]);
    expect(articles[0].people[0].name).toBe("Anna Berg");
  });

  it("says which corpus article is missing", () => {
    const dir = mkdtempSync(join(tmpdir(), "people-gold-"));
    writeFileSync(join(dir, "dev.jsonl"), `${JSON.stringify({ id: "other", text: "x" })}\n`);
    const gold = join(dir, "gold.jsonl");
    writeFileSync(
      gold,
      JSON.stringify({ source: "ggt", file: "dev.jsonl", id: "ggt/9", people: [] }),
    );
    expect(() => readPeopleGold(gold, dir)).toThrow("article ggt/9 not found in dev.jsonl");
  });
});
