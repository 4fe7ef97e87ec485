import { describe, expect, it } from "vitest";
import { parseArticle } from "../index.ts";
import type { ParsedArticle } from "../types.ts";

function paragraphs(parsed: ParsedArticle): string[] {
  for (const p of parsed.article.paragraphs) expect(parsed.text.slice(p.start, p.end)).toBe(p.text);
  for (const c of parsed.article.captions) expect(parsed.text.slice(c.start, c.end)).toBe(c.text);
  return parsed.article.paragraphs.map((p) => p.text);
}

describe("generic plain text", () => {
  it("takes a title-like first line as the title and splits paragraphs at blank lines", () => {
    const parsed = parseArticle(
      "Storm hits the coast\n\nThe storm arrived at dawn.\n\nPower was cut in the north.\n",
    );
    expect(parsed.article.title).toBe("Storm hits the coast");
    expect(paragraphs(parsed)).toEqual([
      "The storm arrived at dawn.",
      "Power was cut in the north.",
    ]);
  });

  it("splits by single newlines when there are no blank lines", () => {
    const parsed = parseArticle(
      "Storm hits the coast\nThe storm arrived at dawn.\nPower was cut in the north.",
    );
    expect(parsed.article.title).toBe("Storm hits the coast");
    expect(paragraphs(parsed)).toEqual([
      "The storm arrived at dawn.",
      "Power was cut in the north.",
    ]);
  });

  it("handles CRLF, stray whitespace and ' .' separator lines with exact offsets", () => {
    const input =
      "  Storm hits the coast  \r\n\r\n \t The storm arrived at dawn. \r\n .\r\n   Power was cut.\u00a0\r\n";
    const parsed = parseArticle(input);
    expect(parsed.text).toBe(input);
    expect(parsed.article.title).toBe("Storm hits the coast");
    expect(paragraphs(parsed)).toEqual(["The storm arrived at dawn.", "Power was cut."]);
  });

  it("keeps hard-wrapped lines of one paragraph together", () => {
    const input =
      "Title of the piece\n\nThe storm arrived at dawn and\nknocked down power lines across\nthe north.\n\nSecond paragraph.";
    expect(paragraphs(parseArticle(input))).toEqual([
      "The storm arrived at dawn and\nknocked down power lines across\nthe north.",
      "Second paragraph.",
    ]);
  });

  it("does not take a sentence as the title", () => {
    const parsed = parseArticle("The storm arrived at dawn.\n\nPower was cut in the north.");
    expect(parsed.article.title).toBeNull();
    expect(paragraphs(parsed)).toHaveLength(2);
  });

  it("reads a Wikinews dateline as the date, not a paragraph", () => {
    const input =
      "Bridge reopens after repairs\n\nFriday, January 4, 2019\u00a0\n\n\nThe bridge reopened on Thursday.\n";
    const parsed = parseArticle(input);
    expect(parsed.article.publishedAt).toBe("2019-01-04");
    expect(paragraphs(parsed)).toEqual(["The bridge reopened on Thursday."]);
  });

  it("does not mistake a paragraph opening with a weekday for a dateline", () => {
    const parsed = parseArticle("Bridge reopens\n\nThursday, officials reopened the bridge.");
    expect(parsed.article.publishedAt).toBeNull();
    expect(paragraphs(parsed)).toEqual(["Thursday, officials reopened the bridge."]);
  });

  it("fills gaps from the options but keeps what the text says", () => {
    const input = "Bridge reopens\n\nMonday, March 2, 2020\n\nThe bridge reopened.";
    const parsed = parseArticle(input, {
      publishedAt: "2021-01-01",
      source: "example.com",
      url: "https://example.com/a",
    });
    expect(parsed.article.publishedAt).toBe("2020-03-02");
    expect(parsed.article.source).toBe("Example");
    expect(parsed.article.url).toBe("https://example.com/a");
    expect(
      parseArticle("Bridge reopens\n\nIt reopened.", { publishedAt: "2021-01-01" }).article
        .publishedAt,
    ).toBe("2021-01-01");
  });
});

