import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { memoryTrend } from "./memory-trend.ts";

// A garbage-collected sawtooth: climbs 10 MB a second, drops back every 8 s.
const sawtooth = (base: number, n: number) =>
  Array.from({ length: n }, (_, i) => base + (i % 8) * 10);

// RSS of two API processes under the mixed load for 240 s (pnpm bench api-mixed, no warm-up):
// climbs for ~25 s, then a sawtooth between about 820 and 1,100 MB with a 1–2 minute period, so
// that a 60 s stretch may rise 13% with no leak at all: memory is judged over 180 s.
const measured = readFileSync(new URL("./testdata/api-mixed-rss-240s.csv", import.meta.url), "utf8")
  .trim()
  .split("\n")
  .slice(1)
  .map((line) => {
    const [, a, b] = line.split(",").map(Number);
    return a + b;
  });

describe("memoryTrend", () => {
  it("calls a sawtooth around a steady level flat, and skips the warm-up share", () => {
    const warmUp = Array.from({ length: 20 }, (_, i) => 300 + i * 10);
    const trend = memoryTrend([...warmUp, ...sawtooth(500, 40)], 1, { warmUpShare: 1 / 3 });
    expect(trend["RSS flat"]).toBe("yes");
    expect(Math.abs(Number(trend["RSS slope MB/min"]))).toBeLessThan(60);
    expect(trend["RSS MB peak"]).toBe(570);
  });

  it("judges 180 s after warm-up of a real run flat, and its warm-up not", () => {
    expect(memoryTrend(measured.slice(0, 60), 1)["RSS flat"]).toBe("no");
    for (let start = 25; start + 180 <= measured.length; start += 5) {
      const trend = memoryTrend(measured.slice(start, start + 180), 1);
      expect(trend["RSS flat"], `seconds ${start + 1}–${start + 180}`).toBe("yes");
    }
  });

  it("calls steady growth a leak, even 100 MB a minute under that sawtooth", () => {
    const growing = Array.from({ length: 60 }, (_, i) => 400 + i * 3);
    const trend = memoryTrend(growing, 1);
    expect(trend["RSS flat"]).toBe("no");
    expect(trend["RSS slope MB/min"]).toBeCloseTo(180, 0);
    for (let start = 25; start + 180 <= measured.length; start += 5) {
      const leaking = measured.slice(start, start + 180).map((mb, i) => mb + (i * 100) / 60);
      expect(memoryTrend(leaking, 1)["RSS flat"], `from second ${start + 1}`).toBe("no");
    }
  });

  it("does not call falling memory a leak", () => {
    const falling = Array.from({ length: 60 }, (_, i) => 1000 - i * 3);
    expect(memoryTrend(falling, 1)["RSS flat"]).toBe("yes");
  });

  it("names its figures after what was sampled", () => {
    const trend = memoryTrend([60, 58, 61, 59, 60, 62], 1, { label: "live heap" });
    expect(trend).toMatchObject({ "live heap MB peak": 62, "live heap flat": "yes" });
  });

  it("refuses a series too short to judge", () => {
    expect(() => memoryTrend([100, 100], 1)).toThrow(/too few samples/);
  });
});
