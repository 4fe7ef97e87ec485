import { describe, expect, it } from "vitest";
import { apiExportUrl } from "./export";

describe("apiExportUrl", () => {
  it("turns the explorer's URL into the API's export URL", () => {
    const url = apiExportUrl(
      "http://localhost:4000/graphql",
      "quotes.csv",
      new URLSearchParams("country=UA&country=RU&official=true&q=peace&after=xyz"),
    );
    expect(url).toBe(
      "http://localhost:4000/export/quotes.csv?country=UA&country=RU&official=true&q=peace",
    );
  });

  it("names every filter as the explorer's URL does, values checked", () => {
    const view =
      "type=group&category=expert&kind=partial&speaker=Okafor&topic=medtop:04000000&from=2023-01-01&category=bogus";
    const url = new URL(
      apiExportUrl("http://api:4000/graphql", "quotes.csv", new URLSearchParams(view)),
    );
    expect(url.searchParams.getAll("category")).toEqual(["expert"]);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      category: "expert",
      kind: "partial",
      type: "group",
      speaker: "Okafor",
      topic: "medtop:04000000",
      from: "2023-01-01",
    });
  });

  it("exports everything for an empty view", () => {
    expect(apiExportUrl("http://api:4000/graphql", "quotes.jsonl", new URLSearchParams())).toBe(
      "http://api:4000/export/quotes.jsonl",
    );
  });
});
