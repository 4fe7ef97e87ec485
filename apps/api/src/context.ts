/** The per-request context: database, caller, fresh DataLoaders. */
import type { Database } from "@whosaid/db";
import type { ParserPool, SourceArticle } from "@whosaid/ingest";
import type { Auth, TokenStore } from "./auth.ts";
import { createLoaders, type Loaders } from "./loaders.ts";

/** What every resolver sees. */
export interface Context {
  db: Database;
  auth: Auth;
  loaders: Loaders;
  /** Parses articles off the event loop, each parse bounded in time. */
  parser: ParserPool;
  /** Aborted when the client goes away: work done for it stops, and nothing is stored late. */
  signal: AbortSignal;
  /** Fetches an article page by URL (the server's address rules applied). */
  fetchArticle: (url: string) => Promise<SourceArticle>;
  /** URLs may name loopback and private addresses (WHOSAID_ALLOW_PRIVATE_URLS). */
  allowPrivateUrls: boolean;
  /** Who the caller is for rate limiting: the token id, else the client address. */
  clientKey: string;
}

/** What every request's context shares: the process's database, parser, fetcher and settings. */
export type Shared = Pick<Context, "db" | "parser" | "fetchArticle" | "allowPrivateUrls"> & {
  tokens: TokenStore;
};

/** Builds the context of one request. */
export function createContext(
  { tokens, ...shared }: Shared,
  request: Request,
  address: string | null,
): Context {
  const auth = tokens.authenticate(request.headers.get("authorization"));
  return {
    ...shared,
    auth,
    loaders: createLoaders(shared.db),
    signal: request.signal,
    clientKey: auth.tokenId ? `token:${auth.tokenId}` : `ip:${address ?? "unknown"}`,
  };
}
