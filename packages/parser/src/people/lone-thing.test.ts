import { describe, expect, it } from "vitest";
import { named, peopleOf } from "./test-helpers.ts";

const names = (text: string) =>
  peopleOf(text)
    .map((p) => p.name)
    .sort();

describe("people found: lone words that name things", () => {
  it("reads a brand with a capital inside, a plural noun and a state abbreviation as no person", () => {
    expect(
      names(
        "NewsHub reported the vote. The Hornets said they would appeal. A grocer in Tulsa, Okla., who sells fish, agreed, said Ines Morel.",
      ),
    ).toEqual(["Ines Morel"]);
  });

  it("keeps surnames written with a capital inside and plural-looking surnames", () => {
    // A surname alone may be read as an office-holder's full name: compare surnames.
    const surnames = names("McAdams said no. Sanders said yes.").map((n) => n.split(" ").pop());
    expect(surnames.sort()).toEqual(["McAdams", "Sanders"]);
  });

  it("reads the last word of a body's name after a role's 'of' as no person", () => {
    const list = peopleOf(
      "Lena Ortiz, the executive director of the Harbor Alliance for Clean Water, said no. Dan Holt, chairman of the House Tides and Currents Committee, said so.",
    );
    expect(list.map((p) => p.name).sort()).toEqual(["Dan Holt", "Lena Ortiz"]);
  });

  it("keeps a titled surname after 'of', and an office's place", () => {
    const found = names(
      "He backed the policies of President Marsh and Gov. Lee Park. Governor of Texas Quimby agreed.",
    );
    expect(found).toEqual(["Lee Park", "Marsh", "Quimby"]);
  });

  it("reads a name the tokenizer left with its possessive as the name", () => {
    const list = peopleOf("Mayor Ed Vance spoke. ''It works,'' he said of Mr. Vance's plan.");
    expect(list.map((p) => p.name)).toEqual(["Ed Vance"]);
    expect(named(list, "Ed Vance").role).toBe("Mayor");
  });
});
