import { describe, expect, it } from "vitest";
import { quotesOf } from "./test-helpers.ts";

const reported = (body: string) =>
  quotesOf(body)
    .filter((q) => q.kind === "indirect")
    .map((q) => q.text);

describe("where reported content ends", () => {
  it("leaves out a clause the writer adds after a comma", () => {
    expect(
      reported("Okafor said she would sign the lease, which would give the club a new pier."),
    ).toEqual(["she would sign the lease"]);
    expect(
      reported("Okafor said the ferry would run again, as the town prepares for the regatta."),
    ).toEqual(["the ferry would run again"]);
  });

  it("keeps an aside the content resumes after, and a phrase that is no clause", () => {
    expect(reported("Okafor said the lease, which runs to 2030, is too long.")).toEqual([
      "the lease, which runs to 2030, is too long",
    ]);
    expect(reported("Okafor said the pier was inspected, as part of a routine review.")).toEqual([
      "the pier was inspected, as part of a routine review",
    ]);
  });

  it("reports only the opening clause that holds the cue", () => {
    expect(
      reported("Although Okafor said she would hold a vote, the council is unlikely to agree."),
    ).toEqual(["she would hold a vote"]);
  });
});
