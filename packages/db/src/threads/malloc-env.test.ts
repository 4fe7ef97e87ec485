import { describe, expect, it } from "vitest";
import { withMallocSettings } from "./malloc-env.mjs";

describe("withMallocSettings", () => {
  it("adds the mmap threshold to GLIBC_TUNABLES, keeping what is there", () => {
    expect(withMallocSettings({ A: "1" } as Record<string, string>).GLIBC_TUNABLES).toBe(
      "glibc.malloc.mmap_threshold=32768",
    );
    expect(withMallocSettings({ GLIBC_TUNABLES: "glibc.malloc.arena_max=2" }).GLIBC_TUNABLES).toBe(
      "glibc.malloc.arena_max=2:glibc.malloc.mmap_threshold=32768",
    );
  });

  it("leaves a threshold the user set alone", () => {
    const env = { GLIBC_TUNABLES: "glibc.malloc.mmap_threshold=65536" };
    expect(withMallocSettings(env)).toEqual(env);
  });
});
