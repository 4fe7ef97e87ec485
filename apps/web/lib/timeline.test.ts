import { describe, expect, it } from "vitest";
import { continuousMonths } from "./timeline";

describe("continuousMonths", () => {
  it("fills empty months across a year boundary", () => {
    expect(
      continuousMonths([
        { month: "2023-02", count: 1 },
        { month: "2022-11", count: 4 },
      ]),
    ).toEqual([
      { month: "2022-11", count: 4 },
      { month: "2022-12", count: 0 },
      { month: "2023-01", count: 0 },
      { month: "2023-02", count: 1 },
    ]);
  });

  it("keeps the latest months within the limit and ignores bad buckets", () => {
    const out = continuousMonths(
      [
        { month: "2020-01", count: 1 },
        { month: "2020-06", count: 2 },
        { month: "unknown", count: 9 },
      ],
      3,
    );
    expect(out.map((m) => m.month)).toEqual(["2020-04", "2020-05", "2020-06"]);
  });
});
