/**
 * `tsx src/server.ts`: opens the database (PostgreSQL with DATABASE_URL, else the PGlite data
 * folder, locked) and serves the API on PORT (0 picks a free port; the URL is printed).
 */
import { createServer } from "node:http";
import { openDatabase } from "@whosaid/db";
import { readEnv } from "./env.ts";
import { createApi } from "./yoga.ts";

async function main(): Promise<void> {
  const env = readEnv();
  const db = await openDatabase({
    url: env.databaseUrl,
    dataDir: env.databaseUrl ? undefined : env.dataDir,
    poolMax: env.poolSize,
    // The lock names this API, so that a second process is told to go through it instead.
    lock: {
      owner: "whosaid api",
      url: env.port ? `http://localhost:${env.port}/graphql` : undefined,
    },
  });
  const api = createApi(db, env);
  const server = createServer(api);
  server.listen(env.port, () => {
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : env.port;
    console.log(`whosaid API listening on http://localhost:${port}/graphql (${db.kind})`);
    if (!env.tokens.length)
      console.log("No WHOSAID_INGEST_TOKEN or WHOSAID_TOKENS set: every mutation is refused.");
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
