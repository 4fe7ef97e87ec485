/** The per-request context: database, caller, fresh DataLoaders. */
import type { Database } from "@whosaid/db";
import type { Auth, TokenStore } from "./auth.ts";
import { createLoaders, type Loaders } from "./loaders.ts";
import type { ParsePool } from "./parse/pool.ts";

/** What every resolver sees. */
export interface Context {
  db: Database;
  auth: Auth;
  loaders: Loaders;
  /** Parses articles off the event loop. */
  parser: ParsePool;
  /** Who the caller is for rate limiting: the token id, else the client address. */
  clientKey: string;
}

/** Builds the context of one request. */
export function createContext(
  db: Database,
  parser: ParsePool,
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
    clientKey: auth.tokenId ? `token:${auth.tokenId}` : `ip:${address ?? "unknown"}`,
  };
}
