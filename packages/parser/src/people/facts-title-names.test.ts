import { describe, expect, it } from "vitest";
import { named, peopleOf } from "./test-helpers.ts";

describe("person facts: a body's name with joining words in a title", () => {
  it("keeps a party's whole name, with its 'for' and 'and', before the role", () => {
    const list = peopleOf(
      "Two state parties backed Union for Work and Dignity presidential nominee Rosa Delgado this week. Delgado thanked them.",
    );
    expect(named(list, "Rosa Delgado")).toMatchObject({
      role: "Presidential Nominee",
      organization: "Union for Work and Dignity",
      category: "party",
      isOfficial: false,
    });
  });

  it("reads a department's name joined by 'and' as the role's domain, not a body before it", () => {
    const p = named(
      peopleOf("Secretary of Education and Human Resources Dale Ortiz said the rule was final."),
      "Dale Ortiz",
    );
    expect(p.role).toBe("Secretary of Education and Human Resources");
    expect(p.organization).not.toBe("Education and Human");
  });

  it("does not join two people listed with 'and' into one title", () => {
    const p = named(
      peopleOf("He held talks with Ortiz and Finnish President Ada Lind in May."),
      "Ada Lind",
    );
    expect(p).toMatchObject({ role: "President", country: "FI", isOfficial: true });
  });
});

describe("person facts: a former office-holder the text names without a role", () => {
  it("keeps the kind of the office the knowledge base has them leave, not official", () => {
    const p = named(
      peopleOf("Party volunteers said Helen Clark would speak at the rally in Wellington."),
      "Helen Clark",
    );
    expect(p).toMatchObject({ category: "government", isOfficial: false });
    expect(p.evidence.category?.evidence).toMatch(/^former role: kb:/);
  });

  it("reads a namesake outside politics as a member of the public", () => {
    const p = named(
      peopleOf("Helen Clark watered the roses in her garden on Sunday, neighbours said."),
      "Helen Clark",
    );
    expect(p.category).toBe("public");
  });
});

describe("person facts: a namesake of a former minor office-holder", () => {
  // The knowledge base has an envoy of this name whose posting ended years before.
  it("gives no country to a person with a private role or none, outside politics", () => {
    const veteran = peopleOf("Navy veteran Alicia Castro said the clinic helped her.", {
      publishedAt: "2031-01-01",
    });
    expect(named(veteran, "Alicia Castro")).toMatchObject({ country: null, category: "public" });
    const victim = peopleOf("Alicia Castro, 51, was hit by a bus on Friday, police said.", {
      publishedAt: "2031-01-01",
    });
    expect(named(victim, "Alicia Castro").country).toBeNull();
  });

  it("keeps the office's country when the text is about politics", () => {
    const list = peopleOf("Alicia Castro said the party would vote against the budget.", {
      publishedAt: "2031-01-01",
    });
    expect(named(list, "Alicia Castro")).toMatchObject({ country: "AR", isOfficial: false });
  });
});

describe("person facts: the end of a role phrase", () => {
  it("ends an appositive's role before an adjective that opens a clause", () => {
    const p = named(
      peopleOf(
        "The paper quoted Lena Horvath, the Slovak state secretary responsible for energy, at length.",
      ),
      "Lena Horvath",
    );
    expect(p).toMatchObject({ role: "State Secretary", country: "SK" });
  });

  it("steps over a gloss of a body's name in brackets to the body", () => {
    const p = named(
      peopleOf(
        "The march was led by Gram Seva Samiti (Circle of Public Service) president Ravi Anand, who spoke first.",
      ),
      "Ravi Anand",
    );
    expect(p.organization).toBe("Gram Seva Samiti");
    expect(p.isOfficial).toBe(false);
  });

  it("reads an occupation before an honorific, in any spelling", () => {
    const list = peopleOf(
      "A dig led by palæontologist Dr. Ines Varga found teeth. Varga said more would follow.",
    );
    expect(named(list, "Ines Varga")).toMatchObject({ category: "expert" });
    expect(named(list, "Ines Varga").role).toMatch(/ontologist$/);
  });

  it("reads inventors, whistleblowers and veterans as roles; a war's place is no nationality", () => {
    const list = peopleOf(
      "Danish inventor Sofie Lund flew the glider. Whistleblower Carl Weiss testified. Korean War veteran Ed Pike watched, and Pike said it was a fine day.",
    );
    expect(named(list, "Sofie Lund")).toMatchObject({ role: "Inventor", country: "DK" });
    expect(named(list, "Carl Weiss").role).toBe("Whistleblower");
    expect(named(list, "Ed Pike")).toMatchObject({ role: "Veteran", organization: null });
    expect(named(list, "Ed Pike").country).not.toBe("KR");
  });
});

describe("person facts: descriptions in other shapes", () => {
  it("reads 'X is a <role>' as the person's present role", () => {
    const p = named(
      peopleOf("Ana Pike is a Halifax journalist who writes about housing."),
      "Ana Pike",
    );
    expect(p).toMatchObject({ role: "Journalist", category: "media" });
  });

  it("reads a body named after a person, after 'at', as the body", () => {
    const p = named(
      peopleOf("Sam Roe, a history lecturer at Simon Lowe University, said no."),
      "Sam Roe",
    );
    expect(p).toMatchObject({ role: "History Lecturer", organization: "Simon Lowe University" });
  });

  it("keeps a past title before a name that opens with an initial", () => {
    const p = named(
      peopleOf("Critics of former governor J. Marcus Hale said the plan failed."),
      "Marcus Hale",
    );
    expect(p).toMatchObject({ role: "Former Governor", isOfficial: false });
  });

  it("reads a wrestler as a role that finds a person with an unlisted given name", () => {
    const p = named(peopleOf("Her aunt is professional wrestler Emi Sato."), "Emi Sato");
    expect(p).toMatchObject({ role: "Wrestler", category: "public" });
  });

  it("reads a team's starter as a role", () => {
    const p = named(peopleOf("Tampa starter Ivan Holm stopped 30 shots."), "Ivan Holm");
    expect(p).toMatchObject({ role: "Starter", isOfficial: false });
  });
});

describe("person facts: two roles joined by 'and' before a name", () => {
  it("gives the role next to the name, without the joining word", () => {
    const p = named(
      peopleOf("At the convention, union leader and party co-founder Rick Olsen spoke first."),
      "Rick Olsen",
    );
    expect(p.role).toBe("Party Co-Founder");
  });
});
