import { describe, expect, it } from "vitest";
import { named, peopleOf } from "./test-helpers.ts";

const names = (text: string) =>
  peopleOf(text)
    .map((p) => p.name)
    .sort();

describe("people found: names in lists, after relations and after an office's country", () => {
  it("reads a full name listed beside a person as a person when it opens with a given name", () => {
    expect(names("Greta Holm and Dieter Wald also scored for the Foxes.")).toEqual([
      "Dieter Wald",
      "Greta Holm",
    ]);
    expect(names("Dieter Wald and Greta Holm also scored.")).toEqual(["Dieter Wald", "Greta Holm"]);
  });

  it("keeps a firm listed beside a person out", () => {
    expect(
      names("Shares of Lindqvist Holdings and Greta Holm's company rose, Greta Holm said."),
    ).toEqual(["Greta Holm"]);
  });

  it("gives a plural title of aides or advisers to every name of the list after it", () => {
    const list = peopleOf("Senior Advisers Wilhelmina Orr and Piet Vaal flew in on Monday.");
    expect(list.map((p) => p.name).sort()).toEqual(["Piet Vaal", "Wilhelmina Orr"]);
    expect(named(list, "Piet Vaal").role).toBe("Senior Adviser");
  });

  it("reads a name right after a relation noun as a person's", () => {
    expect(names("The singer Otto Brand thanked his daughter Wilhelmina Brand-Orr.")).toContain(
      "Wilhelmina Brand-Orr",
    );
    expect(names("Otto Brand arrived with his wife Odile.")).toEqual(["Odile", "Otto Brand"]);
    expect(names("The widow of Dieter Wald spoke at the service.")).toEqual(["Dieter Wald"]);
  });

  it("does not give a relative the role described for the family's public figure", () => {
    const list = peopleOf(
      "Gov. Otto Brand's divorce from wife Wilhelmina made news. Lawyers for both Otto and Wilhelmina Brand filed papers. Wilhelmina Brand's brief said little. The Solar Party nominee said the files were private. Brand lawyer Ken Aho agreed.",
    );
    expect(named(list, "Wilhelmina Brand")).toMatchObject({ role: null, party: null });
  });

  it("reads a country that is also a given name after an office's 'of' as the office's domain", () => {
    const list = peopleOf(
      "President of France Odile Marchal met Prime Minister of India Ravi Sethi.",
    );
    expect(list.map((p) => p.name).sort()).toEqual(["Odile Marchal", "Ravi Sethi"]);
    expect(named(list, "Odile Marchal")).toMatchObject({ country: "FR", isOfficial: true });
    expect(named(list, "Ravi Sethi").country).toBe("IN");
  });
});
