import { describe, expect, it } from "vitest";
import { quotesOf } from "./test-helpers.ts";

const indirect = (body: string) =>
  quotesOf(body)
    .filter((q) => q.kind === "indirect")
    .map((q) => ({ text: q.text, who: q.who }));

describe("'according to' inside a reported clause", () => {
  it("leaves the clause after 'said that' to the speech verb", () => {
    expect(
      indirect(
        "The ferry union reported on Monday that, according to a review of the logbooks, nine crossings ran late.",
      ),
    ).toEqual([
      {
        text: "according to a review of the logbooks, nine crossings ran late",
        who: "The ferry union",
      },
    ]);
  });

  it("reports the clause after 'after, according to X,'", () => {
    const [found] = indirect(
      "Ivo Brandt left the harbour board in 2004 after, according to the minutes, the chair had overruled him twice.",
    );
    expect(found?.text).toBe("the chair had overruled him twice");
  });
});
