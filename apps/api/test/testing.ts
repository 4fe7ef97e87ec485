/** Test helpers: an API over a fresh database, and a GraphQL call through `yoga.fetch`. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Database } from "@whosaid/db";
import { readEnv } from "../src/env.ts";
import { type Api, createApi } from "../src/yoga.ts";

export const INGEST_TOKEN = "test-ingest-token-0123456789";
export const READ_TOKEN = "test-read-only-token-0123";
export const EDIT_TOKEN = "test-edit-only-token-0123";

/** The hand-made gold annotation of the reference article (`${seedPath}.gold.json`). */
export const seedPath = fileURLToPath(
  new URL("../../../packages/parser/test/fixtures/000_af0f069f709f29ef", import.meta.url),
);
/** The reference article (NBC News, 2022-11-15), stored once: in samples/. */
export const seedText = () =>
  readFileSync(
    new URL("../../../samples/articles/nbc-ukraine-kherson.txt", import.meta.url),
    "utf8",
  );

/** An API with an ingest token, a read-only token and an edit-only token. */
export function testApi(db: Database, env: Record<string, string> = {}): Api {
  return createApi(
    db,
    readEnv({
      WHOSAID_INGEST_TOKEN: INGEST_TOKEN,
      WHOSAID_TOKENS: `${READ_TOKEN}:read;${EDIT_TOKEN}:edit`,
      WHOSAID_MUTATIONS_PER_MINUTE: "100000",
      ...env,
    }),
  );
}

// biome-ignore lint/suspicious/noExplicitAny: test responses are inspected freely
export type Json = any;

/** Posts one GraphQL operation; returns the HTTP status and the parsed body. */
export async function gql(
  api: Api,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<{ status: number; body: Json }> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await api.fetch("http://whosaid.test/graphql", {
    method: "POST",
    headers,
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: await res.json() };
}

export const INGEST = `mutation Ingest($input: ArticleInput!) {
  ingestArticle(input: $input) { created article { id title publishedAt sourceName } }
}`;

/** Ingests one article through the API with the ingest token; returns its global id. */
export async function ingest(
  api: Api,
  input: Record<string, unknown>,
): Promise<{ id: string; created: boolean }> {
  const { body } = await gql(api, INGEST, { input }, INGEST_TOKEN);
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return { id: body.data.ingestArticle.article.id, created: body.data.ingestArticle.created };
}
