/**
 * Only one process may open a PGlite folder: two would corrupt it. The holder writes
 * `whosaid.lock` (pid, command, start time, API URL, and on Linux a stamp that identifies the
 * process for good) into the folder; a lock whose holder is gone (dead, a zombie, exiting, or its
 * pid reused by another process) is stale and taken over at once (see lock-holder.ts).
 */
import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import { join, relative } from "node:path";
import { holderStatus, ownStamp, type ProcessStamp } from "./lock-holder.ts";
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
  /** What identifies the holder beyond its pid (Linux). */
  stamp?: ProcessStamp;
}

/** Thrown when another live process holds the PGlite data folder. */
export class LockedError extends Error {
  constructor(
    public readonly holder: LockHolder,
    public readonly dataDir: string,
    /** False when the holder could not be checked (another host or container). */
    public readonly verified = true,
  ) {
    super(verified ? lockedMessage(holder, dataDir) : unverifiedMessage(holder, dataDir));
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

// The pid may name an unrelated process here: the user is told how to clear the lock, not to
// stop that process.
function unverifiedMessage(h: LockHolder, dataDir: string): string {
  const where = h.stamp?.host ? ` on ${h.stamp.host}` : "";
  return `${displayPath(dataDir)} is locked by ${h.owner} (pid ${h.pid}${where}, since ${h.startedAt}), which this process cannot check. If no whosaid process uses that folder any more, delete ${join(displayPath(dataDir), "whosaid.lock")}; or set DATABASE_URL to use a PostgreSQL server, which many processes can share.`;
}

function displayPath(dir: string): string {
  const rel = relative(repoRoot, dir);
  return rel && !rel.startsWith("..") ? rel : dir;
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
    stamp: ownStamp(),
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
    const status = holder ? holderStatus(holder) : "gone";
    if (holder && status !== "gone" && (holder.pid !== process.pid || held.has(file))) {
      throw new LockedError(holder, dataDir, status === "holding");
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
