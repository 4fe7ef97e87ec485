import { describe, expect, it } from "vitest";
import { parseStructure } from "./parse-structure.ts";

const prose = [
  "The harbour board met on Tuesday evening to weigh the offer from the shipping line, which wants to lease the eastern quay for twenty years and dredge the channel at its own expense before the next winter storms arrive.",
  "Fishermen who use the quay every morning packed the hall and asked the board to keep a berth for the small boats, saying that moving them to the western basin would add an hour to every trip out to the grounds.",
  "The chair of the board said no decision would be taken before a survey of the channel had been finished and published, and that the public would be able to comment on the plan for six weeks after that.",
];

function article(middle: string): string {
  return `Harbour board weighs quay lease\n\n${prose[0]}\n\n${middle}\n\n${prose[1]}\n\n${prose[2]}\n`;
}

describe("related-stories labels inside an article", () => {
  it("keeps the story after a 'Read More' label and its links as body", () => {
    const parsed = parseStructure(
      article(
        "Read More\n\nCity council delays vote on ferry fares\n\nNew lighthouse keeper named",
      ),
    );
    const a = parsed.article;
    expect(a.paragraphs.map((p) => p.text)).toEqual(prose);
    expect(a.relatedStories.map((s) => s.title)).toEqual([
      "City council delays vote on ferry fares",
      "New lighthouse keeper named",
    ]);
  });

  it("drops a label that only precedes more of the story", () => {
    const parsed = parseStructure(article("More from the coast"));
    expect(parsed.article.paragraphs.map((p) => p.text)).toEqual(prose);
    expect(parsed.article.relatedStories).toEqual([]);
  });

  it("keeps a list of titles and teasers at the end as related stories", () => {
    const teaser =
      "The ferry company says the new timetable will add two crossings a day in summer and cut the wait at the pier for most of the passengers who travel at weekends.";
    const parsed = parseStructure(
      `Harbour board weighs quay lease\n\n${prose.join("\n\n")}\n\nRelated news\n\n• Ferry timetable changes\n\n${teaser}\n\n• Lighthouse reopens\n\n${teaser}\n`,
    );
    expect(parsed.article.paragraphs.map((p) => p.text)).toEqual(prose);
    expect(parsed.article.relatedStories).toEqual([
      { title: "Ferry timetable changes", summary: teaser },
      { title: "Lighthouse reopens", summary: teaser },
    ]);
  });

  it("keeps the body of a page whose 'Related news' box sits mid-story", () => {
    const html = `<html><head><title>Harbour board weighs quay lease</title></head><body><article>
      <h1>Harbour board weighs quay lease</h1><p>${prose[0]}</p>
      <div class="related"><p>Related news</p><ul><li><a href="/a">City council delays vote on ferry fares</a></li>
      <li><a href="/b">New lighthouse keeper named</a></li></ul></div>
      <p>${prose[1]}</p><p>${prose[2]}</p></article></body></html>`;
    const parsed = parseStructure(html);
    expect(parsed.article.paragraphs.map((p) => p.text)).toEqual(prose);
    expect(parsed.text).not.toContain("ferry fares");
  });
});
