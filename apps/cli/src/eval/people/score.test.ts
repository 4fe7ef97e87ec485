import { describe, expect, it } from "vitest";
import type { GoldPerson } from "./gold.ts";
import { emptyPeopleCounts, matchPeople, type PredictedPerson, scorePeople } from "./score.ts";

// A small hand-made gold: three people of one made-up article.
const gold: GoldPerson[] = [
  {
    name: "Heino Tammsalu",
    aliases: ["Tammsalu"],
    role: "environment minister",
    organization: null,
    country: "EE",
    party: null,
    category: "government",
    official: true,
    evidence: "Estonia's environment minister, Heino Tammsalu,",
  },
  {
    name: "Ana Ruiz",
    aliases: ["Ruiz"],
    role: "president",
    organization: "Dockworkers Union",
    country: null,
    party: null,
    category: "civil society",
    official: false,
    evidence: "union president Ana Ruiz",
    alternatives: [{ role: "organizer", organization: null }],
  },
  {
    name: "Tom Reyes",
    aliases: ["Reyes"],
    role: "Senator",
    organization: "Senate",
    country: "US",
    party: "Republican",
    category: "legislature",
    official: true,
    evidence: "Sen. Tom Reyes (R-Ky.)",
  },
];
const person = (p: Partial<PredictedPerson> & { name: string }): PredictedPerson => ({
  aliases: [],
  role: null,
  organization: null,
  country: null,
  category: null,
  isOfficial: false,
  ...p,
});

describe("people eval: scoring one article", () => {
  it("matches people by name and counts missed and spurious ones", () => {
    const predicted = [
      person({ name: "Tammsalu" }),
      person({ name: "Ana Ruiz" }),
      person({ name: "Counting Denver" }),
    ];
    const { matched, missed, spurious } = matchPeople(gold, predicted);
    expect(matched.map(([g, p]) => [g.name, p.name])).toEqual([
      ["Ana Ruiz", "Ana Ruiz"],
      ["Heino Tammsalu", "Tammsalu"],
    ]);
    expect(missed.map((g) => g.name)).toEqual(["Tom Reyes"]);
    expect(spurious.map((p) => p.name)).toEqual(["Counting Denver"]);
  });

  it("judges each fact: blanks wrong where the gold has it, values where it has none wrong for country, party and official", () => {
    const counts = emptyPeopleCounts();
    const errors = scorePeople(
      "a1",
      gold,
      [
        person({
          name: "Heino Tammsalu",
          role: "Minister",
          country: "EE",
          category: "government",
          isOfficial: true,
        }),
        person({
          name: "Ana Ruiz",
          role: "Union President",
          organization: "the Dockworkers Union",
          country: "ES",
          category: "government",
          isOfficial: true,
        }),
        person({
          name: "Tom Reyes",
          role: "Sen.",
          country: "US",
          party: "GOP",
          category: "legislature",
          isOfficial: true,
        }),
      ],
      counts,
    );
    expect(counts).toMatchObject({ gold: 3, predicted: 3, matched: 3 });
    expect(counts.facts.role).toEqual({ applicable: 3, right: 3, given: 3, givenRight: 3 });
    expect(counts.facts.organization).toEqual({ applicable: 2, right: 1, given: 1, givenRight: 1 });
    expect(counts.facts.country).toEqual({ applicable: 2, right: 2, given: 3, givenRight: 2 });
    expect(counts.facts.party).toEqual({ applicable: 1, right: 1, given: 1, givenRight: 1 });
    expect(counts.facts.category).toEqual({ applicable: 3, right: 2, given: 3, givenRight: 2 });
    expect(counts.facts.official).toEqual({ applicable: 3, right: 2, given: 3, givenRight: 2 });
    const wrong = errors.map((e) => `${e.person}:${e.fact}`);
    expect(wrong).toEqual([
      "Ana Ruiz:country",
      "Ana Ruiz:category",
      "Ana Ruiz:official",
      "Tom Reyes:organization",
    ]);
  });

  it("takes any of the gold's alternative roles", () => {
    const counts = emptyPeopleCounts();
    scorePeople("a2", [gold[1]], [person({ name: "Ana Ruiz", role: "organizer" })], counts);
    expect(counts.facts.role.right).toBe(1);
  });
});
