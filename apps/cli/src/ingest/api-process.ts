/** Test helper: the real API in a process of its own, on PGlite in a temp folder and a free port. */
import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";

const apiDir = join(import.meta.dirname, "../../../api");

/** Starts the real API (its own process, PGlite in a temp folder, a free port); resolves its URL. */
export function startApi(
  dataDir: string,
  token: string,
): { child: ChildProcess; url: Promise<string> } {
  const env = {
    ...process.env,
    PORT: "0",
    DATABASE_URL: "",
    WHOSAID_DATA_DIR: dataDir,
    WHOSAID_INGEST_TOKEN: token,
    // The API's defaults, whatever the environment of the test run says.
    WHOSAID_MUTATIONS_PER_MINUTE: "",
  };
  const child = spawn(process.execPath, ["--import", "tsx", "src/server.ts"], {
    cwd: apiDir,
    env,
    stdio: ["ignore", "pipe", "inherit"],
  });
  const url = new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (chunk) => {
      out += chunk;
      const m = /listening on (http:\/\/\S+\/graphql)/.exec(out);
      if (m) resolve(m[1]);
    });
    child.on("exit", (code) => reject(new Error(`the API exited (${code}): ${out}`)));
  });
  return { child, url };
}

/** Stops the API started by {@link startApi} and waits for it to exit. */
export async function stopApi(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null) return;
  child.kill("SIGTERM");
  await new Promise((resolve) => child.on("exit", resolve));
}

/** How many articles the API holds. */
export async function articleCount(url: string): Promise<number> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: "{ articles(first: 1) { totalCount } }" }),
  });
  return ((await response.json()) as { data: { articles: { totalCount: number } } }).data.articles
    .totalCount;
}
