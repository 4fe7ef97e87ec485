/** Starting real API processes (tests and benchmarks): `tsx src/server.ts` on a free port. */
import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { withMallocSettings } from "@whosaid/db/malloc-env";

const serverFile = fileURLToPath(new URL("./server.ts", import.meta.url));
const apiDir = fileURLToPath(new URL("..", import.meta.url));

/** A running API process and its URL. */
export interface ApiProcess {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Starts `src/server.ts` with the given environment on an ephemeral port; resolves once it listens. */
export function startApiProcess(
  env: Record<string, string>,
  timeoutMs = 60_000,
): Promise<ApiProcess> {
  // `node --import tsx` keeps the server in this one process (its pid is the server's, for memory).
  const child = spawn(process.execPath, ["--import", "tsx", serverFile], {
    cwd: apiDir,
    // As `pnpm start` runs it (scripts/start-plan.mjs): glibc's settings for a PGlite process.
    env: withMallocSettings({ ...process.env, PORT: "0", ...env }),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => fail(new Error(`API did not start in ${timeoutMs} ms:\n${output}`)),
      timeoutMs,
    );
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill("SIGKILL");
      reject(error);
    };
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+\/graphql)/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      child.stdout?.off("data", onData);
      resolve({
        url: match[1],
        child,
        stop: () =>
          new Promise<void>((done) => {
            // A process ended by a signal has a null exitCode: check both, or this never settles.
            if (child.exitCode !== null || child.signalCode !== null) return done();
            child.once("exit", () => done());
            child.kill("SIGTERM");
            setTimeout(() => child.kill("SIGKILL"), 5000).unref();
          }),
      });
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once("exit", (code) => fail(new Error(`API exited with ${code}:\n${output}`)));
  });
}
