/**
 * Only one process may open a PGlite folder: two would corrupt it. The holder writes
 * `whosaid.lock` (pid, command, start time, API URL) into the folder; a lock whose pid is dead is
 * stale and taken over.
 */
import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import { join, relative } from "node:path";
import { repoRoot } from "./paths.ts";

/** What the lock file records about its holder. */
export interface LockHolder {
  pid: number;
  command: string;
  /** Who holds it, e.g. "api", "cli ingest". */
  owner: string;
  startedAt: string;
  /** The GraphQL URL when the holder is the API. */
  url?: string;
}

/** Thrown when another live process holds the PGlite data folder. */
export class LockedError extends Error {
  constructor(
    public readonly holder: LockHolder,
    public readonly dataDir: string,
  ) {
    super(lockedMessage(holder, dataDir));
    this.name = "LockedError";
  }
}

function lockedMessage(h: LockHolder, dataDir: string): string {
  const dir = displayPath(dataDir);
  const alt = "or set DATABASE_URL to use a PostgreSQL server, which many processes can share.";
  if (h.url) {
    return `The API (pid ${h.pid}, ${h.url}) holds ${dir}; stop it, or ingest through it: \`WHOSAID_INGEST_TOKEN=… pnpm whosaid ingest --api ${h.url} PATH…\`, ${alt}`;
  }
  return `${h.owner} (pid ${h.pid}, \`${h.command}\`, since ${h.startedAt}) holds ${dir}; wait for it to finish or stop it, ${alt}`;
}

function displayPath(dir: string): string {
  const rel = relative(repoRoot, dir);
  return rel && !rel.startsWith("..") ? rel : dir;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

// After a crash and a restart (containers), the holder's pid may belong to another process now:
// on Linux, a process that started after the lock was written cannot be its holder.
function startedAfter(pid: number, lockedAt: string): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const startTicks = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19]);
    const bootSeconds = Number(/^btime (\d+)$/m.exec(readFileSync("/proc/stat", "utf8"))?.[1]);
    const started = (bootSeconds + startTicks / 100) * 1000;
    return Number.isFinite(started) && started > Date.parse(lockedAt) + 5000;
  } catch {
    return false;
  }
}

function holds(h: LockHolder): boolean {
  return isAlive(h.pid) && !startedAfter(h.pid, h.startedAt);
}

const held = new Set<string>();

/** Takes the lock on `dataDir` or throws {@link LockedError}; returns the release function. */
export function acquireLock(
  dataDir: string,
  info: { owner?: string; url?: string } = {},
): () => void {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, "whosaid.lock");
  const me: LockHolder = {
    pid: process.pid,
    command: process.argv.slice(1).join(" "),
    owner: info.owner ?? "a whosaid process",
    startedAt: new Date().toISOString(),
    ...(info.url ? { url: info.url } : {}),
  };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(file, "wx", 0o644);
      writeSync(fd, `${JSON.stringify(me)}\n`);
      closeSync(fd);
      held.add(file);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        held.delete(file);
        process.off("exit", release);
        try {
          if (readHolder(file)?.pid === process.pid) unlinkSync(file);
        } catch {}
      };
      process.on("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const raw = safeRead(file);
    const holder = raw === null ? null : parseHolder(raw);
    if (holder && holds(holder) && (holder.pid !== process.pid || held.has(file))) {
      throw new LockedError(holder, dataDir);
    }
    // Stale (dead pid, unreadable, or left by this very process): remove it only if unchanged.
    if (raw !== null && safeRead(file) === raw) {
      try {
        unlinkSync(file);
      } catch {}
    }
  }
  const holder = readHolder(file);
  if (holder) throw new LockedError(holder, dataDir);
  throw new Error(`Could not take the lock ${file}.`);
}

/** Reads the current holder of a data folder's lock, if any. */
export function readLock(dataDir: string): LockHolder | null {
  return readHolder(join(dataDir, "whosaid.lock"));
}

function readHolder(file: string): LockHolder | null {
  const raw = safeRead(file);
  return raw === null ? null : parseHolder(raw);
}

function safeRead(file: string): string | null {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return null;
  }
}

function parseHolder(raw: string): LockHolder | null {
  try {
    const h = JSON.parse(raw) as LockHolder;
    return typeof h.pid === "number" ? h : null;
  } catch {
    return null;
  }
}
