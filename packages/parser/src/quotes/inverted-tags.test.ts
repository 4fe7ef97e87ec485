import { describe, expect, it } from "vitest";
import { quotesOf } from "./test-helpers.ts";

/** Who each quotation (direct or partial) is given to. */
const quotedWho = (body: string) =>
  quotesOf(body)
    .filter((q) => q.kind !== "indirect")
    .map((q) => [q.text, q.who]);

describe("the speaker named in the tag after a quotation", () => {
  it("is the name in apposition to a title, with or without where the person works", () => {
    expect(
      quotedWho("“The levees will not hold,” said the county’s flood engineer, Mirela Dobos."),
    ).toEqual([["The levees will not hold,", "Mirela Dobos"]]);
    expect(
      quotedWho(
        "“The levees will hold,” said a rival engineer, Tomas Rieder of the Delta Institute.",
      ),
    ).toEqual([["The levees will hold,", "Tomas Rieder"]]);
  });

  it("is found past a party and state in parentheses", () => {
    expect(
      quotedWho(
        "“The farm bill is late again,” Rep. Lorna Teague (D-N.M.) said Tuesday. “Growers cannot wait.”",
      ),
    ).toEqual([
      ["The farm bill is late again,", "Lorna Teague"],
      ["Growers cannot wait.", "Lorna Teague"],
    ]);
  });

  it("may be a share of a group or a role whose name comes after “of …”", () => {
    expect(quotedWho("“Nobody warned us,” said one of three nurses on the night shift.")).toEqual([
      ["Nobody warned us,", "one of three nurses"],
    ]);
    expect(quotedWho("“Welcome to the fair,” said master of ceremonies Idris Maalouf.")).toEqual([
      ["Welcome to the fair,", "Idris Maalouf"],
    ]);
  });
});
