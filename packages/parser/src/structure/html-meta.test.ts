import { describe, expect, it } from "vitest";
import { parseStructure } from "./parse-structure.ts";

const story = [
  "The city's library will stay open until midnight during the exam season, the council announced on Monday after a petition signed by more than two thousand students.",
  "Librarians said they would need four extra staff for the late shifts, and the council agreed to pay for them from its culture budget until the end of the year.",
];

function page(head: string, top = "", aside = ""): string {
  return `<!doctype html><html><head>${head}</head><body>
    <header><a href="/">Front page</a></header>
    <main><article><h1>Library to open until midnight</h1>${top}
      ${story.map((p) => `<p>${p}</p>`).join("")}</article>${aside}</main></body></html>`;
}

describe("page metadata", () => {
  it.each([
    ["Library to open until midnight - 9to5Mac", "https://9to5mac.com/2020/library"],
    ["Library to open until midnight | ZDNet", "https://www.zdnet.com/article/library"],
    ["Library to open until midnight | Al Bawaba", "https://www.albawaba.com/news/library"],
  ])("drops the site suffix of og:title %s", (ogTitle, url) => {
    const a = parseStructure(
      page(`<meta property="og:title" content="${ogTitle}"><link rel="canonical" href="${url}">`),
    ).article;
    expect(a.title).toBe("Library to open until midnight");
  });

  it("keeps a title whose last part belongs to the headline", () => {
    const a = parseStructure(
      page(`<meta property="og:title" content="Library hours - what changes for students">`),
    ).article;
    expect(a.title).toBe("Library hours - what changes for students");
  });

  it("reads the publisher behind a placeholder or a handle as og:site_name", () => {
    const hosted = parseStructure(
      page(
        `<meta property="og:site_name" content="Hosted"><link rel="canonical" href="https://www.valleypost.com/x">`,
      ),
    ).article;
    expect(hosted.source).toBe("Valleypost");
    const handle = parseStructure(
      page(
        `<meta property="og:site_name" content="@valleypost"><link rel="canonical" href="https://valleypost.com/x">`,
      ),
    ).article;
    expect(handle.source).toBe("Valleypost");
  });

  it("keeps agencies named as authors apart from people", () => {
    const a = parseStructure(
      page(
        `<meta property="og:site_name" content="Valley Post"><meta name="author" content="Valley-Post, PTI">`,
      ),
    ).article;
    expect(a.authors).toEqual([]);
    expect(a.agencies).toEqual(["Valley-Post", "PTI"]);
  });

  it.each([
    [`<p class="byline">By MARA LIND and TOMAS BERG</p>`, ["MARA LIND", "TOMAS BERG"], null],
    [
      `<div class="meta">By Mara Lind, Tomas Berg on Monday, November 18th, 2019</div>`,
      ["Mara Lind", "Tomas Berg"],
      "2019-11-18",
    ],
    [`<p><span>publiziert am 25. September 2018</span></p>`, [], "2018-09-25"],
    [`<p>Publié le 3 mars 2020 à 14h05</p>`, [], "2020-03-03"],
    [`<p>Publicado el 7 de julio de 2021</p>`, [], "2021-07-07"],
    [
      `<p>By Mara Lind, Reuters</p><p>Updated 3:45 PM ET, Tue March 5, 2019</p>`,
      ["Mara Lind"],
      "2019-03-05",
    ],
  ])("reads the byline and date printed under the headline: %s", (top, authors, date) => {
    const a = parseStructure(page("", top)).article;
    expect(a.authors).toEqual(authors);
    expect(a.publishedAt).toBe(date);
    expect(a.paragraphs.map((p) => p.text)).toEqual(story);
  });

  it("never takes a date from a related story", () => {
    const aside = `<aside class="related"><h2>More news</h2><p><a href="/y">Pool closes for repairs</a></p><time datetime="2017-02-01">1 February 2017</time><p>2 February 2017</p></aside>`;
    const a = parseStructure(page("", "", aside)).article;
    expect(a.publishedAt).toBeNull();
    const dated = parseStructure(page("", `<p>12 March 2019</p>`, aside)).article;
    expect(dated.publishedAt).toBe("2019-03-12");
  });
});
