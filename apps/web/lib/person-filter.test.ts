import { describe, expect, it } from "vitest";
import { parsePersonFilter } from "./person-filter";

describe("parsePersonFilter", () => {
  it("lists quoted people by default and reads name, country, category", () => {
    expect(parsePersonFilter({})).toEqual({ quoted: true });
    expect(
      parsePersonFilter({ q: " Kuleba ", country: "ua", category: "government", official: "true" }),
    ).toEqual({
      quoted: true,
      search: "Kuleba",
      country: ["UA"],
      category: ["GOVERNMENT"],
      official: true,
    });
  });

  it("ignores values the API would reject and can include the unquoted", () => {
    expect(parsePersonFilter({ country: "Ukraine", category: "pundit", all: "true" })).toEqual({
      quoted: false,
    });
  });
});
