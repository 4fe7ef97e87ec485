import { describe, expect, it } from "vitest";
import { parseArticle } from "../index.ts";

/**
 * The view "statements by Ukrainian officials" as the API builds it: the quotes whose speaker is
 * a Ukrainian official, one entry per statementId with its pieces.
 */
function officialsView(body: string): Map<string, { kinds: string[]; speakers: Set<string> }> {
  const a = parseArticle(`Kyiv prepares for a hard winter\n\n${body}`, { format: "text" });
  const people = new Map(a.people.map((p) => [p.id, p]));
  const view = new Map<string, { kinds: string[]; speakers: Set<string> }>();
  for (const q of a.quotes) {
    const p = q.speakerId ? people.get(q.speakerId) : undefined;
    if (p?.country !== "UA" || !p.isOfficial) continue;
    const entry = view.get(q.statementId) ?? { kinds: [], speakers: new Set() };
    entry.kinds.push(q.kind);
    entry.speakers.add(p.name);
    view.set(q.statementId, entry);
  }
  return view;
}

/** Exactly one statement in the view, of one speaker, with at least `pieces` pieces. */
function expectOneStatement(body: string, pieces: number): string[] {
  const view = officialsView(body);
  expect(view.size).toBe(1);
  const [entry] = view.values();
  expect(entry.speakers.size).toBe(1);
  expect(entry.kinds.length).toBeGreaterThanOrEqual(pieces);
  return entry.kinds;
}

describe("the Ukrainian officials' view shows each statement once", () => {
  it("a direct quote split by its tag", () => {
    const kinds = expectOneStatement(
      "“The substations are repaired,” Ukraine’s energy minister Taras Melnyk said on Sunday, “and the reserve is full.”",
      2,
    );
    expect(kinds).toEqual(["direct", "direct"]);
  });

  it("a quotation that runs on into the next paragraph, tagged again by a pronoun", () => {
    expectOneStatement(
      [
        "Ukraine’s energy minister Taras Melnyk spoke to reporters on Sunday. “The substations are repaired. The reserve is full.",
        "“But the frost has not come yet,” he said.",
      ].join("\n\n"),
      2,
    );
  });

  it("a partial quote inside the reported clause that carries it", () => {
    const kinds = expectOneStatement(
      "Ukraine’s energy minister Taras Melnyk said the grid would hold “through the worst of the frost.”",
      2,
    );
    expect(kinds.sort()).toEqual(["indirect", "partial"]);
  });

  it("two partial quotes joined by “and” inside one reported clause", () => {
    const kinds = expectOneStatement(
      "Ukraine’s energy minister Taras Melnyk said the repairs were “ahead of plan” and “fully paid for.”",
      3,
    );
    expect(kinds.sort()).toEqual(["indirect", "partial", "partial"]);
  });

  it("a tag set inside the reported clause", () => {
    expectOneStatement(
      "The grid, Ukraine’s energy minister Taras Melnyk said, would hold “through the worst of the frost.”",
      2,
    );
  });

  it("a partial quote inside a clause reported within a longer one", () => {
    expectOneStatement(
      "Ukraine’s energy minister Taras Melnyk opened the new plant on Friday, insisting that the country “will not freeze” this year.",
      2,
    );
  });
});
