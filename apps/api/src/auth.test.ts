import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { TokenStore } from "./auth.ts";
import { parseTokenList, readEnv } from "./env.ts";

describe("tokens", () => {
  const sha = (s: string) => createHash("sha256").update(s).digest("hex");

  it("matches clear and pre-hashed tokens to their scopes and keeps no clear token", () => {
    const env = readEnv({
      WHOSAID_INGEST_TOKEN: "ingest-secret-1",
      WHOSAID_TOKENS: `reader-secret-1:read; sha256:${sha("editor-secret-1")}:edit`,
    });
    const store = new TokenStore(env.tokens);
    expect([...store.authenticate("Bearer ingest-secret-1").scopes].sort()).toEqual([
      "edit",
      "ingest",
    ]);
    expect([...store.authenticate("Bearer reader-secret-1").scopes]).toEqual(["read"]);
    expect([...store.authenticate("bearer editor-secret-1").scopes]).toEqual(["edit"]);
    expect(store.authenticate("Bearer nope")).toMatchObject({
      authenticated: false,
      invalidToken: true,
    });
    expect(store.authenticate("Basic abc")).toMatchObject({
      authenticated: false,
      invalidToken: true,
    });
    expect(store.authenticate(null)).toMatchObject({ authenticated: false, invalidToken: false });
    expect(JSON.stringify(store)).not.toContain("secret");
  });

  it("rejects malformed settings with clear messages", () => {
    expect(() => parseTokenList("token-without-scopes")).toThrow(/<token>:<scopes>/);
    expect(() => parseTokenList("abc:admin")).toThrow(/unknown scope "admin"/);
    expect(() => readEnv({ PORT: "http" })).toThrow(/PORT/);
    expect(() => readEnv({ WHOSAID_WEB_ORIGIN: "localhost:3000" })).toThrow(/WHOSAID_WEB_ORIGIN/);
    // The database package's one reader checks it, with the same message in every process.
    expect(() => readEnv({ DATABASE_URL: "mysql://x" })).toThrow(
      /DATABASE_URL must start with postgres/,
    );
    expect(() => readEnv({ WHOSAID_INGEST_TOKEN: "short" })).toThrow(/at least 8/);
    expect(readEnv({})).toMatchObject({
      port: 4000,
      webOrigins: ["http://localhost:3000"],
      tokens: [],
    });
  });
});
