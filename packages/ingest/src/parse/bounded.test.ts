/**
 * Parse time is bounded on the inputs that used to make it grow faster than their size: each
 * parses within the default time limit for its size (base + allowance per MB). Before the parser
 * was made linear, a 200,000-character word took 21 s and 1 MB of quotations 22.6 s on a quiet
 * machine; the figures per MB are in `pnpm bench parse-bounds`.
 */
import { afterAll, describe, expect, it } from "vitest";
import { generatedInputs } from "../../test/inputs.ts";
import { createParserPool } from "./pool.ts";

describe("parse time within the default limit", () => {
  const pool = createParserPool({ threads: 2 });
  afterAll(() => pool.close());

  it("parses a 200,000-character word and 1 MB of quotations", async () => {
    const [word, quotes] = await Promise.all([
      pool.parse({ input: `A long word\n\n${"x".repeat(200_000)}`, options: {} }),
      pool.parse(generatedInputs["quote-dense"](1_000_000)),
    ]);
    expect(word).toMatchObject({ ok: true });
    expect(quotes.ok && quotes.parsed.quotes.length).toBeGreaterThan(10_000);
  }, 300_000);

  it.each(Object.keys(generatedInputs))(
    "parses 300 KB of %s",
    async (kind) => {
      const outcome = await pool.parse(generatedInputs[kind](300_000));
      expect(outcome.ok || outcome.code).toBe(true);
    },
    300_000,
  );
});
