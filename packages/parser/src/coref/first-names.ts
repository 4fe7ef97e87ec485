import { createRequire } from "node:module";
import type { Gender } from "./entity.ts";

// Loaded like the knowledge base (see kb/data.ts): once, at first use, straight to JSON.parse.
const require = createRequire(import.meta.url);

let table: Map<string, Gender> | null = null;
let common: Set<string> | null = null;

interface NamesData {
  female: string;
  male: string;
  common: string;
}

function load(): Map<string, Gender> {
  const data = require("../../data/names/first-names.json") as NamesData;
  common = new Set(data.common.split("|"));
  const map = new Map<string, Gender>();
  for (const n of data.female.split("|")) map.set(n, "female");
  for (const n of data.male.split("|")) map.set(n, "male");
  return map;
}

/**
 * The sex most people with this given name have in the US Social Security counts, or null for a
 * rare or balanced name ("Kim", "Jordan") and for names the table does not hold.
 */
export function genderOfGivenName(given: string): Gender {
  table ??= load();
  const key = given.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  // Two letters are as often a surname written first ("Lu Kang", "Ma Ying-jeou") or initials
  // as a given name: too weak to decide a pronoun.
  if (key.length < 3) return null;
  return table.get(key) ?? null;
}

/** True for a given name at least 20,000 US babies had, of either sex ("Logan", "Jordan"); lower case, no accents. */
export function isCommonGivenName(folded: string): boolean {
  table ??= load();
  return common!.has(folded);
}
