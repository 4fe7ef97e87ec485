import { afterAll, describe, expect, it } from "vitest";
import { seedText } from "../testing.ts";
import { ParsePool } from "./pool.ts";

describe("ParsePool", () => {
  const pool = new ParsePool(1);
  afterAll(() => pool.close());

  it("parses on a worker thread and reports refusals without throwing", async () => {
    const [ok, empty] = await Promise.all([
      pool.parse({ input: seedText(), options: { format: "text" } }),
      pool.parse({ input: "   ", options: {} }),
    ]);
    expect("parsed" in ok && ok.parsed.article.title).toMatch(/^Ukraine dismisses/);
    expect("refused" in empty && empty.refused.code).toBe("EMPTY_INPUT");
  });
});
