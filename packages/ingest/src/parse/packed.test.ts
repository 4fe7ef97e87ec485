import { setImmediate as turn } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { generatedInputs } from "../../test/inputs.ts";
import { packOutcome, unpackOutcome } from "./packed.ts";
import { runParse } from "./run.ts";

describe("a parse outcome in pieces", () => {
  it("comes back exactly, long lists included, with turns of the event loop while it is read", async () => {
    const outcome = runParse(generatedInputs["quote-dense"](150_000));
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.parsed.quotes.length).toBeGreaterThan(1_000);
    const packed = packOutcome(outcome);
    expect(packed.ok && packed.lists.map((l) => l.key)).toContain("quotes");
    let turns = 0;
    let reading = true;
    const count = async () => {
      while (reading) {
        await turn();
        turns++;
      }
    };
    const counting = count();
    const back = await unpackOutcome(packed);
    reading = false;
    await counting;
    expect(back).toEqual(outcome);
    expect(turns).toBeGreaterThan(2);
  }, 120_000);

  it("passes a refusal as it is", async () => {
    const refused = runParse({ input: "", options: { format: "text" } });
    expect(refused.ok).toBe(false);
    expect(await unpackOutcome(packOutcome(refused))).toEqual(refused);
  });
});
