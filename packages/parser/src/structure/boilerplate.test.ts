import { describe, expect, it } from "vitest";
import { isBoilerplate } from "./boilerplate.ts";
import { parseStructure } from "./parse-structure.ts";

describe("site notices", () => {
  it("recognises review banners, edit stamps and share prompts", () => {
    expect(isBoilerplate("This article requires pre-publication review by a second editor.")).toBe(
      true,
    );
    expect(isBoilerplate("-Article last amended: Jan 2 at 1:02:03 UTC (history)")).toBe(true);
    expect(isBoilerplate("Have an opinion on this story? Tell us.")).toBe(true);
    expect(isBoilerplate("Share this:")).toBe(true);
  });

  it("leaves prose that merely mentions a page or an opinion alone", () => {
    expect(isBoilerplate("The council shared this view with the press on Monday.")).toBe(false);
    expect(isBoilerplate("In her opinion, the article requires no changes.")).toBe(false);
  });

  it("moves notices between title and dateline to the footer and still reads the date", () => {
    const parsed = parseStructure(
      "Ferry service resumes on the lake\n\nThis article requires pre-publication review by an uninvolved reviewer.\n\n-Article last amended: Feb 3 at 4:05:06 UTC (history)Please check the talk page history before reviewing.\n\nMonday, February 1, 2021\n\nThe ferry sailed again on Monday after a month of repairs.\n\nHave an opinion on this story?\n",
    );
    expect(parsed.article.title).toBe("Ferry service resumes on the lake");
    expect(parsed.article.publishedAt).toBe("2021-02-01");
    expect(parsed.article.paragraphs.map((p) => p.text)).toEqual([
      "The ferry sailed again on Monday after a month of repairs.",
    ]);
    expect(parsed.article.footer).toHaveLength(3);
  });
});
