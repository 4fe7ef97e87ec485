import { describe, expect, it } from "vitest";
import { formatInterval, parseInterval } from "./duration.ts";

describe("feed intervals", () => {
  it("reads seconds, minutes, hours and days, a bare number as minutes", () => {
    expect(["90s", "15m", "2h", "1d", "30"].map(parseInterval)).toEqual([
      90, 900, 7200, 86_400, 1800,
    ]);
    expect([90, 900, 7200, 86_400].map(formatInterval)).toEqual(["90s", "15m", "2h", "1d"]);
  });

  it("refuses anything else", () => {
    for (const bad of ["", "0m", "-5m", "15 minutes", "1w", "1.5h"])
      expect(() => parseInterval(bad)).toThrow(/--every/);
  });
});
