import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../src/index.ts";

// The reference article: the view "statements by Ukrainian officials" must show each statement once.
const input = readFileSync(
  join(import.meta.dirname, "fixtures", "000_af0f069f709f29ef.txt"),
  "utf8",
);
const parsed = parseArticle(input);
const people = new Map(parsed.people.map((p) => [p.id, p]));

describe("statements of the reference article", () => {
  const ukrainian = parsed.quotes.filter((q) => {
    const p = q.speakerId ? people.get(q.speakerId) : undefined;
    return p?.country === "UA" && p.isOfficial;
  });

  it("never lets two statements of one speaker cover the same words", () => {
    for (const a of ukrainian) {
      for (const b of ukrainian) {
        if (a.statementId === b.statementId) continue;
        expect(a.start < b.end && b.start < a.end).toBe(false);
      }
    }
  });

  it("keeps every piece of a statement with one speaker", () => {
    const speakers = new Map<string, Set<string | null>>();
    for (const q of parsed.quotes) {
      const set = speakers.get(q.statementId) ?? new Set();
      speakers.set(q.statementId, set.add(q.speakerId ?? q.speakerLabel));
    }
    for (const set of speakers.values()) expect(set.size).toBe(1);
  });

  it("shows the Ukrainian officials' statements once each, with their pieces", () => {
    const statements = new Map<string, string[]>();
    for (const q of ukrainian)
      statements.set(q.statementId, [...(statements.get(q.statementId) ?? []), q.kind]);
    const names = new Set(ukrainian.map((q) => people.get(q.speakerId!)?.name));
    expect(names.size).toBe(3);
    // Fewer statements than pieces: the split and nested pieces are grouped.
    expect(statements.size).toBeLessThan(ukrainian.length);
    const nested = [...statements.values()].find((kinds) => kinds.length === 3);
    expect(nested?.sort()).toEqual(["indirect", "indirect", "partial"]);
  });
});
