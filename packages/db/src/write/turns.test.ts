import { describe, expect, it } from "vitest";
import { stringifyInTurns, turns } from "./turns.ts";

describe("writing in turns", () => {
  it("writes the same JSON as JSON.stringify, long lists included (nested ones too)", async () => {
    const value = {
      a: 1,
      gone: undefined,
      f: () => 1,
      short: [1, "two", null, undefined],
      long: Array.from({ length: 1_234 }, (_, i) => ({ i, s: `"${i}"\n`, u: undefined })),
      exactly: Array.from({ length: 1_000 }, (_, i) => i),
      nested: { list: Array.from({ length: 600 }, () => "x"), deeper: { n: 1, gone: undefined } },
      date: new Date(0),
      empty: [],
    };
    let calls = 0;
    const json = await stringifyInTurns(value, async () => {
      calls++;
    });
    expect(json).toBe(JSON.stringify(value));
    // 3 pieces of the long list, 2 of the exact one, 2 of the nested one.
    expect(calls).toBe(3 + 2 + 2);
  });

  it("gives the event loop a turn once its time is up, not on every call", async () => {
    const turn = turns(5);
    let ran = false;
    setImmediate(() => {
      ran = true;
    });
    await turn();
    expect(ran).toBe(false);
    const until = performance.now() + 6;
    while (performance.now() < until) {}
    await turn();
    expect(ran).toBe(true);
  });
});
