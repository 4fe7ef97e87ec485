/**
 * `ingestArticle(input: { url })` and `previewArticle(input: { url })` fetch the page. By default
 * the server refuses loopback, private and link-local addresses (so a URL cannot reach into the
 * host's network) without connecting; with WHOSAID_ALLOW_PRIVATE_URLS=true it fetches them, and
 * bad pages (not HTML, HTTP errors, too large) are refused with a reason, storing nothing.
 */
import { lookup } from "node:dns/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { hostname } from "node:os";
import { type Database, openDatabase } from "@whosaid/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gql, INGEST, INGEST_TOKEN, type Json, seedText, testApi } from "../test/testing.ts";
import type { Api } from "./yoga.ts";

/** The reference article as a web page: title, paragraphs, a script and a comment around them. */
function articlePage(): string {
  const [title, ...rest] = seedText().split("\n");
  const paragraphs = rest
    .join("\n")
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const html = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  return `<!doctype html><html><head><title>${html(title)}</title>
<script>window.tracking = "${"x".repeat(5000)}";</script><!-- ad slot --></head>
<body><article><h1>${html(title)}</h1>
${paragraphs.map((p) => `<p>${html(p)}</p>`).join("\n")}
</article></body></html>`;
}

let server: Server;
let base: string;
const requests: string[] = [];

beforeAll(async () => {
  const page = articlePage();
  server = createServer((req, res) => {
    requests.push(req.url ?? "");
    if (req.url === "/article") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      return res.end(page);
    }
    if (req.url === "/moved") {
      res.writeHead(301, { location: "/article" });
      return res.end();
    }
    if (req.url === "/plain") {
      res.writeHead(200, { "content-type": "text/plain; charset=utf-8" });
      return res.end(seedText());
    }
    if (req.url === "/image") {
      res.writeHead(200, { "content-type": "image/png" });
      return res.end(Buffer.alloc(100));
    }
    if (req.url === "/huge") {
      res.writeHead(200, { "content-type": "text/html" });
      return res.end(`<html><body><p>${"a".repeat(300_000)}</p></body></html>`);
    }
    res.writeHead(404, { "content-type": "text/html" });
    res.end("<h1>Not found</h1>");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

const ingestUrl = (api: Api, url: string) => gql(api, INGEST, { input: { url } }, INGEST_TOKEN);
const reasonOf = (body: Json) => ({
  code: body.errors?.[0]?.extensions?.code,
  reason: body.errors?.[0]?.extensions?.reason,
});

describe("URL ingest with the default address rules", () => {
  let db: Database;
  let api: Api;
  beforeAll(async () => {
    db = await openDatabase({ memory: true });
    api = testApi(db);
  });
  afterAll(async () => db?.close());

  it("refuses loopback, private and metadata addresses without connecting", async () => {
    const port = new URL(base).port;
    const targets = [
      `${base}/article`,
      `http://localhost:${port}/article`,
      `http://[::1]:${port}/article`,
      `http://[::ffff:127.0.0.1]:${port}/article`,
      "http://169.254.169.254/latest/meta-data/",
      "http://10.0.0.1/",
    ];
    // The machine's own name resolves to a loopback or private address: the lookup refuses it.
    if (await lookup(hostname()).catch(() => null)) targets.push(`http://${hostname()}:${port}/`);
    for (const url of targets) {
      const { body } = await ingestUrl(api, url);
      expect(reasonOf(body), url).toEqual({ code: "BAD_USER_INPUT", reason: "URL_FORBIDDEN" });
      expect(body.errors[0].message).toMatch(/private, loopback or reserved/);
    }
    expect(requests).toEqual([]);
    const { rows } = await db.query<{ n: number }>("SELECT count(*) AS n FROM articles");
    expect(rows[0].n).toBe(0);
  });

  it("refuses other schemes and a missing input", async () => {
    const file = await ingestUrl(api, "file:///etc/passwd");
    expect(reasonOf(file.body)).toEqual({ code: "BAD_USER_INPUT", reason: "URL_INVALID" });
    const none = await gql(api, INGEST, { input: {} }, INGEST_TOKEN);
    expect(none.body.errors[0].message).toMatch(/text, its html, or its url/);
  });

  it("still needs the ingest token", async () => {
    const { body } = await gql(api, INGEST, { input: { url: "https://example.com/" } });
    expect(body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
  });
});

describe("URL ingest with WHOSAID_ALLOW_PRIVATE_URLS=true", () => {
  let db: Database;
  let api: Api;
  beforeAll(async () => {
    db = await openDatabase({ memory: true });
    api = testApi(db, { WHOSAID_ALLOW_PRIVATE_URLS: "true", WHOSAID_MAX_BODY_BYTES: "200000" });
  });
  afterAll(async () => db?.close());

  it("fetches the page, parses it and stores it with its URL", async () => {
    const { body } = await ingestUrl(api, `${base}/article`);
    expect(body.errors).toBeUndefined();
    expect(body.data.ingestArticle.created).toBe(true);
    const { rows } = await db.query<{ url: string; title: string; quotes: number }>(
      `SELECT a.url, a.title, (SELECT count(*) FROM quotes q WHERE q.article_id = a.id) AS quotes
       FROM articles a`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].url).toBe(`${base}/article`);
    expect(rows[0].title).toBe(seedText().split("\n")[0].trim());
    expect(rows[0].quotes).toBeGreaterThan(10);
  });

  it("follows redirects, and the same page again is already stored", async () => {
    const { body } = await ingestUrl(api, `${base}/moved`);
    expect(body.errors).toBeUndefined();
    expect(body.data.ingestArticle.created).toBe(false);
  });

  it("previews a URL without storing it", async () => {
    const { body } = await gql(
      api,
      "mutation($input: ArticleInput!) { previewArticle(input: $input) { title quotes { text } } }",
      { input: { url: `${base}/plain` } },
      INGEST_TOKEN,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.previewArticle.quotes.length).toBeGreaterThan(10);
  });

  it("refuses pages that are not articles, missing or too large, storing nothing", async () => {
    const cases: [string, string, RegExp][] = [
      ["/image", "URL_NOT_ARTICLE", /image\/png/],
      ["/gone", "URL_UNREACHABLE", /HTTP 404/],
      ["/huge", "TOO_LARGE", /larger than/],
    ];
    for (const [path, reason, message] of cases) {
      const { body } = await ingestUrl(api, `${base}${path}`);
      expect(reasonOf(body), path).toEqual({ code: "BAD_USER_INPUT", reason });
      expect(body.errors[0].message).toMatch(message);
    }
    const closed = await ingestUrl(api, "http://127.0.0.1:1/");
    expect(reasonOf(closed.body).reason).toBe("URL_UNREACHABLE");
    const { rows } = await db.query<{ n: number }>("SELECT count(*) AS n FROM articles");
    expect(rows[0].n).toBe(1);
  });
});
