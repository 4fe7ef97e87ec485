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
