import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "./open.ts";
import type { Database } from "./types.ts";

describe("PGlite on its own thread", () => {
  let db: Database;
  beforeAll(async () => {
    db = await openDatabase({ memory: true, migrate: false });
  });
  afterAll(async () => db?.close());

  it("answers a ping between statements, not after every statement queued before it", async () => {
    const order: string[] = [];
    // 200 statements of ~5 ms each, all sent before the ping: PGlite runs one at a time.
    const statements = Array.from({ length: 200 }, (_, i) =>
      db.query("SELECT pg_sleep(0.005)").then(() => order.push(`q${i}`)),
    );
    const ping = db.ping().then(() => order.push("ping"));
    await Promise.all([...statements, ping]);
    // The ping waits for a call into PostgreSQL at most, not for the whole queue (a second).
    expect(order.indexOf("ping")).toBeLessThan(20);
  });

  it("keeps transactions whole while other statements wait", async () => {
    await db.exec("CREATE TABLE IF NOT EXISTS t (n int)");
    const outside = db.query("INSERT INTO t VALUES (100)");
    await db.transaction(async (tx) => {
      await tx.query("INSERT INTO t VALUES (1)");
      await db.ping();
      await tx.query("INSERT INTO t VALUES (2)");
    });
    await outside;
    const { rows } = await db.query<{ n: number }>("SELECT n FROM t ORDER BY n");
    expect(rows.map((r) => r.n)).toEqual([1, 2, 100]);
  });

  it("sizes new WAL segments without zero-filling them (a second per 16 MB of writes)", async () => {
    const { rows } = await db.query<{ wal_init_zero: string }>("SHOW wal_init_zero");
    expect(rows[0].wal_init_zero).toBe("off");
  });
});
