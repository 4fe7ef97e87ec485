import { describe, expect, it } from "vitest";
import { named, peopleOf } from "./test-helpers.ts";

describe("person facts: the article's own title or appositive", () => {
  it("reads a title set off by commas at the start of a sentence, with its country", () => {
    const list = peopleOf(
      "Latvia's transport minister, Ilze Kalnina, said the rail link would open in May.\n\nThe mayor of Oakdale, Petra Lindqvist, said the bridge stays shut.",
    );
    const kalnina = named(list, "Ilze Kalnina");
    expect(kalnina).toMatchObject({
      role: "Transport Minister",
      country: "LV",
      category: "government",
      isOfficial: true,
    });
    expect(kalnina.evidence.role?.evidence).toContain("transport minister");
    expect(kalnina.evidence.country?.evidence).toContain("Latvia");
    expect(named(list, "Petra Lindqvist")).toMatchObject({
      role: "Mayor of Oakdale",
      category: "government",
      isOfficial: true,
    });
  });

  it("reads an appositive after the name", () => {
    const nora = named(
      peopleOf("Nora Vance, the mayor of Brookfield, said the budget was balanced."),
      "Nora Vance",
    );
    expect(nora).toMatchObject({ role: "Mayor of Brookfield", isOfficial: true });
    expect(nora.evidence.role?.evidence).toBe("the mayor of Brookfield");
  });

  it("takes party and country from a US party tag", () => {
    const hal = named(
      peopleOf("Sen. Hal Brewster (R-Pa.) said the vote would wait."),
      "Hal Brewster",
    );
    expect(hal).toMatchObject({
      role: "Senator",
      party: "Republican Party",
      country: "US",
      category: "legislature",
      isOfficial: true,
    });
    expect(hal.evidence.party?.evidence).toContain("R-Pa");
  });
});

describe("person facts: qualifiers are kept", () => {
  it("keeps Vice, Acting, Assistant and past roles", () => {
    const list = peopleOf(
      "Vice President Ada Moreno opened the session. Acting Governor Ray Dunmore spoke next. Assistant Secretary of Labor Ines Ruvalcaba agreed. Former Vice President Otto Kranzler disagreed. Then-Treasury Secretary Lin Abbotsford had warned of this.",
    );
    expect(named(list, "Ada Moreno")).toMatchObject({ role: "Vice President", isOfficial: true });
    expect(named(list, "Ray Dunmore").role).toBe("Acting Governor");
    expect(named(list, "Ines Ruvalcaba").role).toBe("Assistant Secretary of Labor");
    expect(named(list, "Otto Kranzler")).toMatchObject({
      role: "Former Vice President",
      isOfficial: false,
    });
    expect(named(list, "Lin Abbotsford")).toMatchObject({
      role: "Former Treasury Secretary",
      isOfficial: false,
    });
  });
});

describe("person facts: categories and public office", () => {
  it("marks titles of private bodies as not official", () => {
    const list = peopleOf(
      "Union president Marta Solis said the walkout would go on. The curling association's president, Ken Olafsen, said the rink was safe. Company spokeswoman Dana Yuen said the plant would reopen. Campaign chairwoman Lisa Hartwell said the ads were paid for. Super PAC president Joel Fieldhouse said more would come.",
    );
    expect(named(list, "Marta Solis")).toMatchObject({
      category: "civil_society",
      isOfficial: false,
    });
    expect(named(list, "Ken Olafsen")).toMatchObject({
      role: "President",
      category: "civil_society",
      isOfficial: false,
    });
    expect(named(list, "Dana Yuen")).toMatchObject({ category: "business", isOfficial: false });
    expect(named(list, "Lisa Hartwell")).toMatchObject({ category: "party", isOfficial: false });
    expect(named(list, "Joel Fieldhouse")).toMatchObject({ category: "party", isOfficial: false });
  });

  it("makes the chief executive of a public agency an official and of a firm not", () => {
    const list = peopleOf(
      "Ben Ortiz, the chief executive of the port authority, said fees would rise. Ida Marsh, a regional director at the Danish freight company Nordhavn Tankers, said ships were late.",
    );
    expect(named(list, "Ben Ortiz")).toMatchObject({ category: "government", isOfficial: true });
    expect(named(list, "Ida Marsh")).toMatchObject({
      role: "Regional Director",
      organization: "Nordhavn Tankers",
      country: "DK",
      category: "business",
      isOfficial: false,
    });
  });

  it("gives no office to a weak title over a body nobody knows, and reads two-word places whole", () => {
    const list = peopleOf(
      "Kara Lindholm, president of Vote Forward Now, said turnout would rise. New Jersey Gov. Ed Marcone said so too. President of Ukraine Ivan Petrenko spoke.",
    );
    expect(named(list, "Kara Lindholm")).toMatchObject({ category: "unknown", isOfficial: false });
    expect(named(list, "Ed Marcone")).toMatchObject({ country: "US", isOfficial: true });
    expect(named(list, "Ivan Petrenko")).toMatchObject({ country: "UA", isOfficial: true });
  });

  it("reads no title from ordinary words", () => {
    const list = peopleOf(
      "Major donors such as Walter Hobbes said they would stop giving. As fellow Australians Liam Nguyen and Ava Colbert said, the team lost. All-Star representative Dee Parkinson said the game was fun.",
    );
    expect(named(list, "Walter Hobbes").role).toBeNull();
    expect(named(list, "Liam Nguyen")).toMatchObject({ role: null, country: "AU" });
    expect(named(list, "Dee Parkinson").isOfficial).toBe(false);
  });

  it("reads no role from a relation", () => {
    const list = peopleOf(
      "Greta Lunde, the estranged wife of a longtime aide, said she was not told. Evan Pratley, son of former Vice President Miles Pratley, said nothing.",
    );
    expect(named(list, "Greta Lunde")).toMatchObject({ role: null, isOfficial: false });
    expect(named(list, "Evan Pratley")).toMatchObject({ role: null, isOfficial: false });
    expect(named(list, "Miles Pratley").role).toBe("Former Vice President");
  });

  it("prints roles cleanly, the owner of a possessive out of the role", () => {
    const list = peopleOf(
      "Ola Bergstrom, the province's chief medical officer, said cases fell. The candidate's campaign manager, Omar Fellows, said they would win.",
    );
    expect(named(list, "Ola Bergstrom")).toMatchObject({
      role: "Chief Medical Officer",
      category: "government",
    });
    expect(named(list, "Omar Fellows")).toMatchObject({
      role: "Campaign Manager",
      category: "party",
    });
  });
});
