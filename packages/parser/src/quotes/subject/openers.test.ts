import { describe, expect, it } from "vitest";
import { quotesOf } from "../test-helpers.ts";

const whoSaid = (body: string, start: string) =>
  quotesOf(body).find((q) => q.text.startsWith(start))?.who;

describe("words that open a sentence are no speakers", () => {
  it("gives a participle in a fronted 'Since …,' clause to the main clause's subject", () => {
    const body =
      "Since announcing in March that she would leave the board, Councillor Maya Lindgren has kept a low profile.";
    expect(whoSaid(body, "she would leave the board")).toBe("Maya Lindgren");
  });

  it("reads an appositive that opens with an adverb and an age", () => {
    const body =
      "“If the ferry had stopped, I would have lost the farm,” Mr. Okafor, now 79 and retired in Moncton, said by phone.";
    expect(whoSaid(body, "If the ferry had stopped")).toBe("Okafor");
  });

  it("never takes a sentence word such as 'Even' into the speaker as written", () => {
    const body = "Even the harbour master, a supporter of the plan, said the costs were too high.";
    const q = quotesOf(body).find((x) => x.text.startsWith("the costs were too high"));
    expect(q?.speakerMention?.text).toBe("the harbour master");
  });
});
