import { describe, expect, it } from "vitest";
import { named, peopleOf } from "./test-helpers.ts";

describe("person facts: bodies named after 'for', places of an office, teams", () => {
  it("reads a body after 'for' only when it ends in a body word", () => {
    const list = peopleOf(
      "Nia Holt, a spokeswoman for the Riverside Renters Association, said rents rose. Sam Oduya, a spokesman for Governor Pell, declined to comment.",
    );
    expect(named(list, "Nia Holt")).toMatchObject({
      organization: "Riverside Renters Association",
      category: "civil_society",
    });
    expect(named(list, "Sam Oduya").organization).not.toBe("Governor Pell");
  });

  it("keeps the place a governor or a prosecutor serves as the body", () => {
    const list = peopleOf("Tom Reyes, the governor of Nevada, signed the bill on Friday.");
    expect(named(list, "Tom Reyes")).toMatchObject({ organization: "Nevada", isOfficial: true });
  });

  it("reads a player's position as a role, with the team before it, and no official", () => {
    const list = peopleOf(
      "Portland Pioneers goaltender Kai Brandt stopped 31 shots. Lev Orlov, the Hartford Whalers winger, scored late.",
    );
    expect(named(list, "Kai Brandt")).toMatchObject({
      role: "Goaltender",
      organization: "Portland Pioneers",
      category: "public",
      isOfficial: false,
    });
    expect(named(list, "Lev Orlov")).toMatchObject({ role: "Winger", category: "public" });
  });
});

describe("person facts: a candidacy beside an occupation", () => {
  it("reads the nominee after a home place, and the candidacy over a private occupation", () => {
    const list = peopleOf(
      "Chemist Ada Ruiz of Oregon, the U.S. Meadow Party's 2032 presidential nominee, spoke in Salem. Sen. Carl Bloom, the Meadow Party's Senate candidate, joined her.",
    );
    expect(named(list, "Ada Ruiz")).toMatchObject({
      role: "Presidential Nominee",
      organization: "Meadow Party",
      party: "Meadow Party",
      category: "party",
      isOfficial: false,
    });
    expect(named(list, "Carl Bloom")).toMatchObject({ category: "legislature", isOfficial: true });
  });
});

describe("person facts: domains after 'for', and officials of international bodies", () => {
  it("reads a title with a domain after 'for', whose place is no country of the person", () => {
    const kai = named(
      peopleOf("U.S. Special Envoy for Sudan Kai Moreno met rebel leaders."),
      "Kai Moreno",
    );
    expect(kai).toMatchObject({ role: "Special Envoy for Sudan", country: "US", isOfficial: true });
    const pell = named(peopleOf("A spokesman for Governor Ann Pell said no."), "Ann Pell");
    expect(pell.role).toBe("Governor");
  });

  it("gives an international body's official no country from an earlier national office", () => {
    const mario = named(
      peopleOf("European Central Bank President Mario Draghi said rates would hold.", {
        publishedAt: "2019-02-01",
      }),
      "Mario Draghi",
    );
    expect(mario).toMatchObject({ country: null, category: "international", isOfficial: true });
  });
});

describe("person facts: a possessive owner that is a body", () => {
  it("reads an owner that is no person as the body, and keeps a person owner in the role", () => {
    const list = peopleOf(
      "Nora Finch, Barclays’ chief economist, expects growth. Ana Lee, Obama's adviser, disagreed.",
      { publishedAt: "2019-02-01" },
    );
    expect(named(list, "Nora Finch")).toMatchObject({
      role: "Chief Economist",
      organization: "Barclays",
    });
    expect(named(list, "Ana Lee").role).toBe("Adviser to Obama");
  });
});

describe("person facts: a plural title set off by commas over a list", () => {
  it("gives every listed name the singular role, and no role to a list after a common noun", () => {
    const list = peopleOf(
      "The three longest-serving Labour councillors, Rhys Dale and Meg Orr, voted against. The neighbours, Ian Pratt and Lou Fenn, objected.",
    );
    for (const n of ["Rhys Dale", "Meg Orr"])
      expect(named(list, n)).toMatchObject({ role: "Councillor", isOfficial: true });
    for (const n of ["Ian Pratt", "Lou Fenn"]) expect(named(list, n).role).toBeNull();
  });

  it("keeps a body named like a web address whole", () => {
    const list = peopleOf(
      "Listings fell in March, said Condos.ca CEO Lia Brandt. Dev Rao, an analyst at Tripfinder.com, disagreed.",
    );
    expect(named(list, "Lia Brandt")).toMatchObject({ role: "CEO", organization: "Condos.ca" });
    expect(named(list, "Dev Rao").organization).toBe("Tripfinder.com");
  });

  it("gives a role owned by its the body named just before", () => {
    const list = peopleOf(
      "The Lakeshore Rowing Association cancelled its spring regatta. Its executive director, Nadia Fenn, blamed the floods. Brightwell Paper Corp. said its chief financial officer, Raul Ibarra, would leave.",
    );
    expect(named(list, "Nadia Fenn")).toMatchObject({
      organization: "Lakeshore Rowing Association",
    });
    expect(named(list, "Raul Ibarra").organization).toBe("Brightwell Paper Corp.");
  });
});
