import particles from "../lexicon/name-particles.json" with { type: "json" };
import cues from "../lexicon/people-cues.json" with { type: "json" };
import { memo } from "./memo.ts";

/**
 * Spelling-tolerant keys for names. Two spellings of one name that differ only by transliteration
 * (Zelensky / Zelenskyy / Zelenskiy, Zaluzhny / Zaluzhnyi, Sergey / Sergei, Erdogan / Erdoğan)
 * get the same key, so surnames can be matched within an article and against the knowledge base.
 */

const SPECIAL: Record<string, string> = {
  ß: "ss",
  ø: "o",
  æ: "ae",
  œ: "oe",
  ł: "l",
  đ: "d",
  ı: "i",
  þ: "th",
};

/** Lower-case, diacritics removed, only letters kept. */
export const foldName = memo((word: string): string => {
  return word
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[ßøæœłđıþ]/g, (c) => SPECIAL[c] ?? c)
    .replace(/[^a-z]/g, "");
});

// Ordered rewrites: each collapses spellings that transliteration schemes disagree on.
const REWRITES: [RegExp, string][] = [
  [/ph/g, "f"],
  [/ck/g, "k"],
  [/q/g, "k"],
  [/x/g, "ks"],
  [/w/g, "v"],
  [/tch/g, "ch"],
  [/sch/g, "sh"],
  [/kh/g, "h"],
  [/j/g, "y"],
  [/[iy]+/g, "y"],
  [/(.)\1+/g, "$1"],
];

/** Phonetic key of one name word: "Zelenskyy", "Zelensky" and "Zelenskiy" all give "zelensky". */
export const phoneticKey = memo((word: string): string => {
  let key = foldName(word);
  for (const [re, to] of REWRITES) key = key.replace(re, to);
  return key;
});

/** Particles that belong to a surname ("von der Leyen", "de Gaulle", "bin Salman"). */
export const PARTICLES = new Set(particles.particles);

/** Name words without initials ("A.") and suffixes ("Jr."). */
export function nameWords(name: string): string[] {
  return name
    .replace(/\([^)]*\)/g, " ")
    .split(/[\s]+/)
    .filter((w) => w && !/^[A-Z]\.?$/.test(w) && !/^(jr|sr|ii|iii|iv)\.?,?$/i.test(w))
    .map((w) => w.replace(/,$/, ""));
}

/** Key of the surname: the last name word ("Mark A. Milley" → "miley"). */
export const surnameKey = memo((name: string): string => {
  const words = nameWords(name);
  return phoneticKey(words[words.length - 1] ?? "");
});

/** Key of given name and surname ("Mark A. Milley" and "Mark Milley" → "mark miley"). */
export const fullNameKey = memo((name: string): string => {
  const words = nameWords(name).filter((w) => !PARTICLES.has(w.toLowerCase()));
  if (words.length < 2) return phoneticKey(words[0] ?? "");
  // "Robert Kane Jr." and "Robert Kane Sr." are two people.
  const suffix = /\b(jr|sr)\.?$/i.exec(name.trim())?.[1].toLowerCase();
  return `${givenKey(words[0])} ${phoneticKey(words[words.length - 1])}${suffix ? ` ${suffix}` : ""}`;
});

const NICKNAMES: Record<string, string> = cues.nicknames;

/** Key of a given name, nicknames read as the full form ("Joe" → "joseph"). */
const givenKey = memo((word: string) => phoneticKey(NICKNAMES[foldName(word)] ?? word));
