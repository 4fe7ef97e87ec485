import { describe, expect, it } from "vitest";
import { breakLongRuns } from "./long-runs.ts";

const word = (n: number, c = "q") => c.repeat(n);

describe("breakLongRuns", () => {
  it("leaves text whose runs are at most 256 characters as it is", () => {
    const text = `Lorem ${word(256)} ipsum ${word(255)}\n${word(256, "é")}`;
    expect(breakLongRuns(text)).toBe(text);
  });

  it("breaks a run of 257 characters wherever it sits", () => {
    for (const before of ["", "a ", `${word(100)} `, `${word(256)} `, `${word(300)} `.slice(1)]) {
      const text = `${before}${word(257, "z")} tail`;
      const out = breakLongRuns(text);
      expect(out).not.toBe(text);
      expect(out.split(/\s+/).every((run) => run.length <= 256)).toBe(true);
      expect(out.replace(/\s+/g, "")).toBe(text.replace(/\s+/g, ""));
    }
  });

  it("counts only JavaScript's white space as a break, as the regex \\S does", () => {
    const nbsp = `${word(200)}\u00a0${word(200)}`;
    expect(breakLongRuns(nbsp)).toBe(nbsp);
    const zeroWidth = `${word(200)}\u200b${word(200)}`;
    expect(breakLongRuns(zeroWidth)).not.toBe(zeroWidth);
  });

  it("agrees with a scan of every character on runs of every length around the limit", () => {
    for (let n = 250; n <= 520; n += 3)
      for (const lead of [0, 1, 128, 256, 257]) {
        const text = `${word(lead, "k")} ${word(n, "m")} end`;
        const longest = Math.max(...text.split(/\s+/).map((r) => r.length));
        expect(breakLongRuns(text) !== text).toBe(longest > 256);
      }
  });
});
