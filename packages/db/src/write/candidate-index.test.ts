import type { Person } from "@whosaid/parser";
import { describe, expect, it } from "vitest";
import { blankCandidate, type Candidate, CandidateIndex } from "./identity.ts";
import { nameKey } from "./keys.ts";

const candidate = (id: string, name: string, extra: Partial<Candidate> = {}): Candidate => ({
  ...blankCandidate(id, name),
  ...extra,
});
const person = (name: string, extra: Partial<Person> = {}) =>
  ({ id: "p", name, ...extra }) as Person;

describe("the candidates of one resolution, indexed", () => {
  it("finds by Wikidata id first, the earliest candidate winning, then by name", () => {
    const a = candidate("b-id", "Anna Kovacs", { wikidata_id: "Q1" });
    const b = candidate("a-id", "Anna K. Kovacs", { via_wikidata: "Q1" });
    const index = new CandidateIndex([a, b]);
    expect(index.match(person("Someone Else", { wikidataId: "Q1" }))).toBe(a);
    expect(index.match(person("Anna Kovacs"))).toBe(a);
    expect(index.match(person("Nobody Known"))).toBeNull();
  });

  it("finds a candidate by a name key it gained after it was added, once refreshed", () => {
    const a = candidate("1", "Dmytro Kuleba");
    const index = new CandidateIndex([a]);
    expect(index.match(person("D. I. Kuleba"))).toBeNull();
    a.alias_keys.push(nameKey("D. I. Kuleba"));
    index.refresh(a);
    expect(index.match(person("D. I. Kuleba"))).toBe(a);
  });

  it("matches a lone name only with a country, and never across contradicting facts", () => {
    const index = new CandidateIndex([candidate("1", "Kuleba", { country: "UA" })]);
    expect(index.match(person("Kuleba"))).toBeNull();
    expect(index.match(person("Kuleba", { country: "UA" }))?.id).toBe("1");
    index.add(candidate("2", "Anna Kovacs", { country: "HU" }));
    expect(index.match(person("Anna Kovacs", { country: "AT" }))).toBeNull();
    expect(index.match(person("Anna Kovacs", { country: "HU" }))?.id).toBe("2");
  });
});
