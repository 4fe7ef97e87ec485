import { describe, expect, it } from "vitest";
import { named, peopleOf } from "./test-helpers.ts";

describe("person facts: the organization a role belongs to", () => {
  it("reads a body named before the title", () => {
    const list = peopleOf(
      "Harbor Bank CEO Lena Moss said rates would hold. Oakridge Mayor Tim Fenn objected to the plan.",
    );
    expect(named(list, "Lena Moss")).toMatchObject({
      organization: "Harbor Bank",
      category: "business",
      isOfficial: false,
    });
    expect(named(list, "Tim Fenn")).toMatchObject({ organization: "Oakridge", isOfficial: true });
  });

  it("reads a body after a role's of, at or with, and stops at a place", () => {
    const list = peopleOf(
      "Ivan Petrov, president of the Coastal Farmers Union, said prices fell. Mira Holt, a professor at Lakeview University in Ohio, agreed.",
    );
    expect(named(list, "Ivan Petrov")).toMatchObject({
      organization: "Coastal Farmers Union",
      category: "civil_society",
      isOfficial: false,
    });
    expect(named(list, "Mira Holt")).toMatchObject({
      organization: "Lakeview University",
      category: "expert",
    });
  });

  it("reads an acronym in capitals after a role's of as a body, not as a relative who", () => {
    const list = peopleOf(
      '"Borders stay open," said Ilse Marten, the Director-General of the WHO. Marten spoke in Geneva.',
    );
    expect(named(list, "Ilse Marten")).toMatchObject({
      organization: "World Health Organization",
      category: "international",
      isOfficial: true,
    });
    expect(named(list, "Ilse Marten")?.role).toMatch(/^Director-General\b/);
  });

  it("takes a party named with a possessive as the employer of its candidate", () => {
    const greg = named(
      peopleOf("Greg Lowe, the Solar Party's candidate for governor, said the race was open."),
      "Greg Lowe",
    );
    expect(greg).toMatchObject({
      role: "Candidate",
      organization: "Solar Party",
      party: "Solar Party",
      category: "party",
      isOfficial: false,
    });
  });

  it("gives a US legislator their chamber and a US secretary their department", () => {
    const list = peopleOf(
      "Rep. Dana Kiel (D-Ore.) and Sen. Omar Bright (R-Kan.) voted no. U.S. Secretary of Energy Paul Nash met U.S. Attorney General Ruth Cole.",
      { publishedAt: "2031-05-02" },
    );
    expect(named(list, "Dana Kiel").organization).toBe("House of Representatives");
    expect(named(list, "Omar Bright").organization).toBe("Senate");
    expect(named(list, "Paul Nash").organization).toBe("Department of Energy");
    expect(named(list, "Ruth Cole").organization).toBe("Justice Department");
  });

  it("names a regional party as written, and takes a party from an adjective title", () => {
    const list = peopleOf(
      "Greg Hall met Yukon Liberal leader Sandy Kerr. Libertarian nominee Carl Weston spoke after NDP candidate Pat Singh.",
    );
    expect(named(list, "Sandy Kerr")).toMatchObject({ party: "Yukon Liberal", category: "party" });
    expect(named(list, "Carl Weston")).toMatchObject({
      party: "Libertarian Party",
      organization: "Libertarian Party",
      category: "party",
    });
    expect(named(list, "Pat Singh").party).toBe("New Democratic Party");
  });
});

describe("person facts: categories of roles", () => {
  it("places police ranks in government and a country's leader in office", () => {
    const list = peopleOf(
      "Officials met Chinese leader Wu Tao on Monday. Harbor Police Lt. Sam Ortiz said the road was closed. Solicitor General Ana Reyes objected.",
    );
    expect(named(list, "Wu Tao")).toMatchObject({ category: "government", isOfficial: true });
    expect(named(list, "Sam Ortiz")).toMatchObject({ category: "government" });
    expect(named(list, "Ana Reyes")).toMatchObject({
      category: "government",
      role: "Solicitor General",
    });
  });

  it("keeps a former office's category without making the person an official", () => {
    const joan = named(
      peopleOf("The former President Joan Ames spoke at the dinner."),
      "Joan Ames",
    );
    expect(joan).toMatchObject({ category: "government", isOfficial: false });
  });

  it("makes a party figure of a bare party title and a member of the public of a person with no role", () => {
    const list = peopleOf(
      'Democrat Rosa Kemp won the primary. "We waited an hour," said Hugo Brandt, who lives nearby.',
    );
    expect(named(list, "Rosa Kemp")).toMatchObject({
      party: "Democratic Party",
      category: "party",
    });
    expect(named(list, "Hugo Brandt")).toMatchObject({ category: "public", isOfficial: false });
  });

  it("reads media titles", () => {
    const list = peopleOf(
      "NBC News moderator Kay Dunn asked first. Sportswriter Ray Voss wrote it up.",
    );
    expect(named(list, "Kay Dunn")).toMatchObject({ category: "media", organization: "NBC News" });
    expect(named(list, "Ray Voss")).toMatchObject({ category: "media" });
  });
});

describe("person facts: lists of titled people", () => {
  it("reads the next item of a list as its own person and title, not an appositive", () => {
    const list = peopleOf(
      "On stage were independent candidate Rob Hale, Green Party presidential nominee Ada Marsh, and Harbor Police Lt. Sam Ortiz.",
    );
    expect(named(list, "Rob Hale")).toMatchObject({ party: null, organization: null });
    expect(named(list, "Ada Marsh")).toMatchObject({
      role: "Presidential Nominee",
      party: "Green Party",
    });
    expect(named(list, "Sam Ortiz")).toMatchObject({
      role: "Lieutenant",
      organization: "Harbor Police",
      category: "government",
    });
  });
});

describe("person facts: credits", () => {
  it("reads a credit in parentheses before a full stop and a credit line in capitals", () => {
    const list = peopleOf(
      "The council met on Monday (Tina Rowe/The Canadian Press).\n\nKARL NYSTROM/THE DAILY STAR\n\nIt closed at noon.",
    );
    expect(named(list, "Tina Rowe")).toMatchObject({
      role: "photographer",
      organization: "The Canadian Press",
      category: "media",
    });
    expect(named(list, "Karl Nystrom")).toMatchObject({
      role: "photographer",
      organization: "The Daily Star",
    });
  });
});