describe("export format", () => {
  const input = [
    " date 2023-05-02 Council votes to close the old library",
    "",
    "Council votes to close the old library",
    "14",
    "Ana Lima and Tom Berg",
    "·3 min read",
    "",
    "The city council voted on Tuesday to close the library.",
    "",
    "Readers gather outside the library on Monday. (Jo Park / Reuters)",
    "Readers gather outside the library on Monday. (Jo Park / Reuters)",
    "",
    "The building will be sold next year, the mayor said.",
    "",
    "Readers gather outside the library on Monday. (Jo Park / Reuters)",
    "",
    "This article was originally published on TheDailyPost.com",
    "",
    "Related Stories",
    "",
    "  • Schools reopen after the strike",
    "",
    "    Teachers returned on Monday after a two-week strike.",
    "",
    "  • Mayor announces budget",
    "",
  ].join("\n");
  const parsed = parseArticle(input);

  it("reads the header", () => {
    const a = parsed.article;
    expect([a.title, a.publishedAt, a.readTimeMinutes]).toEqual([
      "Council votes to close the old library",
      "2023-05-02",
      3,
    ]);
    expect(a.authors).toEqual(["Ana Lima", "Tom Berg"]);
  });

  it("separates captions, footer and related stories from the body", () => {
    expect(paragraphs(parsed)).toEqual([
      "The city council voted on Tuesday to close the library.",
      "The building will be sold next year, the mayor said.",
    ]);
    expect(parsed.article.captions.map((c) => [c.text, c.credit])).toEqual([
      ["Readers gather outside the library on Monday.", "Jo Park / Reuters"],
    ]);
    expect(parsed.article.source).toBe("The Daily Post");
    expect(parsed.article.footer).toEqual([
      "This article was originally published on TheDailyPost.com",
    ]);
    expect(parsed.article.relatedStories).toEqual([
      {
        title: "Schools reopen after the strike",
        summary: "Teachers returned on Monday after a two-week strike.",
      },
      { title: "Mayor announces budget", summary: null },
    ]);
  });

  it("reads other caption credits and bylines", () => {
    const p = parseArticle(
      "A title here\n\nBy Jane Roe, John Doe and Ann Lee\n\nBody text.\n\nThe square at night. Image: Sam Poe.\n\nPolice at the scene (AP Photo/Evan Vucci)",
    );
    expect(p.article.authors).toEqual(["Jane Roe", "John Doe", "Ann Lee"]);
    expect(p.article.captions.map((c) => [c.text, c.credit])).toEqual([
      ["The square at night.", "Sam Poe"],
      ["Police at the scene", "AP Photo/Evan Vucci"],
    ]);
    expect(paragraphs(p)).toEqual(["Body text."]);
  });

  it("keeps parentheses that are not credits in the body", () => {
    const p = parseArticle(
      "Title\n\nThe shop is open 24/7 (except on Sundays).\n\nSpeeds reached 90 km/h (56 mph)",
    );
    expect(paragraphs(p)).toHaveLength(2);
    expect(p.article.captions).toEqual([]);
  });
});

describe("related-stories headings", () => {
  it("only end the body once the body has begun", () => {
    const parsed = parseArticle(
      "Morning briefing\n\nTOP STORIES.\n\nThe council met on Monday.\n\nRelated\n\nAnother story",
    );
    expect(paragraphs(parsed)).toEqual(["The council met on Monday."]);
    expect(parsed.article.relatedStories).toEqual([{ title: "Another story", summary: null }]);
  });
});

describe("bylines", () => {
  const authors = (line: string) =>
    parseArticle(`A title for the story\n\n${line}\n\nThe body of the story.`).article.authors;

  it("leaves publishers and roles out of the authors", () => {
    expect(authors("By Jane Roe, Reuters")).toEqual(["Jane Roe"]);
    expect(authors("By Jane Roe | The Associated Press")).toEqual(["Jane Roe"]);
    expect(authors("By Jane Roe, Senior Reporter")).toEqual(["Jane Roe"]);
    expect(authors("By JANE ROE and Ann de la Cruz")).toEqual(["JANE ROE", "Ann de la Cruz"]);
  });

  it("takes no garbage for a byline", () => {
    expect(authors("Email The Author")).toEqual([]);
    expect(authors("By Email The Author")).toEqual([]);
  });
});

describe("footers", () => {
  it("name the publisher and nothing more", () => {
    const source = (footer: string) =>
      parseArticle(`A title here\n\nThe body.\n\n${footer}`).article.source;
    expect(
      source(
        "This article was originally published on The Conversation. Read the original article.",
      ),
    ).toBe("The Conversation");
    expect(source("This story originally appeared on nytimes.com")).toBe("The New York Times");
    expect(source("Originally published by Example News | Reprinted with permission")).toBe(
      "Example News",
    );
  });
});
