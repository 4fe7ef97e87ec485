import { describe, expect, it } from "vitest";
import { isStoryHeadline } from "./related-stories";

describe("isStoryHeadline", () => {
  it("keeps headlines", () => {
    expect(isStoryHeadline("Knicks stress accountability during players-only dinner in Utah")).toBe(
      true,
    );
  });
  it("drops link-list entries", () => {
    for (const t of [
      "World",
      "Politics News",
      "https://example.com/a",
      "Share on Facebook now please",
      "Read more stories from NBC",
    ])
      expect(isStoryHeadline(t)).toBe(false);
  });
});
