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
  /** Who the caller is for rate limiting: the token id, else the client address. */
  clientKey: string;
}

/** Builds the context of one request. */
export function createContext(
  db: Database,
  parser: ParserPool,
  fetchArticle: Context["fetchArticle"],
  tokens: TokenStore,
  request: Request,
  address: string | null,
): Context {
  const auth = tokens.authenticate(request.headers.get("authorization"));
  return {
    db,
    auth,
    loaders: createLoaders(db),
    parser,
    signal: request.signal,
    fetchArticle,
    clientKey: auth.tokenId ? `token:${auth.tokenId}` : `ip:${address ?? "unknown"}`,
  };
}
