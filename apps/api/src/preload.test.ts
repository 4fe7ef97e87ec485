import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase } from "@whosaid/db";
import { createParserPool } from "@whosaid/ingest";
import { afterAll, describe, expect, it } from "vitest";
import { preload } from "./preload.ts";

const folder = mkdtempSync(join(tmpdir(), "whosaid-preload-"));
writeFileSync(
  join(folder, "harbour.txt"),
  'Harbour works delayed\n\nThe port authority said on Tuesday that dredging would pause. "The channel is too shallow," said Marta Lindqvist, its director.\n',
);
writeFileSync(
  join(folder, "more.jsonl"),
  `${JSON.stringify({ id: "a", text: 'Orchard yields fall\n\n"Frost took the blossom," the grower Tomas Berg told reporters.\n' })}\n${JSON.stringify({ id: "b", text: "" })}\n`,
);

describe("preload", () => {
  const parser = createParserPool({ threads: 1 });
  afterAll(async () => {
    await parser.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it("stores what it finds under the paths, says how it went, and adds nothing the second time", async () => {
    const db = await openDatabase({ memory: true });
    try {
      const lines: string[] = [];
      const first = await preload(db, parser, [folder], (l) => lines.push(l));
      expect(first).toMatchObject({ total: 3, created: 2, existing: 0 });
      expect(first?.errors).toHaveLength(1);
      expect(lines[0]).toMatch(/^preloading 3 articles/);
      expect(lines.at(-1)).toMatch(
        /^preload done in [\d.]+ s: 2 new, 0 already stored, 1 refused$/,
      );
      const again = await preload(db, parser, [folder], () => {});
      expect(again).toMatchObject({ created: 0, existing: 2 });
    } finally {
      await db.close();
    }
  }, 120_000);

  it("logs a path that does not exist instead of failing the API", async () => {
    const db = await openDatabase({ memory: true });
    try {
      const lines: string[] = [];
      expect(await preload(db, parser, [join(folder, "missing")], (l) => lines.push(l))).toBeNull();
      expect(lines).toEqual([expect.stringMatching(/^preload failed: .*ENOENT/)]);
    } finally {
      await db.close();
    }
  });
});
