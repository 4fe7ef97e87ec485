import { describe, expect, it } from "vitest";
import { filterToParams, parseOrder, parseQuoteFilter, quotesHref } from "./quote-filter";

describe("parseQuoteFilter", () => {
  it("reads the Ukrainian-officials view", () => {
    expect(parseQuoteFilter({ country: "UA", official: "true" })).toEqual({
      speakerCountry: ["UA"],
      official: true,
    });
  });

  it("accepts repeated and comma-separated values, upper-casing enums", () => {
    const filter = parseQuoteFilter({
      country: ["ua", "RU,gb"],
      category: "expert,military",
      kind: ["direct", "bogus"],
    });
    expect(filter).toEqual({
      speakerCountry: ["UA", "RU", "GB"],
      speakerCategory: ["EXPERT", "MILITARY"],
      kind: ["DIRECT"],
    });
  });

  it("reads and writes the speaker type (statements by organizations)", () => {
    const filter = parseQuoteFilter({ type: ["organization", "Group,ministry"], country: "ca" });
    expect(filter).toEqual({ speakerCountry: ["CA"], speakerType: ["ORGANIZATION", "GROUP"] });
    expect(quotesHref(filter)).toBe("/quotes?country=CA&type=organization&type=group");
    expect(
      parseQuoteFilter(Object.fromEntries(filterToParams({ speakerType: ["PERSON"] }))),
    ).toEqual({ speakerType: ["PERSON"] });
  });

  it("drops values the API would reject", () => {
    expect(
      parseQuoteFilter({ country: "Ukraine", official: "yes", from: "2022-02-30", to: "2022-11" }),
    ).toEqual({});
  });

  it("maps short names to the filter's fields", () => {
    expect(
      parseQuoteFilter({
        q: "peace, talks",
        speaker: "Kuleba",
        person: "UGVyc29uOjE=",
        topic: "20000",
      }),
    ).toEqual({
      search: "peace, talks",
      speakerName: "Kuleba",
      speakerId: ["UGVyc29uOjE="],
      topic: ["20000"],
    });
  });
});

describe("filterToParams and quotesHref", () => {
  it("round-trips a filter through the URL", () => {
    const filter = parseQuoteFilter({
      country: "UA",
      category: "government",
      official: "false",
      from: "2022-11-01",
      q: "war",
    });
    const params = Object.fromEntries(filterToParams(filter));
    expect(parseQuoteFilter(params)).toEqual(filter);
  });

  it("builds links with a cursor and an empty view", () => {
    expect(quotesHref({ speakerCountry: ["UA"], official: true })).toBe(
      "/quotes?country=UA&official=true",
    );
    expect(quotesHref({}, "abc")).toBe("/quotes?after=abc");
    expect(quotesHref({})).toBe("/quotes");
    expect(quotesHref({ kind: ["DIRECT"] }, "c", "OLDEST")).toBe(
      "/quotes?kind=direct&sort=oldest&after=c",
    );
    expect(parseOrder({ sort: "oldest" })).toBe("OLDEST");
    expect(parseOrder({ sort: "sideways" })).toBe("NEWEST");
  });
});
