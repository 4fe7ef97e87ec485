import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildWorkerBundle, currentWorkerBundle } from "./bundle.ts";
import { type PackedOutcome, unpackOutcome } from "./packed.ts";
import { runParse } from "./run.ts";

const reference = readFileSync(
  new URL("../../../../samples/articles/nbc-ukraine-kherson.txt", import.meta.url),
  "utf8",
);

describe("parser thread bundle", () => {
  it("is current once built, and parses exactly as the TypeScript sources do", async () => {
    const url = await buildWorkerBundle();
    expect(currentWorkerBundle()).toBe(url);
    const { default: parseInWorker } = (await import(url)) as {
      default: (job: unknown) => { outcome: PackedOutcome };
    };
    const job = { input: reference, options: { format: "text" as const } };
    const started = new Int32Array(new SharedArrayBuffer(4));
    const bundled = await unpackOutcome(parseInWorker({ ...job, started }).outcome);
    expect(bundled).toEqual(runParse(job));
    expect(Atomics.load(started, 0)).toBe(1);
  }, 120_000);
});
