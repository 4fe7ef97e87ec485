import { describe, expect, it } from "vitest";
import { quotesOf } from "./test-helpers.ts";

/** Who each quotation (direct or partial) is given to. */
const quotedWho = (body: string) =>
  quotesOf(body)
    .filter((q) => q.kind !== "indirect")
    .map((q) => [q.text, q.who]);

describe("a quote carried by a participle of speech (“…, saying …”)", () => {
  it("never gives it to the listener or the thing named after the participle", () => {
    expect(
      quotedWho(
        "Farida Osei brushed off the criticism on Monday, telling reporters, “The pier will open in June.”",
      ),
    ).toEqual([["The pier will open in June.", "Farida Osei"]]);
    expect(
      quotedWho(
        'Councillor Piet Marais conceded there was "a lot left to fix," noting rising costs in the harbour district.',
      ),
    ).toEqual([["a lot left to fix,", "Piet Marais"]]);
  });

  it("gives it to the subject of the clause, not to the object of its verb", () => {
    expect(
      quotedWho(
        "Ingrid Solberg later posted a long comment of her own, saying, “We are thrilled to welcome the new ferry.”",
      ),
    ).toEqual([["We are thrilled to welcome the new ferry.", "Ingrid Solberg"]]);
    expect(
      quotedWho(
        'After the count, Mayor Tobias Lind sent out a short letter to residents saying: "Thank you for trusting us again."',
      ),
    ).toEqual([["Thank you for trusting us again.", "Tobias Lind"]]);
  });

  it("skips the subject of a clause that “that” opens", () => {
    expect(
      quotedWho(
        "Rosa Quintero argued that a permit system would keep trucks off the bridge, saying it was “all about safety.”",
      ),
    ).toEqual([["all about safety.", "Rosa Quintero"]]);
  });
});
