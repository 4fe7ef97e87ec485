import { describe, expect, it } from "vitest";
import { rolePeriods } from "./role-periods";

const seen = (role: string, from: string, article: string, organization: string | null = null) => ({
  role,
  organization,
  from,
  to: null,
  article: { id: article },
});

describe("rolePeriods", () => {
  it("merges one role seen in several articles into one period", () => {
    const periods = rolePeriods([
      seen("President", "2020-01-10", "a3"),
      seen("President", "2019-09-25", "a1"),
      seen("president", "2019-11-02", "a2"),
      seen("President", "2019-12-01", "a2"),
    ]);
    expect(periods).toEqual([
      {
        role: "President",
        organization: null,
        from: "2019-09-25",
        to: "2020-01-10",
        articleCount: 3,
        articleId: null,
      },
    ]);
  });

  it("starts a new period when another role comes in between", () => {
    const periods = rolePeriods([
      seen("Foreign minister", "2019-01-01", "a1"),
      seen("Prime minister", "2020-01-01", "a2"),
      seen("Foreign minister", "2021-01-01", "a3"),
    ]);
    expect(periods.map((p) => [p.role, p.from, p.articleId])).toEqual([
      ["Foreign minister", "2019-01-01", "a1"],
      ["Prime minister", "2020-01-01", "a2"],
      ["Foreign minister", "2021-01-01", "a3"],
    ]);
  });

  it("keeps organizations apart and puts undated roles last", () => {
    const periods = rolePeriods([
      { role: "Spokesperson", organization: "NATO", from: null, to: null, article: null },
      seen("Spokesperson", "2022-05-01", "a1", "Pentagon"),
    ]);
    expect(periods.map((p) => p.organization)).toEqual(["Pentagon", "NATO"]);
  });
});
