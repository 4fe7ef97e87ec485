import { describe, expect, it } from "vitest";
import { named, peopleOf } from "./test-helpers.ts";

describe("person facts: offices that ended, and offices sought", () => {
  it("reads a resignation or a departure as a past office, and a death as no office", () => {
    const list = peopleOf(
      "The resignation of Green MP Ida Holm forced a by-election. The departure of Vic Amos as fire chief was confirmed on Monday. The funeral of the admiral Oskar Lind drew thousands.",
    );
    expect(named(list, "Ida Holm")).toMatchObject({ role: "Former MP", isOfficial: false });
    expect(named(list, "Vic Amos")).toMatchObject({ role: "Former Fire Chief", isOfficial: false });
    expect(named(list, "Oskar Lind")).toMatchObject({ role: "Admiral", isOfficial: false });
  });

  it("keeps a role after 'of' as stated, and a clause after the name is no role", () => {
    const list = peopleOf(
      "The death of 40 people near Rena Park shocked the town. Rena Park said the mayor would speak.",
    );
    expect(named(list, "Rena Park").role).toBeNull();
  });

  it("reads the office sought after 'for' as no office held", () => {
    const ray = named(
      peopleOf("Ray Dunn, the party's 2026 nominee for attorney general of Utah, conceded."),
      "Ray Dunn",
    );
    expect(ray).toMatchObject({ category: "party", isOfficial: false });
  });

  it("reads a title of an office the knowledge base has the person leave before the date as past", () => {
    const bill = named(
      peopleOf("Voters still argue over President Bill Clinton’s 1994 crime law.", {
        publishedAt: "2016-09-14",
      }),
      "Bill Clinton",
    );
    expect(bill).toMatchObject({ role: "Former President", isOfficial: false });
  });

  it("gives a head of state's spouse no office", () => {
    const melania = named(
      peopleOf("First Lady Melania Trump toured a garden on Monday.", {
        publishedAt: "2019-05-06",
      }),
      "Melania Trump",
    );
    expect(melania.isOfficial).toBe(false);
  });

  it("reads a saint's name inside a body's name as a place, not a listed person", () => {
    const ana = named(
      peopleOf("Ana Cruz, the president of the St. Paul Chamber of Commerce, backed the plan."),
      "Ana Cruz",
    );
    expect(ana.role).toBe("President of the St. Paul Chamber of Commerce");
  });
});

describe("person facts: a death told after the name", () => {
  it("holds no office once dead, told by the name or by a pronoun in the same sentence", () => {
    const list = peopleOf(
      "Deputy Mayor Rhys Moran collapsed at the scene. Moran was flown to a clinic, but he was later pronounced dead. Councillor Ida Shah, who died in May, had praised him.",
    );
    expect(named(list, "Rhys Moran")).toMatchObject({ role: "Deputy Mayor", isOfficial: false });
    expect(named(list, "Ida Shah").isOfficial).toBe(false);
  });

  it("does not give a death to a person another name stands between", () => {
    const list = peopleOf(
      "Deputy Mayor Rhys Moran pulled Ned Cole from the car, and he was later pronounced dead.",
    );
    expect(named(list, "Rhys Moran").isOfficial).toBe(true);
  });
});
