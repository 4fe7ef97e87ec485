/**
 * Bearer tokens: only SHA-256 digests are kept in memory, and a presented token is compared
 * against every digest in constant time, so neither timing nor a heap dump reveals a token.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import type { TokenSpec } from "./env.ts";

/** What a token allows: `ingest` (ingest, reparse, delete), `edit` (corrections), `read` (nothing more). */
export type Scope = "ingest" | "edit" | "read";

/** The caller as far as the API knows. */
export interface Auth {
  /** A token was presented and matched. */
  authenticated: boolean;
  /** An Authorization header was sent but matched no token. */
  invalidToken: boolean;
  scopes: ReadonlySet<Scope>;
  /** Short, non-reversible id of the token (for rate limits and logs), or null. */
  tokenId: string | null;
}

const anonymous: Auth = {
  authenticated: false,
  invalidToken: false,
  scopes: new Set(),
  tokenId: null,
};

function sha256(value: string): Buffer {
  return createHash("sha256").update(value, "utf8").digest();
}

/** Checks bearer tokens against hashed, scoped tokens. */
export class TokenStore {
  private readonly entries: { digest: Buffer; scopes: ReadonlySet<Scope> }[];

  constructor(specs: TokenSpec[]) {
    this.entries = specs.map((s) => ({
      digest: s.sha256 ? Buffer.from(s.sha256, "hex") : sha256(s.token ?? ""),
      scopes: new Set(s.scopes),
    }));
  }

  get size(): number {
    return this.entries.length;
  }

  /** Resolves an `Authorization` header value to the caller's scopes. */
  authenticate(header: string | null): Auth {
    if (!header) return anonymous;
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match) return { ...anonymous, invalidToken: true };
    const digest = sha256(match[1]);
    let found: ReadonlySet<Scope> | null = null;
    // Visit every entry whatever matches, so the time taken does not depend on which one did.
    for (const entry of this.entries) {
      if (timingSafeEqual(entry.digest, digest) && !found) found = entry.scopes;
    }
    if (!found) return { ...anonymous, invalidToken: true };
    return {
      authenticated: true,
      invalidToken: false,
      scopes: found,
      tokenId: digest.toString("hex").slice(0, 12),
    };
  }
}
