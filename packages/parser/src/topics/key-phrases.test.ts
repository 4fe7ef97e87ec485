import { describe, expect, it } from "vitest";
import { keyPhrases } from "./key-phrases.ts";
import { makeDoc } from "./make-doc.ts";
import { tokenizeLine } from "./tokenize-line.ts";

describe("key phrases", () => {
  const doc = makeDoc({
    title: "Peace talks stall as strikes hit energy infrastructure",
    paragraphs: [
      "Officials said the peace talks stalled on Monday after new strikes on energy infrastructure.",
      "A peace talk was proposed. Senior officials said air defense systems were needed.",
      "Last week the president spoke to reporters.",
    ],
  });
  const phrases = keyPhrases(doc).map((k) => k.text);

  it("finds multi-word noun phrases, best first, with scores relative to the best", () => {
    expect(phrases.slice(0, 2).sort()).toEqual(["energy infrastructure", "peace talks"]);
    expect(phrases).toContain("air defense systems");
    expect(keyPhrases(doc)[0].score).toBe(1);
  });

  it("deduplicates by lemma and drops phrases inside better ones", () => {
    expect(phrases.filter((p) => p.startsWith("peace talk"))).toHaveLength(1);
    expect(phrases).not.toContain("defense systems");
  });

  it("leaves out time words, titles and one-word terms", () => {
    expect(phrases.some((p) => /week|president|officials/.test(p))).toBe(false);
    expect(phrases.every((p) => p.includes(" "))).toBe(true);
  });
});

describe("title tokens", () => {
  it("split like wink-nlp and borrow lemmas from the body", () => {
    const body = makeDoc({
      paragraphs: ["Two bombs exploded near the U.S. embassy in Kyiv's centre."],
    }).sentences;
    const tokens = tokenizeLine("Bombs hit U.S. embassy in Kyiv's centre", body);
    expect(tokens.map((t) => t.text)).toEqual([
      "Bombs",
      "hit",
      "U.S.",
      "embassy",
      "in",
      "Kyiv",
      "'s",
      "centre",
    ]);
    expect(tokens[0].lemma).toBe("bomb");
    expect(tokens[1].lemma).toBe("hit");
  });
});
