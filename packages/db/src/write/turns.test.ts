import { describe, expect, it } from "vitest";
import { stringifyInTurns, turns } from "./turns.ts";

describe("writing in turns", () => {
  it("writes the same JSON as JSON.stringify, long lists included", async () => {
    const value = {
      a: 1,
      gone: undefined,
      f: () => 1,
      short: [1, "two", null, undefined],
      long: Array.from({ length: 1_234 }, (_, i) => ({ i, s: `"${i}"\n`, u: undefined })),
      exactly: Array.from({ length: 1_000 }, (_, i) => i),
      nested: { list: Array.from({ length: 600 }, () => "x") },
      empty: [],
    };
    let calls = 0;
    const json = await stringifyInTurns(value, async () => {
      calls++;
    });
    expect(json).toBe(JSON.stringify(value));
    expect(calls).toBe(3 + 2);
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
