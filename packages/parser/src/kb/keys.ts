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

/** Prefix of index keys that only text written in capitals may match. */
export const ACRONYM = "#";

/** True for a name written in capitals ("NATO", "U.N.", "AFP"). */
export const isAcronym = (name: string) => /\p{Lu}/u.test(name) && name === name.toUpperCase();
