/** The metadata stage: what a caller or a page gives is made well-formed before it is stored. */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../index.ts";

describe("metadata", () => {
  it("replaces lone surrogates in the caller's source and url with U+FFFD", () => {
    const parsed = parseArticle("Harbour Works Resume\n\nThe dock reopened on Tuesday.", {
      format: "text",
      source: "Coastal Ledger\ud800",
      url: "https://example.org/dock\udc00",
    });
    const fields = [parsed.article.source, parsed.article.url].join(" ");
    expect(/[\uD800-\uDFFF]/u.test(fields)).toBe(false);
    expect(JSON.parse(JSON.stringify(parsed.article)).url).toContain("\ufffd");
  });

  it("replaces a surrogate a page's character reference decodes to", () => {
    const html =
      "<html><head><title>Dock &#xD800;news</title></head><body><article><p>The dock reopened on Tuesday after repairs, officials said.</p></article></body></html>";
    const parsed = parseArticle(html, { format: "html" });
    expect(/[\uD800-\uDFFF]/u.test(parsed.article.title ?? "")).toBe(false);
  });
});
