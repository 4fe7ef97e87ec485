/**
 * Safe defaults a deployment should not have to fix: loopback only unless HOST says otherwise,
 * GraphiQL and introspection switchable (and validated), no credentials for "*" origins, and
 * article URLs that are links, never javascript: or data:.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { connect } from "node:net";
import { networkInterfaces, tmpdir } from "node:os";
import { join } from "node:path";
import { type Database, openDatabase } from "@whosaid/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gql, INGEST, INGEST_TOKEN, seedText, testApi } from "../test/testing.ts";
import { readEnv } from "./env.ts";
import { startApiProcess } from "./processes.ts";

let db: Database;
beforeAll(async () => {
  db = await openDatabase({ memory: true });
});
afterAll(async () => db?.close());

describe("the API's environment", () => {
  it("listens on 127.0.0.1 with GraphiQL and introspection on, unless told otherwise", () => {
    expect(readEnv({})).toMatchObject({ host: "127.0.0.1", graphiql: true, introspection: true });
    expect(
      readEnv({ HOST: "0.0.0.0", WHOSAID_GRAPHIQL: "false", WHOSAID_INTROSPECTION: "off" }),
    ).toMatchObject({ host: "0.0.0.0", graphiql: false, introspection: false });
  });

  it("refuses values it cannot read, naming the variable", () => {
    expect(() => readEnv({ WHOSAID_GRAPHIQL: "maybe" })).toThrow(/WHOSAID_GRAPHIQL/);
    expect(() => readEnv({ WHOSAID_INTROSPECTION: "disabled" })).toThrow(/WHOSAID_INTROSPECTION/);
    expect(() => readEnv({ HOST: "http://x/" })).toThrow(/HOST/);
    expect(() => readEnv({ WHOSAID_WEB_ORIGIN: "*,http://localhost:3000" })).toThrow(/alone/);
    expect(readEnv({ WHOSAID_WEB_ORIGIN: "*" }).webOrigins).toBe("*");
  });
});

/** A non-loopback IPv4 address of this machine, if it has one. */
const outside = Object.values(networkInterfaces())
  .flat()
  .find((a) => a?.family === "IPv4" && !a.internal)?.address;

const reachable = (host: string, port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect({ host, port, timeout: 3000 });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
    socket.once("timeout", () => done(false));
  });

describe.skipIf(!outside)("the API process", () => {
  it("is reachable from this machine only by default", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "whosaid-host-"));
    const api = await startApiProcess(
      { WHOSAID_DATA_DIR: dataDir, DATABASE_URL: "", HOST: "" },
      120_000,
    );
    try {
      const port = Number(new URL(api.url).port);
      expect(new URL(api.url).hostname).toBe("127.0.0.1");
      expect(await reachable("127.0.0.1", port)).toBe(true);
      expect(await reachable(outside as string, port)).toBe(false);
    } finally {
      await api.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 180_000);
});

const page = (query: string, accept = "application/json") => ({
  method: "POST",
  headers: { "content-type": "application/json", accept },
  body: JSON.stringify({ query }),
});

describe("GraphiQL, introspection and field suggestions", () => {
  it("serve GraphiQL and answer introspection by default", async () => {
    const api = testApi(db);
    const html = await api.fetch("http://whosaid.test/graphql", {
      headers: { accept: "text/html" },
    });
    expect(await html.text()).toMatch(/graphiql/i);
    const { body } = await gql(api, "{ __schema { queryType { name } } }");
    expect(body.data.__schema.queryType.name).toBe("Query");
    const typo = await gql(api, "{ artcles { totalCount } }");
    expect(typo.body.errors[0].message).toMatch(/Did you mean "articles"/);
  });

  it("can be turned off: no GraphiQL page, introspection refused with a code, no suggestions", async () => {
    const api = testApi(db, { WHOSAID_GRAPHIQL: "false", WHOSAID_INTROSPECTION: "false" });
    const html = await api.fetch("http://whosaid.test/graphql", {
      headers: { accept: "text/html" },
    });
    expect(await html.text()).not.toMatch(/graphiql/i);
    for (const query of ["{ __schema { types { name } } }", '{ __type(name: "Quote") { name } }']) {
      const response = await api.fetch("http://whosaid.test/graphql", page(query));
      const body = await response.json();
      expect(body.data).toBeUndefined();
      expect(body.errors[0].extensions).toEqual({ code: "INTROSPECTION_DISABLED" });
    }
    expect((await gql(api, "{ __typename }")).body.data.__typename).toBe("Query");
    const typo = await gql(api, "{ artcles { totalCount } }");
    expect(typo.body.errors[0].message).not.toMatch(/Did you mean/);
    expect(typo.body.errors[0].extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });
});

describe("CORS", () => {
  const from = (origin: string) => ({
    method: "OPTIONS",
    headers: { origin, "access-control-request-method": "POST" },
  });

  it('lets any origin read with "*", but never with credentials', async () => {
    const api = testApi(db, { WHOSAID_WEB_ORIGIN: "*" });
    const response = await api.fetch("http://whosaid.test/graphql", from("https://any.example"));
    expect(response.headers.get("access-control-allow-origin")).toMatch(
      /^(\*|https:\/\/any\.example)$/,
    );
    expect(response.headers.get("access-control-allow-credentials")).toBeNull();
  });

  it("gives credentials to the named web app only", async () => {
    const api = testApi(db, { WHOSAID_WEB_ORIGIN: "http://localhost:3000" });
    const ok = await api.fetch("http://whosaid.test/graphql", from("http://localhost:3000"));
    expect(ok.headers.get("access-control-allow-origin")).toBe("http://localhost:3000");
    expect(ok.headers.get("access-control-allow-credentials")).toBe("true");
    const other = await api.fetch("http://whosaid.test/graphql", from("https://any.example"));
    expect(other.headers.get("access-control-allow-origin")).not.toBe("https://any.example");
  });
});

describe("an article's url", () => {
  it("is refused at ingest unless http or https, and nothing is stored", async () => {
    const api = testApi(db);
    const text = seedText();
    for (const url of [
      "javascript:alert(document.cookie)",
      " JavaScript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "vbscript:msgbox(1)",
      "file:///etc/passwd",
      "ftp://example.com/a",
    ]) {
      const { body } = await gql(api, INGEST, { input: { text, url } }, INGEST_TOKEN);
      expect(body.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        reason: "URL_INVALID",
      });
    }
    const { rows } = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM articles");
    expect(rows[0].n).toBe(0);
    const url = "https://www.example.com/news/1";
    const { body } = await gql(api, INGEST, { input: { text, url } }, INGEST_TOKEN);
    expect(body.errors).toBeUndefined();
    const stored = await db.query<{ url: string }>("SELECT url FROM articles");
    expect(stored.rows).toEqual([{ url }]);
  });
});
