import { describe, expect, it } from "vitest";
import type { Person, Quote } from "../types.ts";
import { agreeOnSpeakers } from "./agree.ts";
import { statementGroups } from "./group.ts";

const person = (id: string, name: string, mentions: Person["mentions"]): Person => ({
  id,
  name,
  aliases: [],
  country: null,
  party: null,
  category: null,
  isOfficial: false,
  role: null,
  organization: null,
  wikidataId: null,
  evidence: {},
  mentions,
});

function quote(fields: Partial<Quote> & Pick<Quote, "start" | "end" | "kind">): Quote {
  return {
    id: `q${fields.start}`,
    statementId: `s${fields.start}`,
    text: "x".repeat(fields.end - fields.start),
    speakerId: null,
    speakerLabel: null,
    speakerCountry: null,
    speakerMention: null,
    speakerType: null,
    speakerMentionKind: null,
    cue: null,
    channel: null,
    statedAt: null,
    paragraph: 0,
    topics: [],
    ...fields,
  };
}

describe("one speaker per statement", () => {
  const he = { text: "he", start: 200, end: 202 };
  const people = [
    person("ana", "Ana Ruiz", [{ text: "Ana Ruiz", start: 10, end: 18, kind: "name" }]),
    person("bo", "Bo Lind", [
      { text: "Bo Lind", start: 90, end: 97, kind: "name" },
      { text: "he", start: 200, end: 202, kind: "pronoun" },
    ]),
  ];

  it("prefers the quotation's reading of a shared pronoun and drops the stale pronoun mention", () => {
    // "“It pays” for them to keep contracts long, he added." — both pieces read the same "he".
    const pieces = [
      quote({ start: 120, end: 127, kind: "partial", speakerId: "ana", speakerMention: he }),
      quote({ start: 129, end: 190, kind: "indirect", speakerId: "bo", speakerMention: he }),
    ].map((q) => ({ ...q, statementId: "s1" }));
    const withAna = people.map((p) =>
      p.id === "ana" ? { ...p, mentions: [...p.mentions, { ...he, kind: "pronoun" as const }] } : p,
    );
    const out = agreeOnSpeakers(pieces, statementGroups(pieces, "x".repeat(300)), withAna);
    expect(out.quotes.map((q) => q.speakerId)).toEqual(["ana", "ana"]);
    expect(out.people.find((p) => p.id === "bo")?.mentions.map((m) => m.text)).toEqual(["Bo Lind"]);
  });

  it("prefers a named speaker over a pronoun, and the carrying clause over its fragment", () => {
    const named = { text: "Bo Lind", start: 90, end: 97 };
    const split = [
      quote({ start: 20, end: 60, kind: "direct", speakerId: "bo", speakerMention: named }),
      quote({ start: 100, end: 150, kind: "direct", speakerId: "ana", speakerMention: he }),
    ].map((q) => ({ ...q, statementId: "s1" }));
    expect(agreeOnSpeakers(split, [[0, 1]], people).quotes.map((q) => q.speakerId)).toEqual([
      "bo",
      "bo",
    ]);

    const nested = [
      quote({
        start: 100,
        end: 180,
        kind: "indirect",
        speakerId: "ana",
        speakerLabel: null,
        speakerMention: { text: "Ana Ruiz", start: 10, end: 18 },
      }),
      quote({
        start: 130,
        end: 150,
        kind: "partial",
        speakerLabel: "Story",
        speakerMention: { text: "Story", start: 60, end: 65 },
      }),
    ];
    const groups = statementGroups(nested, "x".repeat(300));
    expect(groups).toEqual([[0, 1]]);
    expect(agreeOnSpeakers(nested, groups, people).quotes.map((q) => q.speakerId)).toEqual([
      "ana",
      "ana",
    ]);
  });
});
