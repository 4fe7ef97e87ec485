import { readDbEnv } from "@whosaid/db";
import { describe, expect, it } from "vitest";
import { readCliEnv } from "./env.ts";

describe("the CLI's environment", () => {
  it("refuses a bad DATABASE_URL with the database package's own message", () => {
    const bad = { DATABASE_URL: "mysql://archive.example/news" };
    expect(() => readDbEnv(bad)).toThrow(/DATABASE_URL must start with postgres/);
    expect(() => readCliEnv(bad)).toThrow(/DATABASE_URL must start with postgres/);
  });

  it("reads where the user typed the command, the token and the parse time limit", () => {
    const env = readCliEnv({
      INIT_CWD: "/srv/newsroom",
      WHOSAID_INGEST_TOKEN: " press-desk-token ",
      WHOSAID_PARSE_TIME_BASE_MS: "1500",
      WHOSAID_ALLOW_PRIVATE_URLS: "true",
    });
    expect(env.cwd).toBe("/srv/newsroom");
    expect(env.ingestToken).toBe("press-desk-token");
    expect(env.parseTimeLimit.baseMs).toBe(1500);
    expect(env.feeds.allowPrivate).toBe(true);
  });

  it("refuses a malformed parse time limit before any command runs", () => {
    expect(() => readCliEnv({ WHOSAID_PARSE_TIME_BASE_MS: "soon" })).toThrow(
      /WHOSAID_PARSE_TIME_BASE_MS/,
    );
  });
});
