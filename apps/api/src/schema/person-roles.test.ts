import type * as read from "@whosaid/db/read";
import { describe, expect, it } from "vitest";
import { mergeRolePeriods } from "./person-roles.ts";

const row = (role: string, from: string, articleId: string, evidence: string): read.RoleRow => ({
  personId: "p",
  role,
  organization: null,
  country: "US",
  validFrom: from,
  validTo: from,
  articleId,
  evidence,
});

describe("mergeRolePeriods", () => {
  it("merges consecutive sightings of one role into a period with every article and evidence", () => {
    const periods = mergeRolePeriods([
      row("Senator", "2015-03-01", "a1", "Sen."),
      row("senator", "2016-05-02", "a2", "kb:Q1 Senator (US), 2011-01-05 – 2017-01-03"),
      row("Secretary of State", "2017-02-01", "a3", "Secretary of State"),
      row("Senator", "2019-01-10", "a4", "Sen."),
    ]);
    expect(periods.map((p) => [p.title, p.from, p.to, p.articleIds])).toEqual([
      ["Senator", "2015-03-01", "2016-05-02", ["a1", "a2"]],
      ["Secretary of State", "2017-02-01", "2017-02-01", ["a3"]],
      ["Senator", "2019-01-10", "2019-01-10", ["a4"]],
    ]);
    expect(periods[0].evidence).toBe("Sen.");
    expect(periods[0].evidences).toHaveLength(2);
  });
});
