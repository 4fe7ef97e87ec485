import { describe, expect, it } from "vitest";
import { goldOf } from "./evaluate.ts";
import type { GoldArticle, GoldQuote } from "./gold.ts";

const TEXT = "The mayor said the ferry runs late. The survey found most riders wait an hour.";

function quote(text: string, speechCue: boolean): GoldQuote {
  const i = TEXT.indexOf(text);
  return {
    kind: "indirect",
    ranges: [[i, i + text.length]],
    text,
    speaker: null,
    speakerStart: null,
    speakerEnd: null,
    speakerIsPronoun: false,
    speechCue,
    optional: false,
  };
}

const article: GoldArticle = {
  id: "a",
  text: TEXT,
  date: null,
  quotes: [quote("the ferry runs late", true), quote("most riders wait an hour", false)],
};

describe("goldOf", () => {
  it("drops gold whose cue is no verb of speech with --speech-only", () => {
    const gold = goldOf(article, { groups: ["all"], speechOnly: true });
    expect(gold.map((g) => g.text)).toEqual(["the ferry runs late"]);
  });

  it("keeps it as optional with --non-speech-optional", () => {
    const gold = goldOf(article, { groups: ["all"], speechOnly: true, nonSpeechOptional: true });
    expect(gold.map((g) => [g.text, g.optional])).toEqual([
      ["the ferry runs late", false],
      ["most riders wait an hour", true],
    ]);
  });

  it("keeps every attribution, none optional, without --speech-only", () => {
    const gold = goldOf(article, { groups: ["all"], speechOnly: false, nonSpeechOptional: true });
    expect(gold.every((g) => !g.optional)).toBe(true);
    expect(gold).toHaveLength(2);
  });
});
