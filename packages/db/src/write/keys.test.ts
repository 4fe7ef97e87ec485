import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { quoteId } from "./keys.ts";

describe("quoteId", () => {
  const v7 = "01a253d2-b200-733e-bc8a-9062b615c8ff";
  const v4 = "3f0c2a8e-51d4-4b6e-9a7c-2d1e0f9b8c7a";

  it("puts a time-ordered article's quotes in its time order", () => {
    const id = quoteId(v7, 10, 42);
    expect(id.slice(0, 13)).toBe(v7.slice(0, 13));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(quoteId(v7, 10, 42)).toBe(id);
    expect(quoteId(v7, 10, 43)).not.toBe(id);
  });

  it("keeps the all-hash ids of quotes of articles stored with random ids", () => {
    const h = createHash("sha256").update(`${v4}:10:42`).digest("hex");
    expect(quoteId(v4, 10, 42).replace(/-/g, "").slice(0, 12)).toBe(h.slice(0, 12));
    expect(quoteId(v4, 10, 42).slice(20)).toBe(`${h.slice(17, 20)}-${h.slice(20, 32)}`);
  });
});
