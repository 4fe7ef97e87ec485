import { describe, expect, it } from "vitest";
import { sourceHost, sourceUrl } from "./source-url";

describe("sourceUrl", () => {
  it("keeps http and https addresses", () => {
    expect(sourceUrl("https://www.nbcnews.com/a?b=1")).toBe("https://www.nbcnews.com/a?b=1");
    expect(sourceUrl("http://example.org/x")).toBe("http://example.org/x");
  });
  it("drops anything a reader should not follow", () => {
    for (const bad of [
      "javascript:alert(1)",
      "data:text/html,x",
      "file:///etc/passwd",
      "nbcnews.com",
      "",
      null,
    ])
      expect(sourceUrl(bad)).toBeNull();
  });
  it("names a link by its host", () =>
    expect(sourceHost("https://www.nbcnews.com/a")).toBe("nbcnews.com"));
});
