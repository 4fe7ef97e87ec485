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
      "http://localhost:4000/export/quotes.csv?speakerCountry=UA&speakerCountry=RU&official=true&search=peace",
    );
  });

  it("exports everything for an empty view", () => {
    expect(apiExportUrl("http://api:4000/graphql", "quotes.jsonl", new URLSearchParams())).toBe(
      "http://api:4000/export/quotes.jsonl",
    );
  });
});
