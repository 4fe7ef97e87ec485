/**
 * `pnpm start`'s defaults (issue 13, finding 8): both servers listen on 127.0.0.1 unless HOST
 * says otherwise, and the ingest token is read from the environment (or its file) and never
 * printed — not by the start banner, not by the API it starts, not by `whosaid ingest --api`.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { networkInterfaces, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs script without types
import { apiCommand, banner, startPlan, webCommand } from "./start-plan.mjs";

const root = resolve(import.meta.dirname, "..");
const TOKEN = "start-test-token-Zq7vX2pL9wK4";
const work = mkdtempSync(join(tmpdir(), "whosaid-start-"));
afterAll(() => rmSync(work, { recursive: true, force: true, maxRetries: 5 }));

/** A non-loopback IPv4 address of this machine, if it has one. */
const outside = Object.values(networkInterfaces())
  .flat()
  .find((a) => a?.family === "IPv4" && !a.internal)?.address;

const reachable = (host: string, port: number) =>
  new Promise<boolean>((done) => {
    const socket = connect({ host, port, timeout: 3000 });
    const end = (ok: boolean) => {
      socket.destroy();
      done(ok);
    };
    socket.once("connect", () => end(true));
    socket.once("error", () => end(false));
    socket.once("timeout", () => end(false));
  });

describe("pnpm start's plan", () => {
  it("has both servers listen on 127.0.0.1 unless HOST says otherwise", () => {
    for (const [env, host] of [
      [{ WHOSAID_INGEST_TOKEN: TOKEN }, "127.0.0.1"],
      [{ WHOSAID_INGEST_TOKEN: TOKEN, HOST: "  " }, "127.0.0.1"],
      [{ WHOSAID_INGEST_TOKEN: TOKEN, HOST: "0.0.0.0" }, "0.0.0.0"],
    ] as const) {
      for (const dev of [false, true]) {
        const plan = startPlan(root, env, { dev });
        expect(apiCommand(root, env, plan).env.HOST).toBe(host);
        const web = webCommand(root, env, plan);
        expect(web.args[web.args.indexOf("-H") + 1]).toBe(host);
        expect(web.args[0]).toBe(dev ? "dev" : "start");
      }
    }
  });

  it("never prints the token: from the environment, or generated into a mode-600 file", () => {
    const fromEnv = startPlan(work, { WHOSAID_INGEST_TOKEN: TOKEN });
    expect(apiCommand(work, {}, fromEnv).env.WHOSAID_INGEST_TOKEN).toBe(TOKEN);
    const text = banner({}, fromEnv);
    expect(text).not.toContain(TOKEN);
    expect(text).toContain("ingest token      in WHOSAID_INGEST_TOKEN");

    const generated = startPlan(work, {});
    const file = join(work, ".whosaid", "ingest-token");
    expect(readFileSync(file, "utf8").trim()).toBe(generated.token);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(generated.token.length).toBeGreaterThanOrEqual(32);
    const shown = banner({}, generated);
    expect(shown).not.toContain(generated.token);
    expect(shown).toContain("WHOSAID_INGEST_TOKEN=$(cat .whosaid/ingest-token)");
    // The next start reads the same token back.
    expect(startPlan(work, {}).token).toBe(generated.token);
  });

  it("starts the API on 127.0.0.1 only, which prints no token; ingest --api reads it from the environment", async () => {
    // No preload of the bundled samples: 295 parses are not what this test is about.
    const env = {
      ...process.env,
      WHOSAID_INGEST_TOKEN: TOKEN,
      PORT: "0",
      DATABASE_URL: "",
      WHOSAID_PRELOAD: "",
    };
    delete env.HOST;
    const plan = { ...startPlan(root, env), dataDir: join(work, "data") };
    const run = apiCommand(root, env, plan);
    const child = spawn(run.command, run.args, { cwd: run.cwd, env: run.env });
    let output = "";
    child.stdout.on("data", (c) => {
      output += c;
    });
    child.stderr.on("data", (c) => {
      output += c;
    });
    try {
      const url = await new Promise<URL>((done, fail) => {
        child.stdout.on("data", () => {
          const m = /listening on (http:\/\/\S+\/graphql)/.exec(output);
          if (m) done(new URL(m[1]));
        });
        child.once("exit", (code) => fail(new Error(`the API exited (${code}): ${output}`)));
      });
      expect(url.hostname).toBe("127.0.0.1");
      expect(await reachable("127.0.0.1", Number(url.port))).toBe(true);
      if (outside) expect(await reachable(outside, Number(url.port))).toBe(false);

      const article = join(work, "one.txt");
      writeFileSync(
        article,
        'Harbour works close\n\n"The pier reopens in May," said Ilse Marwood, the port director.\n',
      );
      const cli = spawnSync(
        process.execPath,
        [
          join(root, "apps/cli/bin/whosaid.mjs"),
          "ingest",
          "--json",
          "--api",
          url.toString(),
          article,
        ],
        {
          env: { ...process.env, WHOSAID_INGEST_TOKEN: TOKEN },
          encoding: "utf8",
          timeout: 120_000,
        },
      );
      expect(cli.status, cli.stderr).toBe(0);
      // With --json, stdout is the summary alone (issue 13, finding 9).
      expect(JSON.parse(cli.stdout)).toMatchObject({ total: 1, created: 1 });
      expect(`${cli.stdout}${cli.stderr}`).not.toContain(TOKEN);
      expect(output).not.toContain(TOKEN);
    } finally {
      child.kill("SIGTERM");
      if (child.exitCode === null) await new Promise((done) => child.once("exit", done));
    }
  }, 400_000);
});
