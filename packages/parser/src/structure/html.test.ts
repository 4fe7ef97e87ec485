import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../index.ts";
import { ParseError } from "../types.ts";

const body = `
  <nav><a href="/">Home</a> | <a href="/world">World</a></nav>
  <article>
    <h1>Dam opens its gates after heavy rain</h1>
    <p>By Jane Roe</p>
    <p>Engineers opened the gates of the northern dam on Sunday after <em>three days</em> of heavy rain,
      the regional water authority said in a statement.</p>
    <figure><img src="dam.jpg" alt=""><figcaption>Water pours through the gates on Sunday. (Ali Khan / AFP)</figcaption></figure>
    <p>"We had no choice," said the authority's director, adding that villages downstream had been warned
      well in advance and that nobody had been hurt so far.</p>
    <p>Residents were told to stay away from the riverbanks until the level falls again.</p>
  </article>
  <footer>© 2024 The Valley Times</footer>`;

function page(head: string): string {
  return `<!doctype html><html><head><title>Dam opens | The Valley Times</title>${head}</head><body>${body}</body></html>`;
}

describe("HTML pages", () => {
  it("reads Open Graph and article: metadata and extracts the main text", () => {
    const parsed = parseArticle(
      page(`<meta property="og:title" content="Dam opens its gates after heavy rain">
        <meta property="og:site_name" content="The Valley Times">
        <meta property="article:published_time" content="2024-03-10T08:30:00Z">
        <meta name="author" content="Jane Roe">
        <link rel="canonical" href="https://valley.example/dam">`),
    );
    expect(parsed.format).toBe("html");
    const a = parsed.article;
    expect(a.title).toBe("Dam opens its gates after heavy rain");
    expect(a.source).toBe("The Valley Times");
    expect(a.publishedAt).toBe("2024-03-10T08:30:00Z");
    expect(a.authors).toEqual(["Jane Roe"]);
    expect(a.url).toBe("https://valley.example/dam");
    expect(a.paragraphs.map((p) => p.text.slice(0, 20))).toEqual([
      "Engineers opened the",
      '"We had no choice," ',
      "Residents were told ",
    ]);
    expect(a.paragraphs[0].text).toContain("after three days of heavy rain");
    expect(a.captions.map((c) => [c.text, c.credit])).toEqual([
      ["Water pours through the gates on Sunday.", "Ali Khan / AFP"],
    ]);
    for (const p of [...a.paragraphs, ...a.captions])
      expect(parsed.text.slice(p.start, p.end)).toBe(p.text);
    expect(parsed.text).not.toContain("Home");
  });

  it("reads JSON-LD NewsArticle metadata", () => {
    const ld = {
      "@context": "https://schema.org",
      "@graph": [
        { "@type": "WebSite", name: "ignored" },
        {
          "@type": "NewsArticle",
          headline: "Dam opens its gates",
          datePublished: "2024-03-11",
          author: [
            { "@type": "Person", name: "Jane Roe" },
            { "@type": "Person", name: "Raj Patel" },
          ],
          publisher: { "@type": "Organization", name: "Valley Times" },
        },
      ],
    };
    const parsed = parseArticle(
      page(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`),
    );
    expect(parsed.article.title).toBe("Dam opens its gates");
    expect(parsed.article.publishedAt).toBe("2024-03-11");
    expect(parsed.article.authors).toEqual(["Jane Roe", "Raj Patel"]);
    expect(parsed.article.source).toBe("Valley Times");
  });

  it("falls back to <time datetime>, <h1> and the byline in the text", () => {
    const html = `<html><body><article><h1>Dam opens its gates</h1><time datetime="2024-03-12">March 12</time>
      <p>By Jane Roe and Raj Patel</p>${body.split("<p>By Jane Roe</p>")[1]}`;
    const parsed = parseArticle(html);
    expect(parsed.article.title).toBe("Dam opens its gates");
    expect(parsed.article.publishedAt).toBe("2024-03-12");
    expect(parsed.article.authors).toEqual(["Jane Roe", "Raj Patel"]);
    expect(parsed.article.paragraphs.some((p) => p.text.startsWith("By "))).toBe(false);
  });

  it("sniffs HTML, and honours an explicit text format", () => {
    expect(parseArticle(page("")).format).toBe("html");
    const asText = parseArticle("<p>Not really a page</p>\n\nJust text.", { format: "text" });
    expect(asText.format).toBe("text");
  });

  it("rejects a page with no article", () => {
    try {
      parseArticle(
        "<!doctype html><html><head><title>Empty</title></head><body><nav>Home</nav></body></html>",
      );
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ParseError);
      expect((error as ParseError).code).toBe("NO_ARTICLE");
    }
  });
  it("keeps promos, related lists and figure credits out of the body", () => {
    const p = (t: string) =>
      `<p>${t} Officials said on Monday they would keep watching the situation closely.</p>`;
    const html = `<!doctype html><html><head><meta property="og:title" content="Floods close schools"></head>
      <body><nav><a href="/">Home</a><a href="/news">News</a></nav><main><article><h1>Floods close schools</h1>
      ${p("Schools in the valley were closed.")}${p("Parents were told to keep children home.")}
      <p>Read more: <a href="/x">Rain expected to continue</a></p>${p("The mayor said roads would reopen.")}
      <figure><img src="x.jpg"><figcaption>A flooded street.<span>Photo: John Doe</span></figcaption></figure>
      ${p("Rescue teams were on standby.")}
      <h2>Related stories</h2><ul><li><a href="/a">Dam reaches record level</a></li><li><a href="/b">Storm season starts early</a></li></ul>
      </article></main><footer>© 2024 Daily Example. All rights reserved.</footer></body></html>`;
    const { article } = parseArticle(html);
    expect(article.paragraphs.map((x) => x.text.split(".")[0])).toEqual([
      "Schools in the valley were closed",
      "Parents were told to keep children home",
      "The mayor said roads would reopen",
      "Rescue teams were on standby",
    ]);
    expect(article.captions.map((c) => [c.text, c.credit])).toEqual([
      ["A flooded street.", "John Doe"],
    ]);
    expect(article.relatedStories.map((r) => r.title)).toEqual([
      "Rain expected to continue",
      "Dam reaches record level",
      "Storm season starts early",
    ]);
  });
});

describe("HTML that would be slow to read", () => {
  it("refuses absurdly nested markup before parsing it", () => {
    const deep = `<html><body>${"<div>".repeat(50_000)}Some words of text here.${"</div>".repeat(50_000)}</body></html>`;
    expect(() => parseArticle(deep)).toThrow(/nests elements more than 500 deep/);
    expect(() => parseArticle(`<html><body><p>${"<b>a ".repeat(50_000)}`)).toThrow(ParseError);
  });

  it("states one nesting limit, whichever check finds it (the README's)", () => {
    const words = "Some words of text here, and the minister said the talks went well. ".repeat(5);
    const nested = (n: number) =>
      `<html><body>${"<div>".repeat(n)}<p>${words}</p>${"</div>".repeat(n)}</body></html>`;
    expect(() => parseArticle(nested(600))).toThrow(/nests elements more than 500 deep/);
    expect(() => parseArticle(nested(5_000))).toThrow(/nests elements more than 500 deep/);
    expect(parseArticle(nested(400)).text).toContain("the talks went well");
  });

  it("refuses nesting at the depth the README documents, in the README's words", () => {
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    const stated = /HTML nesting elements over ([\d,]+) deep/.exec(readme)?.[1];
    const limit = Number(stated?.replace(/,/g, ""));
    expect(limit).toBeGreaterThan(0);
    const words =
      "A ferry crossed the bay at dawn, and the harbour master said the crossing was calm. ";
    const nested = (n: number) =>
      `<html><body>${"<div>".repeat(n)}<p>${words.repeat(5)}</p>${"</div>".repeat(n)}</body></html>`;
    expect(() => parseArticle(nested(limit + 5))).toThrow(`more than ${limit} deep`);
    expect(parseArticle(nested(limit - 20)).text).toContain("the crossing was calm");
  });

  it("reads a very large page without Readability, from its <article>", () => {
    const para = (i: number) =>
      `<div><p>Paragraph ${i} tells the story with <a href="#">a link</a> and <b>more</b> words.</p></div>`;
    const page = `<html><body><nav>${"<a href='/'>Menu</a>".repeat(50)}</nav><article>${Array.from({ length: 3000 }, (_, i) => para(i)).join("")}</article><footer>Footer text</footer></body></html>`;
    const { article, text } = parseArticle(page, { maxBytes: 10_000_000 });
    expect(article.paragraphs).toHaveLength(3000);
    expect(text).not.toContain("Menu");
    expect(text).not.toContain("Footer text");
  });
});

describe("HTML fragments", () => {
  it("reads markup without <html> or <body>", () => {
    const { article } = parseArticle(
      "Lead text <b>first</b>.<p>The council met on Monday to discuss the budget for schools.</p>",
      { format: "html" },
    );
    expect(article.paragraphs.map((p) => p.text)).toEqual([
      "Lead text first.",
      "The council met on Monday to discuss the budget for schools.",
    ]);
  });
});

describe("HTML without <p>", () => {
  it("splits paragraphs at double line breaks", () => {
    const html = `<html><head><title>Old page</title></head><body><div id="story">The first paragraph of the old story has enough words in it.<br><br>The second paragraph,<br>with a line break, has words too.<br> <br>Third one here.</div></body></html>`;
    expect(parseArticle(html).article.paragraphs.map((p) => p.text)).toEqual([
      "The first paragraph of the old story has enough words in it.",
      "The second paragraph, with a line break, has words too.",
      "Third one here.",
    ]);
  });
});

describe("HTML authors", () => {
  it("are people, not the site or a desk", () => {
    const page = (meta: string) =>
      `<html><head><meta property="og:site_name" content="Valley Times">${meta}</head><body><article><p>Engineers opened the gates of the dam on Sunday after three days of rain.</p></article></body></html>`;
    const authors = (meta: string) => parseArticle(page(meta)).article.authors;
    expect(authors('<meta name="author" content="By Jane Roe">')).toEqual(["Jane Roe"]);
    expect(authors('<meta name="author" content="Valley Times">')).toEqual([]);
    expect(authors('<meta name="author" content="Reuters">')).toEqual([]);
    expect(authors('<meta name="author" content="Jane Roe, Staff Writer">')).toEqual(["Jane Roe"]);
  });
});
