import { describe, expect, it } from "vitest";
import { hasWords } from "./kind.ts";

describe("hasWords", () => {
  it("counts runs with a letter or digit, up to the number asked for", () => {
    expect(hasWords("a clear  answer, now", 4)).toBe(true);
    expect(hasWords("a clear  answer, now", 5)).toBe(false);
    expect(hasWords("— … 42 —", 1)).toBe(true);
    expect(hasWords("— … —", 1)).toBe(false);
    expect(hasWords("\u00a0déjà\tvu\n", 2)).toBe(true);
    expect(hasWords("", 0)).toBe(true);
  });
});
