import { describe, expect, it } from "vitest";
import { memoryTrend } from "./memory-trend.ts";

// A garbage-collected sawtooth: climbs 10 MB a second, drops back every 8 s.
const sawtooth = (base: number, n: number) =>
  Array.from({ length: n }, (_, i) => base + (i % 8) * 10);

describe("memoryTrend", () => {
  it("calls a sawtooth around a steady level flat", () => {
    const warmUp = Array.from({ length: 20 }, (_, i) => 300 + i * 10);
    const trend = memoryTrend([...warmUp, ...sawtooth(500, 40)], 1, { windowS: 16 });
    expect(trend["memory flat"]).toBe("yes");
    expect(Math.abs(trend["RSS slope MB/min"])).toBeLessThan(60);
    expect(trend["RSS MB peak"]).toBe(570);
  });

  it("calls steady growth after warm-up a leak", () => {
    const growing = Array.from({ length: 60 }, (_, i) => 400 + i * 3);
    const trend = memoryTrend(growing, 1);
    expect(trend["memory flat"]).toBe("no");
    expect(trend["RSS slope MB/min"]).toBeCloseTo(180, 0);
    expect(trend["RSS MB at end"]).toBeGreaterThan(trend["RSS MB at warm-up"]);
  });

  it("refuses a series too short to judge", () => {
    expect(() => memoryTrend([100], 1)).toThrow(/too few samples/);
  });
});
