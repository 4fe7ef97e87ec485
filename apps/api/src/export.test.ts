/** Export errors end their response, never the process (issue 13, finding 1). */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Database } from "@whosaid/db";
import { testDatabases } from "@whosaid/db/testing";
import { createYoga } from "graphql-yoga";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ingest, seedText, testApi } from "../test/testing.ts";
import { useExportRoutes } from "./plugins/use-export-routes.ts";
import { schema } from "./schema/index.ts";
import type { Api } from "./yoga.ts";

const backends = await testDatabases();

/** Fails the test when anything escapes to the process while it runs. */
function watchProcess() {
  const escaped: unknown[] = [];
  const onError = (error: unknown) => escaped.push(error);
  beforeEach(() => {
    escaped.length = 0;
    process.on("uncaughtException", onError);
    process.on("unhandledRejection", onError);
  });
  afterEach(() => {
    process.off("uncaughtException", onError);
    process.off("unhandledRejection", onError);
    expect(escaped).toEqual([]);
  });
}

/** A database whose reads start failing after `okReads` queries (a connection lost mid-export). */
function failingAfter(db: Database, okReads: number): Database {
  let reads = 0;
  // Reads are SELECTs, in or out of a transaction.
  const failing = <Q extends Database["query"]>(query: Q): Q =>
    ((sql: string, params?: unknown[]) =>
      /^\s*SELECT/i.test(sql) && ++reads > okReads
        ? Promise.reject(new Error("Connection terminated unexpectedly"))
        : query(sql, params)) as Q;
  return {
    ...db,
    kind: db.kind,
    transaction: (fn) =>
      db.transaction((tx) =>
        fn({ kind: tx.kind, exec: tx.exec.bind(tx), query: failing(tx.query.bind(tx)) }),
      ),
    exec: db.exec.bind(db),
    close: db.close.bind(db),
    query: failing(db.query.bind(db)),
  };
}

describe.each(backends)("export errors on $name", (backend) => {
  let db: Database;
  let api: Api;
  let server: Server;
  let base: string;
  beforeAll(async () => {
    if (backend.skipReason) return;
    db = await backend.open();
    api = testApi(db);
    await ingest(api, { text: seedText() });
    server = createServer(api);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server?.closeAllConnections();
    server?.close();
    await db?.close();
  });
  watchProcess();
  const run = it.skipIf(!!backend.skipReason);

  const bad = [
    ["from before year 1", "from=0000-01-01"],
    ["to before year 1", "to=0000-12-31"],
    ["NUL in speakerName", "speakerName=a%00b"],
    ["NUL in search", "search=war%00peace"],
    ["NUL in source", "source=NBC%00News"],
    ["a 5,000-character search", `search=${"x".repeat(5_000)}`],
    ["a bad id", "speakerId=not-an-id"],
    ["a bad kind", "kind=SHOUTED"],
  ];

  run.each(bad)(
    "answers 400 BAD_USER_INPUT over HTTP to %s and keeps serving",
    async (_n, query) => {
      for (const format of ["csv", "jsonl"]) {
        const res = await fetch(`${base}/export/quotes.${format}?${query}`);
        expect(res.status).toBe(400);
        const body = await res.json();
        expect(body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
      }
      const again = await fetch(`${base}/export/quotes.csv?speakerCountry=UA`);
      expect(again.status).toBe(200);
      expect((await again.text()).split("\r\n").length).toBeGreaterThan(2);
    },
  );

  run("takes the filter's lowercase codes and enum names alike", async () => {
    for (const q of ["kind=direct,partial", "kind=DIRECT", "speakerCategory=government"]) {
      const res = await api.fetch(`http://whosaid.test/export/quotes.jsonl?${q}`);
      expect(res.status).toBe(200);
    }
  });

  run("answers 503 SERVICE_UNAVAILABLE when the database fails before the first row", async () => {
    const broken = testApi(failingAfter(db, 0));
    const res = await broken.fetch("http://whosaid.test/export/quotes.csv");
    expect(res.status).toBe(503);
    const body = await res.json();
    expect(body.errors[0].extensions).toMatchObject({
      code: "SERVICE_UNAVAILABLE",
      retryable: true,
    });
  });

  run(
    "aborts the stream when the database fails mid-export; the server keeps serving",
    async () => {
      // Batches of 2 rows, the second read failing: the first rows are sent, then the response breaks.
      const broken = createYoga({ schema, plugins: [useExportRoutes(failingAfter(db, 1), 2)] });
      const local = createServer(broken);
      await new Promise<void>((resolve) => local.listen(0, "127.0.0.1", resolve));
      const url = `http://127.0.0.1:${(local.address() as AddressInfo).port}`;
      try {
        const res = await fetch(`${url}/export/quotes.csv`);
        expect(res.status).toBe(200);
        await expect(res.text()).rejects.toThrow();
        const again = createYoga({ schema, plugins: [useExportRoutes(failingAfter(db, 1), 2)] });
        const inProcess = await again.fetch("http://whosaid.test/export/quotes.jsonl");
        expect(inProcess.status).toBe(200);
        await expect(inProcess.text()).rejects.toThrow();
        expect((await fetch(`${url}/graphql?query={__typename}`)).status).toBe(200);
      } finally {
        local.closeAllConnections();
        local.close();
      }
    },
  );
});
