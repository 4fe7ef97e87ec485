import { describe, expect, it } from "vitest";
import { quotesOf } from "./test-helpers.ts";

const indirect = (body: string) =>
  quotesOf(body)
    .filter((q) => q.kind === "indirect")
    .map((q) => ({ text: q.text, who: q.who }));

describe("a thing's cue inside words a closing tag attributes", () => {
  it("gives the clause after 'reminds us that' to the writer named in the tag", () => {
    expect(
      indirect(
        "The ledger of the old cannery reminds us that steady wages never came easily to the coast, Ingrid Palsson writes in her new history.",
      ),
    ).toContainEqual({
      text: "steady wages never came easily to the coast",
      who: "Ingrid Palsson",
    });
  });

  it("keeps a source that speaks for itself", () => {
    expect(
      indirect(
        "The inspector's report warns that the pier may not last the winter, the council said.",
      ),
    ).not.toContainEqual(expect.objectContaining({ who: "council" }));
  });
});
