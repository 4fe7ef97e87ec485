import { describe, expect, it } from "vitest";
import type { Doc } from "../doc.ts";
import { topics } from "../stages/topics.ts";
import type { Quote } from "../types.ts";
import { makeDoc } from "./make-doc.ts";

/** A quote over the first occurrence of `text`, as the quotes stage would produce it. */
function quoteOf(doc: Doc, text: string, statementId: string, speaker?: string): Quote {
  const start = doc.text.indexOf(text);
  const s = speaker ? doc.text.indexOf(speaker, start) : -1;
  return {
    id: `q-${statementId}-${start}`,
    statementId,
    text,
    start,
    end: start + text.length,
    kind: "direct",
    speakerId: null,
    speakerLabel: null,
    speakerCountry: null,
    speakerMention: s >= 0 ? { text: speaker!, start: s, end: s + speaker!.length } : null,
    speakerType: null,
    speakerMentionKind: s >= 0 ? "name" : null,
    cue: { text: "said", lemma: "say" },
    channel: null,
    statedAt: null,
    paragraph: 0,
    topics: [],
  };
}

const base = makeDoc({
  title: "Ministers trade blame as war grinds on",
  publishedAt: "2022-11-15",
  paragraphs: [
    "Troops fought along the front line as shelling continued across the region.",
    "“We are ready to hold talks,” the foreign minister said on Twitter late Monday.",
    "“The other side refuses any negotiations,” his counterpart countered.",
    "“Our soldiers will keep fighting,” the commander said. “We have the artillery we need.”",
    "“It makes sense,” an analyst said.",
  ],
});
const doc: Doc = {
  ...base,
  quotes: [
    quoteOf(base, "We are ready to hold talks,", "s1", "the foreign minister"),
    quoteOf(base, "The other side refuses any negotiations,", "s2", "his counterpart"),
    quoteOf(base, "Our soldiers will keep fighting,", "s3", "the commander"),
    quoteOf(base, "We have the artillery we need.", "s3"),
    quoteOf(base, "It makes sense,", "s4", "an analyst"),
  ],
};
const out = topics(doc);
const byStatement = (id: string) => out.quotes.filter((q) => q.statementId === id);

describe("statement topics and statedAt", () => {
  it("gives statements about talks a diplomacy or peace-talks topic", () => {
    for (const id of ["s1", "s2"]) {
      const labels = byStatement(id)[0].topics.map((t) => t.label);
      expect(
        labels.some((l) => /diplomacy|peace/.test(l)),
        labels.join(),
      ).toBe(true);
    }
  });

  it("shares one statement's topics across its segments", () => {
    const [a, b] = byStatement("s3");
    expect(a.topics).toEqual(b.topics);
    expect(a.topics[0].label).toMatch(/armed|war|forces|defense|weaponry/);
  });

  it("lets a statement without cues inherit the article's best topic", () => {
    expect(byStatement("s4")[0].topics).toHaveLength(1);
    expect(byStatement("s4")[0].topics[0].id).toBe(out.topics[0].id);
  });

  it("dates a statement by its own sentence, else by the article", () => {
    expect(byStatement("s1")[0].statedAt).toBe("2022-11-14");
    expect(byStatement("s2")[0].statedAt).toBe("2022-11-15");
  });

  it("adds nothing to an article in another language", () => {
    const german = topics({ ...doc, article: { ...doc.article, language: "de" } });
    expect(german.topics).toEqual([]);
    expect(german.places).toEqual([]);
  });

  it("is pure: the input Doc and its quotes are untouched", () => {
    expect(doc.quotes[0].topics).toEqual([]);
    expect(doc.quotes[0].statedAt).toBeNull();
    expect(out).not.toBe(doc);
  });
});
