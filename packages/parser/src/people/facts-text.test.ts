import { describe, expect, it } from "vitest";
import { named, peopleOf } from "./test-helpers.ts";

describe("person facts: the article's setting", () => {
  it("places an official at a plurality of the places, never a lawyer or a reporter", () => {
    const list = peopleOf(
      "Mayor Ines Corbel said the bridge would reopen. A lawyer for the city, Dan Whitlow, agreed. Reporter Gail Sorensen asked about costs. The bridge links Lyon and Grenoble; trucks from Turin and Geneva also use it, as do buses from Marseille.",
    );
    expect(named(list, "Ines Corbel")).toMatchObject({ country: "FR", isOfficial: true });
    expect(named(list, "Ines Corbel").evidence.country?.evidence).toMatch(/^context: /);
    expect(named(list, "Dan Whitlow")).toMatchObject({ role: "Lawyer", country: null });
    expect(named(list, "Gail Sorensen")).toMatchObject({ category: "media", country: null });
  });
});

describe("person facts: a role served for someone", () => {
  it("reads the role before 'for', not the office of whom it serves", () => {
    const list = peopleOf(
      "A spokeswoman for the governor, Tessa Lindqvist, declined to comment. An attorney for the tenants, Raul Okonjo, said they would appeal.",
    );
    expect(named(list, "Tessa Lindqvist")).toMatchObject({ role: "Spokeswoman" });
    expect(named(list, "Tessa Lindqvist").role).not.toBe("Governor");
    expect(named(list, "Raul Okonjo")).toMatchObject({ role: "Attorney", isOfficial: false });
  });

  it("gives an official's staff that office's category, official unless former", () => {
    const list = peopleOf(
      "Interior Minister Hedda Lint said the border would stay open. Ellen Brack, Lint's chief of staff, resigned on Monday. A former Lint adviser, Tomas Dray, said she was wrong.",
    );
    expect(named(list, "Ellen Brack")).toMatchObject({
      role: "Chief of Staff to Lint",
      category: "government",
      isOfficial: true,
    });
    expect(named(list, "Tomas Dray")).toMatchObject({
      category: "government",
      isOfficial: false,
      organization: null,
    });
  });
});

describe("person facts: offices not held now", () => {
  it("reads ex- joined to a place, -elect and a courtesy title as not in office", () => {
    const list = peopleOf(
      "The inn hosted ex-UK Prime Minister Rupert Vane in 1938. Vice President-elect Dana Holt spoke. Rita Vance, the former secretary of State, said no. Secretary Vance's aides disagreed.",
    );
    expect(named(list, "Rupert Vane")).toMatchObject({
      role: "Former Prime Minister",
      isOfficial: false,
    });
    expect(named(list, "Dana Holt")).toMatchObject({
      role: "Vice President-Elect",
      isOfficial: false,
    });
    expect(named(list, "Rita Vance")).toMatchObject({
      role: "Former Secretary of State",
      isOfficial: false,
    });
  });
});

describe("person facts: parties from the text", () => {
  it("reads a party letter alone and a regional party opened by an acronym", () => {
    const list = peopleOf(
      "Gov. Ann Rusk (R) signed the bill. The vote was close, said BC Liberal Opposition Leader Mara Fenwick. Conservative Leader Tom Byrne agreed.",
    );
    expect(named(list, "Ann Rusk")).toMatchObject({ party: "Republican Party", country: "US" });
    expect(named(list, "Mara Fenwick")).toMatchObject({ party: "BC Liberal" });
    expect(named(list, "Tom Byrne")).toMatchObject({ organization: "Conservative Party" });
  });
});

describe("person facts: people found", () => {
  it("reads people with common given names and no other cue", () => {
    const list = peopleOf("Logan Pratt and Brent Walsh each had two goals for the Hawks.");
    expect(list.map((p) => p.name).sort()).toEqual(["Brent Walsh", "Logan Pratt"]);
  });

  it("reads no person from role words, a plural role, a firm or a body's last word", () => {
    const list = peopleOf(
      "Ellen Hale, Chief Market Strategist at FXTM, said stocks fell. Many MPs said no. Nina Kuhl worked at Moore & Van Allen. Gus Lind, the president of the Denver Federal Reserve, spoke.",
    );
    expect(list.map((p) => p.name).sort()).toEqual(["Ellen Hale", "Gus Lind", "Nina Kuhl"]);
    expect(named(list, "Ellen Hale")).toMatchObject({ category: "business", isOfficial: false });
  });
});
