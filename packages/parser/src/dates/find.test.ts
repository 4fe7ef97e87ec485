import { describe, expect, it } from "vitest";
import { datesIn } from "./find.ts";

// Tuesday 15 November 2022.
const REF = "2022-11-15";
const one = (text: string, ref: string | null = REF) => {
  const found = datesIn(text, 0, ref);
  return found.length === 1
    ? { text: found[0].text, date: found[0].date, endDate: found[0].endDate }
    : found;
};

describe("relative dates against the article date", () => {
  it("resolves weekdays to the most recent one, the article's own day included", () => {
    expect(one("attacks on Tuesday")).toMatchObject({ text: "Tuesday", date: "2022-11-15" });
    expect(one("retook the city Friday")).toMatchObject({ date: "2022-11-11" });
    expect(one("wrote on Telegram late Monday")).toMatchObject({
      text: "late Monday",
      date: "2022-11-14",
    });
    expect(one("on Sunday night")).toMatchObject({ text: "Sunday night", date: "2022-11-13" });
    expect(one("since last Tuesday")).toMatchObject({ date: "2022-11-08" });
  });
  it("reads the future for weekdays after will / next", () => {
    expect(one("leaders will meet on Friday")).toMatchObject({ date: "2022-11-18" });
    expect(one("next Monday")).toMatchObject({ date: "2022-11-21" });
  });
  it("resolves day words and ranges", () => {
    expect(one("said yesterday")).toMatchObject({ date: "2022-11-14" });
    expect(one("Today")).toMatchObject({ date: REF });
    expect(one("tomorrow")).toMatchObject({ date: "2022-11-16" });
    expect(one("last week")).toMatchObject({ date: "2022-11-07", endDate: "2022-11-13" });
    expect(one("earlier this week")).toMatchObject({ date: "2022-11-14", endDate: REF });
    expect(one("earlier this month")).toMatchObject({ date: "2022-11-01", endDate: REF });
    const mixed = datesIn("Last Friday, this year, last night and earlier this month", 0, REF);
    expect(mixed.map((d) => d.text)).toEqual([
      "Last Friday",
      "this year",
      "last night",
      "earlier this month",
    ]);
    expect(one("last month")).toMatchObject({ date: "2022-10-01", endDate: "2022-10-31" });
    expect(one("last year")).toMatchObject({ date: "2021-01-01", endDate: "2021-12-31" });
    expect(one("three days ago")).toMatchObject({ date: "2022-11-12" });
  });
  it("leaves relative dates alone without an article date", () => {
    expect(datesIn("on Tuesday, last week", 0, null)).toEqual([]);
  });
});

describe("absolute dates", () => {
  it("reads the common news forms", () => {
    expect(one("on Nov. 15, 2022.")).toMatchObject({ text: "Nov. 15, 2022", date: "2022-11-15" });
    expect(one("on November 15, 2022")).toMatchObject({ date: "2022-11-15" });
    expect(one("on 15 November 2022")).toMatchObject({ date: "2022-11-15" });
    expect(one("dated 2022-11-15")).toMatchObject({ date: "2022-11-15" });
    expect(one("in March 2020")).toMatchObject({ date: "2020-03-01", endDate: "2020-03-31" });
  });
  it("gives a date without year the year nearest the article", () => {
    expect(one("Sometime today, November 15,")).toEqual([expect.anything(), expect.anything()]);
    expect(datesIn("on 15 November", 0, REF)[0].date).toBe("2022-11-15");
    expect(datesIn("on December 30", 0, "2023-01-02")[0].date).toBe("2022-12-30");
    expect(datesIn("on 3 January", 0, "2022-12-28")[0].date).toBe("2023-01-03");
  });
  it("keeps offsets into the text and rejects impossible days", () => {
    const [d] = datesIn("xx on Nov. 15, 2022", 100, REF);
    expect(d).toMatchObject({ start: 106, end: 119 });
    expect(datesIn("2022-02-30 and February 30, 2022", 0, REF)).toEqual([]);
    expect(datesIn("may 5 people", 0, REF)).toEqual([]);
  });
});
