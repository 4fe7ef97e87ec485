/**
 * Is the process a lock file names still its holder? A pid alone cannot say: after a kill -9 the
 * pid lingers as a zombie (or a process still tearing down) for a moment, and later the pid may
 * belong to an unrelated process. On Linux the holder stamps the lock with what identifies a
 * process for good (host, boot, pid namespace, start time in clock ticks), and the check reads
 * the pid's state and start time from /proc: no waiting, no guessing.
 */
import { readFileSync, readlinkSync } from "node:fs";
import { hostname } from "node:os";

/** What identifies the holding process beyond its pid (Linux). */
export interface ProcessStamp {
  host: string;
  boot: string;
  pidNamespace: string;
  /** Start time after boot, in clock ticks (/proc/<pid>/stat field 22). */
  start: number;
}

/** The holder as recorded in the lock file (only the fields the check needs). */
export interface RecordedHolder {
  pid: number;
  command: string;
  startedAt: string;
  stamp?: ProcessStamp;
}

/**
 * - `holding`: the recorded process runs.
 * - `gone`: it does not (dead, dying, a zombie, or its pid now names another process).
 * - `unverifiable`: it may run where this process cannot look (another host, another container,
 *   a system without /proc) and its pid answers: treated as held, but the user is not told to
 *   stop a process that may not be ours.
 */
export type HolderStatus = "holding" | "gone" | "unverifiable";

const PF_EXITING = 0x4; // include/linux/sched.h: set as soon as the process starts to exit

function safe<T>(read: () => T): T | null {
  try {
    return read();
  } catch {
    return null;
  }
}

function readStat(pid: number): { state: string; flags: number; start: number } | null {
  const stat = safe(() => readFileSync(`/proc/${pid}/stat`, "utf8"));
  if (stat === null) return null;
  // The command name (field 2) may hold spaces and parentheses: fields are counted after it.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return { state: fields[0], flags: Number(fields[6]), start: Number(fields[19]) };
}

const hasProc = () => readStat(process.pid) !== null;

/** This process's stamp, or undefined where /proc is not available. */
export function ownStamp(): ProcessStamp | undefined {
  const stat = readStat(process.pid);
  const boot = safe(() => readFileSync("/proc/sys/kernel/random/boot_id", "utf8").trim());
  if (!stat || !boot) return undefined;
  const pidNamespace = safe(() => readlinkSync("/proc/self/ns/pid")) ?? "";
  return { host: hostname(), boot, pidNamespace, start: stat.start };
}

function pidAnswers(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Whether the process a lock file names still holds it (see {@link HolderStatus}). */
export function holderStatus(h: RecordedHolder): HolderStatus {
  const mine = ownStamp();
  if (h.stamp && mine) {
    // Another machine (a shared folder) or another container: its pids are not ours to read.
    if (h.stamp.host !== mine.host) return "unverifiable";
    if (h.stamp.boot !== mine.boot) return "gone"; // written before the last reboot
    if (h.stamp.pidNamespace !== mine.pidNamespace) return "unverifiable";
  }
  if (!pidAnswers(h.pid)) return "gone";
  if (!hasProc()) return "unverifiable";
  const stat = readStat(h.pid);
  if (!stat) return "gone";
  // A zombie (killed, not yet reaped by its parent) or a process already exiting holds nothing.
  if (stat.state === "Z" || stat.state === "X" || stat.flags & PF_EXITING) return "gone";
  if (h.stamp && mine) return stat.start === h.stamp.start ? "holding" : "gone";
  return legacyHolder(h, stat.start) ? "holding" : "gone";
}

/** A lock written without a stamp: the pid's process must have the recorded command line. */
function legacyHolder(h: RecordedHolder, startTicks: number): boolean {
  const args = safe(() => readFileSync(`/proc/${h.pid}/cmdline`, "utf8"))
    ?.split("\0")
    .filter(Boolean);
  if (!args || !h.command || !args.join(" ").endsWith(h.command)) return false;
  // And it must not have started after the lock was written.
  const boot = Number(
    /^btime (\d+)$/m.exec(safe(() => readFileSync("/proc/stat", "utf8")) ?? "")?.[1],
  );
  const started = (boot + startTicks / 100) * 1000;
  return !(Number.isFinite(started) && started > Date.parse(h.startedAt) + 5000);
}
