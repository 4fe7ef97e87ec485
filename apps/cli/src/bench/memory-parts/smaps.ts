/** The resident memory of a process by kind of mapping, from /proc/PID/smaps (Linux). */
import { readFileSync } from "node:fs";

export interface Mappings {
  totalMb: number;
  /** Files mapped in: Node's binary and its libraries. */
  fileMb: number;
  /** The largest anonymous mapping of 128 MiB or more under 4 GiB: PGlite's WebAssembly memory. */
  wasmMemoryMb: number;
}

export function residentByMapping(pid: number): Mappings {
  let total = 0;
  let file = 0;
  let wasm = 0;
  let current: { size: number; file: boolean } | null = null;
  for (const line of readFileSync(`/proc/${pid}/smaps`, "utf8").split("\n")) {
    const head = /^([0-9a-f]+)-([0-9a-f]+) \S+ \S+ \S+ \S+\s*(.*)$/.exec(line);
    if (head) {
      const size = Number.parseInt(head[2] ?? "0", 16) - Number.parseInt(head[1] ?? "0", 16);
      current = { size, file: (head[3] ?? "").startsWith("/") };
      continue;
    }
    const rss = /^Rss:\s+(\d+) kB/.exec(line);
    if (!rss || !current) continue;
    const mb = Number(rss[1]) / 1024;
    total += mb;
    if (current.file) file += mb;
    else if (current.size >= 128 * 2 ** 20 && current.size < 4 * 2 ** 30) wasm = Math.max(wasm, mb);
  }
  return { totalMb: total, fileMb: file, wasmMemoryMb: wasm };
}
