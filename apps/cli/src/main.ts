/**
 * `pnpm whosaid <command> [args]`: every command lives in `commands/<name>.ts` and exports
 * `run(args: string[]): Promise<number>` (the exit code) and `summary` (one line of help).
 */
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const commandsDir = join(dirname(fileURLToPath(import.meta.url)), "commands");

interface Command {
  run(args: string[]): Promise<number>;
  summary: string;
}

function commandNames(): string[] {
  return readdirSync(commandsDir)
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
    .map((f) => f.slice(0, -3))
    .sort();
}

async function load(name: string): Promise<Command> {
  return (await import(join(commandsDir, `${name}.ts`))) as Command;
}

async function help(): Promise<void> {
  const lines = ["Usage: pnpm whosaid <command> [options]", "", "Commands:"];
  for (const name of commandNames())
    lines.push(`  ${name.padEnd(10)} ${(await load(name)).summary}`);
  lines.push("", "Run `pnpm whosaid <command> --help` for a command's options.");
  console.log(lines.join("\n"));
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    await help();
    return name ? 0 : 1;
  }
  if (!commandNames().includes(name)) {
    console.error(`whosaid: unknown command "${name}".`);
    await help();
    return 2;
  }
  return (await load(name)).run(args);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`whosaid: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
