import { describe, expect, it } from "vitest";
import { named, peopleOf } from "./test-helpers.ts";

describe("person facts: a role stated in a sentence of its own", () => {
  it("gives a party's nominee, described apart, their role, party and body", () => {
    const list = peopleOf(
      "Rally crowds cheered Owen Marsh in Dayton. Marsh spoke for an hour. Critics of Marsh stayed home. Marsh left early.\n\nThe Republican presidential nominee told reporters on Friday that he would win.",
      { publishedAt: "2031-10-02" },
    );
    expect(named(list, "Owen Marsh")).toMatchObject({
      role: "Presidential Nominee",
      category: "party",
      isOfficial: false,
    });
  });

  it("takes the one the knowledge base had in the office for a former office-holder", () => {
    const list = peopleOf(
      "Pia Lund met Hillary Clinton in Iowa. The former secretary of state later told donors she was ready.",
      { publishedAt: "2016-02-01" },
    );
    expect(named(list, "Hillary Clinton").role).toBe("Former Secretary of State");
    expect(named(list, "Pia Lund").role).toBeNull();
  });

  it("does not read a predicate, a generic or a journalist as the nominee", () => {
    const list = peopleOf(
      "Anchor Rhea Dunn of Metro News asked Cal Ortiz about taxes. If Ortiz becomes the Liberal nominee, turnout may rise. Ortiz would be the first Liberal nominee to win the county. Dunn pressed Ortiz. Ortiz smiled.",
      { publishedAt: "2031-10-02" },
    );
    expect(named(list, "Cal Ortiz").role).toBeNull();
    expect(named(list, "Rhea Dunn").category).toBe("media");
  });

  it("does not give a description to the subject of its own sentence", () => {
    const list = peopleOf(
      "Lars Vik criticized Hillary Clinton on Monday. Vik said the former secretary of state had erred. Vik spoke again. Vik left.",
      { publishedAt: "2016-02-01" },
    );
    expect(named(list, "Lars Vik").role).toBeNull();
  });
});

describe("person facts: a candidacy the text shows", () => {
  it("makes a person with a campaign, or voted for, a campaign figure and no official", () => {
    const list = peopleOf(
      "Dara Quinn said the Quinn campaign would knock on doors. Ed Fry, a retired welder, said he was voting for Mo Tran. Tran said she was grateful.",
    );
    expect(named(list, "Dara Quinn")).toMatchObject({ category: "party", isOfficial: false });
    expect(named(list, "Mo Tran")).toMatchObject({ category: "party", isOfficial: false });
    expect(named(list, "Ed Fry").category).not.toBe("party");
  });

  it("keeps an office-holder's office when they campaign", () => {
    const list = peopleOf("Gov. Nell Ames of Ohio said the Ames campaign had raised $2 million.");
    expect(named(list, "Nell Ames")).toMatchObject({ category: "government", isOfficial: true });
  });
});

describe("person facts: a candidate's staff", () => {
  it("puts the staff of a candidate who holds no office in the candidate's campaign", () => {
    const list = peopleOf(
      "Volunteers for the Ted Marsh campaign gathered. Ted Marsh said he would win. Marsh pollster Joe Vance said the race was tight.",
    );
    expect(named(list, "Ted Marsh").category).toBe("party");
    expect(named(list, "Joe Vance")).toMatchObject({
      organization: "Marsh campaign",
      category: "party",
      isOfficial: false,
    });
  });
});

describe("person facts: a description naming a party outside the US", () => {
  const story = (who: string) =>
    `${who} toured a mill in Halifax. Vos took questions. Vos met workers. Vos left by train.\n\nThe Green Party nominee told a radio host on Friday that the race was close.`;

  it("gives the party's nominee, described apart, the role and the party", () => {
    const vos = named(peopleOf(story("Laura Vos"), { publishedAt: "2031-10-02" }), "Laura Vos");
    expect(vos).toMatchObject({ role: "Nominee", category: "party", party: "Green Party" });
  });

  it("does not give it to a person of another party", () => {
    const vos = named(
      peopleOf(story("Laura Vos, a Conservative,"), { publishedAt: "2031-10-02" }),
      "Laura Vos",
    );
    expect(vos).toMatchObject({ role: null, party: "Conservative Party" });
  });
});
