import { describe, expect, it } from "vitest";
import { named, peopleOf } from "./test-helpers.ts";

describe("person facts: candidates and the offices they seek", () => {
  it("reads a candidacy over years and adjectives joined by 'and'", () => {
    const list = peopleOf(
      "Quill Ambrose, a little-known 2004 and 2008 presidential candidate, said he would appeal.\n\nMarta Inge, a three-time gubernatorial hopeful, said the vote was rigged.",
    );
    const quill = named(list, "Quill Ambrose");
    expect(quill).toMatchObject({
      role: "Presidential Candidate",
      category: "party",
      isOfficial: false,
    });
    expect(quill.evidence.role?.evidence).toContain("2004 and 2008 presidential candidate");
    expect(named(list, "Marta Inge")).toMatchObject({
      role: "Gubernatorial Hopeful",
      category: "party",
      isOfficial: false,
    });
  });

  it("never makes a candidate for a chamber a member of it", () => {
    const list = peopleOf(
      "Dario Fenn, a 2020 and 2022 House candidate, said turnout was low. Senate hopeful Ines Varga said the polls were wrong. Wes Oduro, the 2014 Democratic Senate nominee, agreed.",
    );
    const dario = named(list, "Dario Fenn");
    expect(dario).toMatchObject({ role: "House Candidate", category: "party", isOfficial: false });
    expect(dario.organization).toBeNull();
    const ines = named(list, "Ines Varga");
    expect(ines).toMatchObject({ role: "Senate Hopeful", category: "party", isOfficial: false });
    expect(ines.organization).toBeNull();
    expect(named(list, "Wes Oduro")).toMatchObject({
      role: "Senate Nominee",
      organization: "Democratic Party",
      category: "party",
      isOfficial: false,
    });
  });

  it("keeps the office of a mayoral or congressional candidate in the role, not as a body", () => {
    const list = peopleOf(
      "Mayoral candidate Tobias Renn spoke at the rally. Ulla Barr, a first-time congressional candidate, said she was ready.",
    );
    const tobias = named(list, "Tobias Renn");
    expect(tobias).toMatchObject({
      role: "Mayoral Candidate",
      category: "party",
      isOfficial: false,
    });
    expect(tobias.organization).toBeNull();
    expect(named(list, "Ulla Barr")).toMatchObject({
      role: "Congressional Candidate",
      category: "party",
      isOfficial: false,
    });
  });

  it("reads the role after a known body that opens an appositive", () => {
    const kemal = named(
      peopleOf("Kemal Adair, a Pentagon spokesman, declined to comment on the drills."),
      "Kemal Adair",
    );
    expect(kemal).toMatchObject({ role: "Spokesman", organization: "Pentagon" });
  });
});
