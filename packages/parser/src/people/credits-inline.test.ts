import { describe, expect, it } from "vitest";
import { named, peopleOf } from "./test-helpers.ts";

describe("people: journalists credited in the body", () => {
  it("reads reporting credits and 'wrote X for Y' as media people", () => {
    const list = peopleOf(
      "Prices climbed again, wrote Lina Vogt for Harbor Ledger. Omar Petit, a baker, agreed.\n\nAdditional reporting by Pia Holm and Dev Rao; Kit Ames contributed to this report.",
    );
    expect(named(list, "Lina Vogt")).toMatchObject({
      category: "media",
      organization: "Harbor Ledger",
    });
    for (const n of ["Pia Holm", "Dev Rao", "Kit Ames"])
      expect(named(list, n).category).toBe("media");
    expect(named(list, "Omar Petit").category).toBe("public");
    expect(list.map((p) => p.name)).not.toContain("Additional");
  });
});

describe("people: hosts of shows named after them", () => {
  it("reads the host of 'The Late Show with X' and 'The X Morning Show' as media", () => {
    const list = peopleOf(
      "Ada Quist joked on The Late Show with Pat Greer. On The Lena Soto Morning Show, Quist told Soto she would run.",
    );
    expect(named(list, "Pat Greer")).toMatchObject({ role: "host", category: "media" });
    expect(named(list, "Lena Soto").category).toBe("media");
    expect(named(list, "Ada Quist").category).not.toBe("media");
    // "told Soto" is the host, not another person.
    expect(list.map((p) => p.name)).not.toContain("Soto");
  });
});
