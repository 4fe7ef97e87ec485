import { describe, expect, it } from "vitest";
import { dropFinalStop } from "./headline.ts";
import { parseStructure } from "./parse-structure.ts";

const LEDE =
  "The city council voted on Tuesday to close the old harbour bridge for repairs that engineers say could last well into next spring.";

function read(text: string) {
  const a = parseStructure(text).article;
  return { title: a.title, first: a.paragraphs[0]?.text };
}

describe("headlines that read like sentences", () => {
  it("joins a headline and its rubric written on two lines after a semicolon", () => {
    const r = read(`Bridge closes for repairs; \nCommuters face long detours.\n\n${LEDE}\n`);
    expect(r.title).toBe("Bridge closes for repairs; Commuters face long detours");
    expect(r.first).toBe(LEDE);
  });

  it("takes a sentence-like line above a dateline lede as the headline", () => {
    const r = read(`Harbour bridge to close for months.\n\nPORTVILLE, Ore. (AP) — ${LEDE}\n`);
    expect(r.title).toBe("Harbour bridge to close for months");
  });

  it("takes a sentence-like line above a section label in capitals as the headline", () => {
    const r = read(`Council closes the harbour bridge.\n\nSUMMARY.\n\n${LEDE}\n\nMore follows.\n`);
    expect(r.title).toBe("Council closes the harbour bridge");
  });

  it("takes a short line followed by a short subhead and a long paragraph as the headline", () => {
    const r = read(
      `Council shuts the harbour bridge.\n\nRepairs will run until spring.\n\n${LEDE}\n`,
    );
    expect(r.title).toBe("Council shuts the harbour bridge");
    // The subhead stays in the body: only the headline is header.
    expect(r.first).toBe("Repairs will run until spring.");
  });

  it("keeps a headline in title case over two short sentences or a list of names", () => {
    expect(read(`Mayor Lost The Vote. Here Is What Comes Next.\n\n${LEDE}\n`).title).toBe(
      "Mayor Lost The Vote. Here Is What Comes Next",
    );
    expect(read(`Talks Between Smith, Jones Spark Merger Rumours.\n\n${LEDE}\n`).title).toBe(
      "Talks Between Smith, Jones Spark Merger Rumours",
    );
  });

  it("drops an added full stop before a closing quotation mark, not that of initials", () => {
    expect(dropFinalStop("Mayor: ‘We Will Rebuild.’")).toBe("Mayor: ‘We Will Rebuild’");
    expect(dropFinalStop("Jobs come back to the U.S.")).toBe("Jobs come back to the U.S.");
  });
});

describe("articles without a title line", () => {
  it("keeps a dateline lede as the first paragraph", () => {
    const lede = `PORTVILLE, Ore. (AP) — ${LEDE}`;
    const r = read(`${lede}\n\nThe works start next month.\n`);
    expect(r.title).toBeNull();
    expect(r.first).toBe(lede);
  });

  it("keeps two short opening sentences of running prose as body", () => {
    const r = read(`The bridge is shut again.\n\nIt was reopened only last week.\n\n${LEDE}\n`);
    expect(r.title).toBeNull();
    expect(r.first).toBe("The bridge is shut again.");
  });

  it("keeps a short opening sentence with several capitalised names as body", () => {
    const opening =
      "Gov. Anna Berg met Sen. Tom Hale and Mayor Ray Cole on Monday about the bridge plan.";
    const r = read(`${opening}\n\n${LEDE}\n\nThe works start next month.\n`);
    expect(r.title).toBeNull();
    expect(r.first).toBe(opening);
  });
});
