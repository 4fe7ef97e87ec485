/** Normalised key of an organization name: case, accents, "the", "&" and punctuation ignored. */
export function orgKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['’`]s\b/g, "s")
    .replace(/['’`.]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .replace(/^the /, "");
}

/** Binary search in lines sorted as `key\tvalue`: every value stored under `key`. */
export function lookupSorted(lines: string[], key: string): string[] {
  const probe = `${key}\t`;
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (lines[mid] < probe) lo = mid + 1;
    else hi = mid;
  }
  const out: string[] = [];
  for (let i = lo; i < lines.length && lines[i].startsWith(probe); i++)
    out.push(lines[i].slice(probe.length));
  return out;
}

/** Prefix of index keys that only text written in capitals may match. */
export const ACRONYM = "#";

/** True for a name written in capitals ("NATO", "U.N.", "AFP"). */
export const isAcronym = (name: string) => /\p{Lu}/u.test(name) && name === name.toUpperCase();
