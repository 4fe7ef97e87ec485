/**
 * The API's one place for configuration: reads and validates the environment once, so that a
 * typo in a variable fails at start with a clear message rather than at the first request.
 */

import { isIP } from "node:net";
import { delimiter } from "node:path";
import { type DbEnv, readDbEnv } from "@whosaid/db";
import { type TimeLimit, timeLimitFromEnv } from "@whosaid/ingest";
import type { Scope } from "./auth.ts";

/** A configured token, either in clear (hashed at start) or already hashed (`sha256:<hex>`). */
export interface TokenSpec {
  token?: string;
  sha256?: string;
  scopes: Scope[];
}

/** Validated API settings. */
export interface Env {
  port: number;
  /** Interface to listen on: 127.0.0.1 unless HOST says otherwise (0.0.0.0 or :: for all). */
  host: string;
  /** Serve GraphiQL at /graphql in a browser (WHOSAID_GRAPHIQL, default on). */
  graphiql: boolean;
  /** Answer introspection queries, and suggest field names in errors (default on). */
  introspection: boolean;
  /** Origins allowed by CORS (the web app), with credentials; `"*"`: any origin, without. */
  webOrigins: string[] | "*";
  /** The database's settings (DATABASE_URL, WHOSAID_DATA_DIR, WHOSAID_DB_POOL_MAX, …), read by `@whosaid/db`'s one reader. */
  db: DbEnv;
  tokens: TokenSpec[];
  /** Mutations each client may send per minute. */
  mutationsPerMinute: number;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes: number;
  /** Parser threads. */
  parseWorkers: number;
  /** How long one parse may run: a base plus an allowance per million characters. */
  parseTimeLimit: TimeLimit;
  /** Behind a reverse proxy: take the client address from X-Forwarded-For (rate limits). */
  trustProxy: boolean;
  /** Let `ingestArticle(input: { url })` fetch loopback, private and link-local addresses. */
  allowPrivateUrls: boolean;
  /** Files and folders to ingest in the background once listening (WHOSAID_PRELOAD, `:`-separated). */
  preload: string[];
}

const flag = (raw: string | undefined) => ["1", "true", "yes"].includes((raw ?? "").toLowerCase());

/** A switch that must be spelled out: true/false, 1/0, yes/no, on/off (case-insensitive). */
function onOff(source: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = source[name]?.trim().toLowerCase();
  if (!raw) return fallback;
  if (["1", "true", "yes", "on"].includes(raw)) return true;
  if (["0", "false", "no", "off"].includes(raw)) return false;
  throw new Error(`${name} must be true or false, got "${source[name]}"`);
}

function host(source: NodeJS.ProcessEnv): string {
  const raw = source.HOST?.trim();
  if (!raw) return "127.0.0.1";
  if (isIP(raw) || /^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$/i.test(raw)) return raw;
  throw new Error(`HOST must be an address or host name to listen on (e.g. 0.0.0.0), got "${raw}"`);
}

function webOrigins(source: NodeJS.ProcessEnv): string[] | "*" {
  const origins = (source.WHOSAID_WEB_ORIGIN ?? "http://localhost:3000")
    .split(",")
    .map((o) => o.trim());
  // "*" lets any site read the API's answers, but never with the browser's credentials.
  if (origins.includes("*")) {
    if (origins.length > 1)
      throw new Error('WHOSAID_WEB_ORIGIN: "*" (any origin) stands alone, not in a list');
    return "*";
  }
  for (const origin of origins) {
    if (!/^https?:\/\/[^/\s]+$/.test(origin)) {
      throw new Error(
        `WHOSAID_WEB_ORIGIN must be origins like http://localhost:3000 (or * for any), got "${origin}"`,
      );
    }
  }
  return origins;
}

const SCOPES: Scope[] = ["ingest", "edit", "read"];

function int(source: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number) {
  const raw = source[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be an integer between ${min} and ${max}, got "${raw}"`);
  }
  return value;
}

/**
 * Parses `WHOSAID_TOKENS`: entries separated by `;` or newlines, each `<token>:<scope>[+<scope>]`
 * where the token may be written as `sha256:<64 hex>` so the clear token never sits in the env.
 */
export function parseTokenList(raw: string): TokenSpec[] {
  const specs: TokenSpec[] = [];
  for (const entry of raw
    .split(/[;\n]/)
    .map((e) => e.trim())
    .filter(Boolean)) {
    const cut = entry.lastIndexOf(":");
    if (cut <= 0)
      throw new Error(
        `WHOSAID_TOKENS: entry needs "<token>:<scopes>", got "${entry.slice(0, 4)}…"`,
      );
    const scopes = entry
      .slice(cut + 1)
      .split("+")
      .map((s) => s.trim()) as Scope[];
    for (const s of scopes) {
      if (!SCOPES.includes(s))
        throw new Error(`WHOSAID_TOKENS: unknown scope "${s}" (use ${SCOPES.join(", ")})`);
    }
    const secret = entry.slice(0, cut);
    const hashed = /^sha256:([0-9a-f]{64})$/i.exec(secret);
    specs.push(hashed ? { sha256: hashed[1].toLowerCase(), scopes } : { token: secret, scopes });
  }
  return specs;
}

/** Reads and validates the API's environment variables (throws a clear Error when invalid). */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const tokens: TokenSpec[] = [];
  const ingestToken = source.WHOSAID_INGEST_TOKEN?.trim();
  if (ingestToken) {
    if (ingestToken.length < 8)
      throw new Error("WHOSAID_INGEST_TOKEN must be at least 8 characters");
    tokens.push({ token: ingestToken, scopes: ["ingest", "edit"] });
  }
  if (source.WHOSAID_TOKENS) tokens.push(...parseTokenList(source.WHOSAID_TOKENS));
  return {
    port: int(source, "PORT", 4000, 0, 65535),
    host: host(source),
    graphiql: onOff(source, "WHOSAID_GRAPHIQL", true),
    introspection: onOff(source, "WHOSAID_INTROSPECTION", true),
    webOrigins: webOrigins(source),
    db: readDbEnv(source),
    tokens,
    mutationsPerMinute: int(source, "WHOSAID_MUTATIONS_PER_MINUTE", 120, 1, 10_000_000),
    maxBodyBytes: int(source, "WHOSAID_MAX_BODY_BYTES", 4 * 1024 * 1024, 1024, 100 * 1024 * 1024),
    parseWorkers: int(source, "WHOSAID_PARSE_WORKERS", 1, 1, 64),
    parseTimeLimit: timeLimitFromEnv(source),
    trustProxy: flag(source.WHOSAID_TRUST_PROXY),
    allowPrivateUrls: flag(source.WHOSAID_ALLOW_PRIVATE_URLS),
    preload: (source.WHOSAID_PRELOAD ?? "")
      .split(delimiter)
      .map((p) => p.trim())
      .filter(Boolean),
  };
}
