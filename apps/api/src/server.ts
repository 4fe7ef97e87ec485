/**
 * `tsx src/server.ts`: opens the database (PostgreSQL with DATABASE_URL, else the PGlite data
 * folder, locked) and serves the API on HOST:PORT (127.0.0.1 unless HOST says otherwise; port 0
 * picks a free one; the URL is printed), then ingests WHOSAID_PRELOAD's files in the background.
 */
import { register } from "node:module";
import { isIP } from "node:net";
import { execArgvWithoutTsx, openDatabase } from "@whosaid/db";
import { collectWhenIdle } from "@whosaid/db/idle-collect";
import { createParserPool } from "@whosaid/ingest";
import { readEnv } from "./env.ts";
import { createApiServer } from "./http-server.ts";
import { preload } from "./preload.ts";
import { createApi } from "./yoga.ts";

/** How to write the listening host in a URL a person can open. */
function urlHost(host: string): string {
  if (host === "0.0.0.0" || host === "::") return "localhost";
  return isIP(host) === 6 ? `[${host}]` : host;
}

async function main(): Promise<void> {
  const env = readEnv();
  const db = await openDatabase({
    settings: env.db,
    // The lock names this API, so that a second process is told to go through it instead.
    lock: {
      owner: "whosaid api",
      url: env.port ? `http://${urlHost(env.host)}:${env.port}/graphql` : undefined,
    },
  });
  const parser = createParserPool({ threads: env.parseWorkers, timeLimit: env.parseTimeLimit });
  const api = createApi(db, env, parser);
  const server = createApiServer(api);
  server.listen(env.port, env.host, () => {
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : env.port;
    console.log(
      `whosaid API listening on http://${urlHost(env.host)}:${port}/graphql (${db.kind})`,
    );
    if (env.host === "127.0.0.1" || env.host === "::1" || env.host === "localhost")
      console.log("Only this machine can reach it; set HOST=0.0.0.0 to listen on every interface.");
    if (!env.tokens.length)
      console.log("No WHOSAID_INGEST_TOKEN or WHOSAID_TOKENS set: every mutation is refused.");
    if (env.preload.length) void preload(db, parser, env.preload);
    // Start-up (compiling the schema, loading modules) leaves this thread's young generation at
    // its largest, ~30 MB, nearly all of it empty once the API waits for requests.
    collectWhenIdle();
    // The same in tsx's module loader thread, when there is one (registering hooks without one
    // would start a thread).
    if (execArgvWithoutTsx().length < process.execArgv.length)
      register("./loader-idle-gc.mjs", import.meta.url);
  });
  const stop = () => {
    server.close();
    server.closeAllConnections();
    db.close().finally(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(`whosaid api: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
