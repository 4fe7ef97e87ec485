import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { asciiOnly, buildWorkerBundle, currentWorkerBundle } from "./bundle.ts";
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
    // One-byte source text in V8 (see asciiOnly).
    expect(readFileSync(fileURLToPath(url), "utf8")).toMatch(/^[\0-\x7f]*$/);
  }, 120_000);

  it("writes characters beyond ASCII as escapes that mean the same", () => {
    const source = String.raw`return ["é\é", /[«»]+/u.test("»«"), /\«x/.test("«x"), ${"`"}广告${"`"}, "😀"];`;
    const escaped = asciiOnly(source);
    expect(escaped).toMatch(/^[\0-\x7f]*$/);
    expect(new Function(escaped)()).toEqual(new Function(source)());
    expect(new Function(escaped)()).toEqual(["éé", true, true, "广告", "😀"]);
  });
});
