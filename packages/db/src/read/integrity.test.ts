import { parseArticle } from "@whosaid/parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabases } from "../../test/testing.ts";
import type { Database } from "../types.ts";
import { ingestParsedArticle } from "../write/index.ts";
import { incompleteArticles } from "./integrity.ts";

const backends = await testDatabases();
const text = `Dam Holds After Storm

The mayor of Springfield, John Carter, said on Monday: "The dam held and everyone is safe." Engineers said the water would fall by Friday, according to the city's statement.`;

describe.each(backends)("incompleteArticles on $name", (backend) => {
  let db: Database;
  beforeAll(async () => {
    if (backend.skipReason) return;
    db = await backend.open();
  });
  afterAll(async () => db?.close());
  const run = it.skipIf(!!backend.skipReason);

  run("finds nothing after a whole ingest, and the article whose quotes are gone", async () => {
    const { id } = await ingestParsedArticle(db, parseArticle(text));
    expect(await incompleteArticles(db)).toEqual([]);
    const { rows } = await db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM quotes WHERE article_id = $1",
      [id],
    );
    expect(rows[0].n).toBeGreaterThan(0);
    await db.query("DELETE FROM quotes WHERE article_id = $1", [id]);
    expect(await incompleteArticles(db)).toEqual([id]);
  });
});
