import { describe, expect, it } from "vitest";
import { parseArticle } from "../index.ts";
import { nlp } from "./nlp.ts";

const tokens = (text: string) => nlp.readDoc(text).tokens().out();

describe("wink-nlp reads every article as a new process would", () => {
  it("splits a possessive the same way before and after it met the word before a comma", () => {
    const before = tokens("The anchor spoke to Zorvex’s viewers.");
    tokens("It was closer to Zorvex’s, and the rest followed.");
    expect(tokens("The anchor spoke to Zorvex’s viewers.")).toEqual(before);
    expect(before).toContain("Zorvex");
  });

  it("parses an article the same whatever was parsed before it", () => {
    const article =
      'Talks stall\n\nQuillon’s chief, Maren Ostby, said the deal was off. "We walked away," Ostby said.';
    const first = JSON.stringify(parseArticle(article));
    parseArticle(
      "Network news\n\nShe moved closer to Quillon’s, and others followed. Maren Ostby’s, too.",
    );
    expect(JSON.stringify(parseArticle(article))).toBe(first);
  });
});
