/**
 * The database side of ingest alone: N sample articles (default 2,000; `--writes-n=N`) made
 * distinct and parsed once before the clock starts, then stored with `ingestBatch` in batches of 50
 * into a fresh PGlite folder and a fresh PostgreSQL database. The parse is left out so that the
 * figure is the batch writer's, not the parser's; statements per article count every `query`.
 * `--writes-db=URL` writes into that PostgreSQL database as it is (e.g. the serving benchmark's
 * archive of a million articles) instead of a fresh one; `--writes-only-batch` skips ingestEach.
 * `--writes-ids=random,time-ordered` (with `--writes-db`) alternates how the new articles of the kept
 * archive get their ids (migration 120's default or the random one before it).
 * `--writes-schemas=112,all` alternates fresh databases migrated up to each version (`all`: every
 * migration) with `ingestBatch`, so a schema change is measured before and after in one run.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { distinctCopy, loadSamples } from "@whosaid/api/bench";
import {
  type BatchItem,
  type Database,
  type IngestResult,
  ingestBatch,
  ingestEach,
  loadMigrations,
  migrate,
  openDatabase,
  readDbEnv,
} from "@whosaid/db";
import { serverProcessIds, setArticleIds } from "@whosaid/db/bench";
import { createTestDatabase } from "@whosaid/db/testing";
import { parseArticle } from "@whosaid/parser";
import type { BenchRow } from "../index.ts";
import { cpuSeconds } from "../serving-client.ts";

export const name = "ingest-writes";
export const description = "articles/s of ingestBatch alone (parsed before timing), both backends";

const BATCH = 50;

function parsedCopies(n: number, salt = ""): BatchItem[] {
  const samples = loadSamples();
  const items: BatchItem[] = [];
  for (let i = 0; i < n; i++) {
    const s = samples[i % samples.length];
    const text = distinctCopy(s.text, `Benchmark copy ${i}${salt}.`);
    const meta = { url: s.url ?? null, publishedAt: s.publishedAt ?? null };
    items.push({ parsed: parseArticle(text, { format: "text" }), meta });
  }
  return items;
}

/** The database with every statement counted, in and out of transactions. */
function counted(db: Database): {
  db: Database;
  statements: () => number;
  slowest: () => string;
} {
  let n = 0;
  const ms = new Map<string, number>();
  const wrap = <Q extends { query: Database["query"] }>(q: Q): Q =>
    new Proxy(q, {
      get(target, key, receiver) {
        if (key === "query")
          return async (sql: string, params?: unknown[]) => {
            n++;
            const t0 = performance.now();
            try {
              return await target.query(sql, params);
            } finally {
              const key = sql.replace(/\s+/g, " ").trim().slice(0, 48);
              ms.set(key, (ms.get(key) ?? 0) + performance.now() - t0);
            }
          };
        const value = Reflect.get(target, key, receiver);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
  const inner = wrap(db);
  const outer = new Proxy(inner, {
    get(target, key, receiver) {
      if (key === "transaction")
        return <T>(fn: (tx: Parameters<Parameters<Database["transaction"]>[0]>[0]) => Promise<T>) =>
          db.transaction((tx) => fn(wrap(tx)));
      return Reflect.get(target, key, receiver);
    },
  });
  const slowest = () =>
    [...ms]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 6)
      .map(([k, t]) => `${(t / 1000).toFixed(1)} s ${k}`)
      .join(" | ");
  return { db: outer, statements: () => n, slowest };
}

type Writer = (db: Database, items: BatchItem[]) => Promise<(IngestResult | Error)[]>;

/** The batch writer, and the article-by-article path it falls back to, for a same-run ratio. */
const WRITERS: [string, Writer][] = [
  ["ingestBatch", ingestBatch],
  ["article by article (ingestEach)", ingestEach],
];

async function measure(
  label: string,
  db: Database,
  items: BatchItem[],
  write: Writer,
): Promise<BenchRow> {
  const { db: c, statements, slowest } = counted(db);
  // PostgreSQL's own CPU: every connection to the database (from /proc, same machine).
  const serverCpu = async () => {
    if (db.kind !== "postgres") return new Map<number, number>();
    return new Map((await serverProcessIds(db)).map((p) => [p, cpuSeconds(p)]));
  };
  const server0 = await serverCpu();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let created = 0;
  for (let i = 0; i < items.length; i += BATCH) {
    const results = await write(c, items.slice(i, i + BATCH));
    for (const r of results) if (!(r instanceof Error) && r.created) created++;
  }
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  let server = 0;
  for (const [p, s] of await serverCpu()) server += s - (server0.get(p) ?? 0);
  const node = (cpu.user + cpu.system) / 1e6;
  const ms = (s: number) => Number(((s / items.length) * 1000).toFixed(2));
  return {
    suite: name,
    case: `${label}, ${items.length} articles`,
    metrics: {
      "articles/s": created / seconds,
      seconds,
      "statements/article": statements() / items.length,
      "node CPU s": node,
      ...(db.kind === "postgres" ? { "server CPU s": server } : {}),
      // PGlite runs in this process: its CPU is the database's too.
      "CPU ms/article": ms(node + server),
      created,
    },
    notes: `batches of ${BATCH}, parse excluded; slowest statements: ${slowest()}`,
  };
}

export async function run(args: string[]): Promise<BenchRow[]> {
  const n = Number(args.find((a) => a.startsWith("--writes-n="))?.split("=")[1] ?? 2000);
  const flag = (f: string) =>
    args.find((a) => a.startsWith(`--writes-${f}=`))?.slice(f.length + 10);
  const into = flag("db");
  const ids = flag("ids")?.split(",") as ("random" | "time-ordered")[] | undefined;
  // Into a kept database, new content every run (the same copies would be stored already). With both id kinds,
  // each measurement parses articles of its own.
  const items = into && ids ? [] : parsedCopies(n, into ? ` run ${Date.now().toString(36)}` : "");
  const schemas = flag("schemas")?.split(",");
  const writers: [string, Writer, string?][] = schemas
    ? schemas.map((v) => [`ingestBatch, migrations up to ${v}`, ingestBatch, v])
    : args.includes("--writes-only-batch")
      ? WRITERS.slice(0, 1)
      : WRITERS;
  // Alternate the writers for several rounds: on a shared machine the load moves within minutes.
  const rounds = Number(flag("rounds") ?? 1);
  const backends = (flag("backends") ?? "pglite,postgres").split(",");
  const rows: BenchRow[] = [];
  for (let round = 0; round < rounds; round++)
    for (const [writer, write, upTo] of writers)
      rows.push(
        ...(into
          ? await intoKeptEach(into, writer, write, items, n, ids, round)
          : await both(writer, write, items, backends, upTo)),
      );
  return rows;
}

/** Writes into a kept PostgreSQL database, which is left as it is (with the new articles). */
/** One measurement per id kind (alternating), each with articles of its own. */
async function intoKeptEach(
  url: string,
  writer: string,
  write: Writer,
  items: BatchItem[],
  n: number,
  ids: ("random" | "time-ordered")[] | undefined,
  round: number,
): Promise<BenchRow[]> {
  if (!ids) return [await intoKept(url, writer, write, items)];
  const rows: BenchRow[] = [];
  for (const [k, id] of ids.entries()) {
    const own = parsedCopies(n, ` run ${Date.now().toString(36)} ${round} ${k}`);
    rows.push(await intoKept(url, `${writer}, ${id} ids`, write, own, id));
  }
  return rows;
}

async function intoKept(
  url: string,
  writer: string,
  write: Writer,
  items: BatchItem[],
  ids?: "random" | "time-ordered",
): Promise<BenchRow> {
  const db = await openDatabase({ url });
  try {
    if (ids) await setArticleIds(db, ids);
    const { rows } = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM articles");
    return await measure(`PostgreSQL holding ${rows[0].n} articles, ${writer}`, db, items, write);
  } finally {
    if (ids) await setArticleIds(db, "time-ordered");
    await db.close();
  }
}

async function both(
  writer: string,
  write: Writer,
  items: BatchItem[],
  backends: string[],
  upTo = "all",
): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const migrations = loadMigrations().filter((m) => upTo === "all" || m.version <= Number(upTo));
  const opened = async (db: Database) => {
    await migrate(db, migrations);
    return db;
  };
  if (backends.includes("pglite")) {
    const dataDir = mkdtempSync(join(tmpdir(), "whosaid-bench-writes-"));
    try {
      const db = await opened(await openDatabase({ dataDir, migrate: false }));
      try {
        rows.push(await measure(`PGlite (folder), ${writer}`, db, items, write));
      } finally {
        await db.close();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  if (backends.includes("postgres")) {
    const temp = await createTestDatabase(readDbEnv().testDatabaseUrl).catch((e: Error) => e);
    if (temp instanceof Error) {
      rows.push({
        suite: name,
        case: "PostgreSQL",
        metrics: {},
        notes: `skipped: ${temp.message}`,
      });
      return rows;
    }
    const pg = await opened(await openDatabase({ url: temp.url, migrate: false }));
    try {
      rows.push(await measure(`PostgreSQL, ${writer}`, pg, items, write));
    } finally {
      await pg.close();
      await temp.drop();
    }
  }
  return rows;
}
