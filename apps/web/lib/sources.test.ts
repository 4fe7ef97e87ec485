import { describe, expect, it } from "vitest";
import { intervalLabel, statusLabel, timeLabel } from "./sources";

describe("source status labels", () => {
  it("words intervals, statuses and times", () => {
    expect([intervalLabel(900), intervalLabel(7200), intervalLabel(90)]).toEqual([
      "every 15 min",
      "every 2 h",
      "every 90 s",
    ]);
    expect(statusLabel(null, false)).toBe("Never polled");
    expect(statusLabel("ok", true)).toBe("Paused");
    expect(statusLabel("not_modified", false)).toBe("Not modified");
    expect(timeLabel("2026-12-07T10:15:30Z")).toBe("2026-12-07 10:15 UTC");
    expect(timeLabel(null)).toBe("—");
  });
});
