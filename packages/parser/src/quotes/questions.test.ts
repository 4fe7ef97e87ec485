import { describe, expect, it } from "vitest";
import { quotesOf } from "./test-helpers.ts";

const indirect = (body: string) => quotesOf(body).filter((q) => q.kind === "indirect");

describe("questions put to someone", () => {
  it("reports the question of a fronted 'Asked whether' up to the main clause, asked by nobody named", () => {
    const found = indirect(
      "Asked whether she would sign the harbour levy, Councillor Ines Dorval gave no answer.",
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      text: "whether she would sign the harbour levy",
      cue: { lemma: "ask" },
      speakerMention: null,
    });
  });

  it("reads 'when asked about' and the passive 'was asked', and the asker after 'by'", () => {
    const [about] = indirect("When asked about the flooded tunnels, Omar Teller shrugged.");
    expect(about?.text).toBe("the flooded tunnels");
    const [byCaller] = indirect(
      "The mayor was asked by a caller why the night ferry had stopped running.",
    );
    expect(byCaller).toMatchObject({
      text: "why the night ferry had stopped running",
      who: "a caller",
    });
  });

  it("leaves requests alone: 'was asked to resign', 'asked for help'", () => {
    expect(indirect("The treasurer was asked to resign after the audit.")).toEqual([]);
    expect(indirect("Asked for help by neighbours, the warden opened the gym.")).toEqual([]);
  });
});
