/**
 * Test helper: the backends every storage test should run on. PGlite in memory always; a fresh
 * PostgreSQL database per `open()` on `WHOSAID_TEST_DATABASE_URL`, dropped again on close. When
 * that server is unreachable, `CI=true` fails loudly and anywhere else the PostgreSQL backend is
 * marked skipped with the reason printed.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { readDbEnv } from "../src/env.ts";
import { type OpenOptions, openDatabase } from "../src/open.ts";
import type { Database } from "../src/types.ts";

/** One backend to run tests on. */
export interface TestBackend {
  name: "pglite" | "postgres";
  /** Why this backend's tests must be skipped, or null. */
  skipReason: string | null;
  /** A fresh, migrated, empty database; closing it drops it. */
  open(options?: Pick<OpenOptions, "migrate" | "poolMax">): Promise<Database>;
}

async function probe(url: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return null;
  } catch (error) {
    return error instanceof Error ? error.message || error.name : String(error);
  } finally {
    await client.end().catch(() => {});
  }
}

/** Creates a database named whosaid_test_<random> on the server; returns its URL and a drop function. */
export async function createTestDatabase(
  serverUrl: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `whosaid_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}

/** The backends to run storage tests on: PGlite in memory and a PostgreSQL server. */
export async function testDatabases(): Promise<TestBackend[]> {
  const env = readDbEnv();
  const problem = await probe(env.testDatabaseUrl);
  if (problem && env.ci) {
    throw new Error(
      `CI=true but the test PostgreSQL server (${env.testDatabaseUrl}) is unreachable: ${problem}`,
    );
  }
  const skipReason = problem
    ? `PostgreSQL at ${env.testDatabaseUrl} is unreachable (${problem})`
    : null;
  if (skipReason) console.warn(`[whosaid/db] skipping PostgreSQL tests: ${skipReason}`);
  return [
    {
      name: "pglite",
      skipReason: null,
      open: (options) => openDatabase({ ...options, memory: true }),
    },
    {
      name: "postgres",
      skipReason,
      async open(options) {
        const temp = await createTestDatabase(env.testDatabaseUrl);
        try {
          const db = await openDatabase({
            ...options,
            url: temp.url,
            poolMax: options?.poolMax ?? 4,
          });
          const close = db.close.bind(db);
          return Object.assign(db, {
            async close() {
              await close();
              await temp.drop();
            },
          });
        } catch (error) {
          await temp.drop();
          throw error;
        }
      },
    },
  ];
}
