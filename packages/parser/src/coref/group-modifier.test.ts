import { describe, expect, it } from "vitest";
import { quotesOf } from "../quotes/test-helpers.ts";

describe("a plural description that shares its modifier with a named group", () => {
  it("is the group named in the next paragraph", () => {
    const quotes = quotesOf(
      [
        "The mining firm says it has permits from every village council in the valley, but the traditional elders say those permits do not cover the burial grounds.",
        "Kaska traditional councillors and the province met again on Thursday.",
      ].join("\n\n"),
    );
    expect(quotes[1]).toMatchObject({ who: "Kaska traditional councillors", speakerType: "group" });
  });

  it("is the group named before, and stays a label with a vague modifier", () => {
    const quotes = quotesOf(
      [
        "Unifor striking workers rallied outside the plant gates on Monday.",
        "The striking employees said the company had not called them back. The other employees said little.",
      ].join("\n\n"),
    );
    expect(quotes.find((q) => q.text.startsWith("the company"))?.who).toBe(
      "Unifor striking workers",
    );
    expect(quotes.find((q) => q.text === "little")?.who).not.toBe("Unifor striking workers");
  });
});
