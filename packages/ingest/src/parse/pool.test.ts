import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { createParserPool } from "./pool.ts";

const reference = readFileSync(
  new URL("../../../../samples/articles/nbc-ukraine-kherson.txt", import.meta.url),
  "utf8",
);
const small = {
  input: 'Talks resume\n\n"We are ready," said Anna Kovacs, the minister.',
  options: {},
};
// Token-dense text: seconds of parsing per megabyte, far past a limit of three seconds with no
// allowance per megabyte, on any machine.
const slow = { input: `Headline\n\n${"ab1.".repeat(500_000)}`, options: {} };

describe("parser pool", () => {
  const pool = createParserPool({ threads: 1 });
  afterAll(() => pool.close());

  it("parses on a worker thread and refuses what the parser refuses, with its code", async () => {
    const [ok, empty] = await Promise.all([
      pool.parse({ input: reference, options: { format: "text" } }),
      pool.parse({ input: "   ", options: {} }),
    ]);
    expect(ok.ok && ok.parsed.article.title).toMatch(/^Ukraine dismisses/);
    expect(!empty.ok && empty.code).toBe("EMPTY_INPUT");
    expect(pool.threadIds()).toHaveLength(1);
  });

  it("cancels a queued job and a running one when their signal aborts", async () => {
    const running = new AbortController();
    const queued = new AbortController();
    const first = pool.parse(slow, { signal: running.signal });
    const second = pool.parse(small, { signal: queued.signal });
    queued.abort();
    expect(await second).toMatchObject({ ok: false, code: "PARSE_ABORTED" });
    const before = pool.threadIds();
    setTimeout(() => running.abort(), 1000);
    expect(await first).toMatchObject({ ok: false, code: "PARSE_ABORTED" });
    expect(await pool.parse(small)).toMatchObject({ ok: true });
    expect(pool.threadIds()).not.toEqual(before);
  }, 120_000);
});

describe("parser pool time limit", () => {
  const pool = createParserPool({ threads: 1, timeLimit: { baseMs: 3000, msPerMb: 0 } });
  afterAll(() => pool.close());

  it("refuses a parse past its limit, replaces the thread, and runs the job queued behind it", async () => {
    expect(await pool.parse(small)).toMatchObject({ ok: true }); // the thread is up and warm
    const before = pool.threadIds();
    const [stuck, queued] = await Promise.all([pool.parse(slow), pool.parse(small)]);
    expect(stuck).toMatchObject({ ok: false, code: "PARSE_TIMEOUT" });
    expect(!stuck.ok && stuck.message).toMatch(/longer than 3\.0 s/);
    expect(queued.ok && queued.parsed.quotes).toHaveLength(1);
    expect(pool.threadIds()).toHaveLength(1);
    expect(pool.threadIds()).not.toEqual(before);
    expect(await pool.parse(small)).toMatchObject({ ok: true });
  }, 120_000);
});
