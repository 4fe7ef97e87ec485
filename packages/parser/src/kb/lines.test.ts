import { describe, expect, it } from "vitest";
import { loadOfficeholders, loadOrganizations } from "./data.ts";
import { SortedLines, Utf8Lines } from "./lines.ts";

/** The look-up the tables replace: binary search over the split lines. */
function lookupSplit(lines: string[], key: string): string[] {
  const probe = `${key}\t`;
  return lines.filter((l) => l.startsWith(probe)).map((l) => l.slice(probe.length));
}

describe("SortedLines", () => {
  const table = new SortedLines("alpha\t1\nbeta\t2\nbeta\t3\nbetamax\t4\ngamma\t5");

  it("returns every value under a key, and nothing for a key that only prefixes another", () => {
    expect(table.lookup("beta")).toEqual(["2", "3"]);
    expect(table.lookup("alpha")).toEqual(["1"]);
    expect(table.lookup("gamma")).toEqual(["5"]);
    expect(table.lookup("bet")).toEqual([]);
    expect(table.lookup("zeta")).toEqual([]);
    expect(table.lookup("")).toEqual([]);
  });

  it("finds what the split lines find, for every key of both knowledge-base indexes", () => {
    for (const text of [loadOfficeholders().surnameIndex, loadOrganizations().index]) {
      const lines = text.split("\n");
      const table = new SortedLines(text);
      const keys = lines.filter((_, i) => i % 97 === 0).map((l) => l.split("\t")[0]);
      for (const key of [...keys, "zzzz-not-a-key", "a"])
        expect(table.lookup(key)).toEqual(lookupSplit(lines, key));
    }
  });
});

describe("Utf8Lines", () => {
  it("gives back each line as written, letters of any script included", () => {
    const text = "Łukasz\tPL\nВолодимир\tUA\n\n李\tCN";
    const lines = new Utf8Lines(text);
    expect(text.split("\n").map((_, i) => lines.line(i))).toEqual(text.split("\n"));
  });

  it("gives back every line of the knowledge-base tables", () => {
    for (const text of [loadOfficeholders().people, loadOrganizations().organizations]) {
      const lines = new Utf8Lines(text);
      text.split("\n").forEach((line, i) => {
        if (lines.line(i) !== line) expect(lines.line(i)).toBe(line);
      });
    }
  });
});
