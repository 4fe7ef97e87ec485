/**
 * Name matching for the people eval. Two forms name the same person when their surnames (last
 * words) agree and every other word of the shorter form is compatible with a word of the longer
 * one: equal, an initial of it, or a prefix of it ("Bill de Blasio" = "de Blasio" = "Blasio";
 * "J. Smith" = "John Smith"; "Ivana Trump" ≠ "Donald Trump"). Accents, case, titles
 * ("Mr.", "Rep."), possessives and a generational suffix are ignored, except that two different
 * suffixes never agree ("X Jr." ≠ "X Sr.").
 */
const TITLES = new Set(
  "mr mrs ms miss dr prof sir dame lord lady rep sen gov gen col lt sgt capt adm rev president senator representative del sultan king queen prince princess sheikh emir".split(
    " ",
  ),
);
const SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv", "v", "vi", "vii", "viii"]);
const PARTICLES = new Set([
  "de",
  "da",
  "del",
  "della",
  "van",
  "von",
  "der",
  "la",
  "le",
  "al",
  "bin",
  "el",
]);

interface NameForm {
  words: string[];
  suffix: string | null;
}

/** Folds a name into its words (lower case, no accents, no title, no possessive) and suffix. */
function nameForm(name: string): NameForm {
  const words = name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[’‘`]/g, "'")
    .toLowerCase()
    .replace(/'s\b/g, "")
    .split(/[\s,]+/)
    .map((w) => w.replace(/[^\p{L}\p{N}'-]/gu, ""))
    .filter(Boolean);
  while (words.length > 1 && TITLES.has(words[0])) words.shift();
  let suffix: string | null = null;
  if (words.length > 1 && SUFFIXES.has(words[words.length - 1])) suffix = words.pop() ?? null;
  return { words, suffix };
}

const compatible = (a: string, b: string) =>
  a === b ||
  (a.length === 1 && b.startsWith(a)) ||
  (b.length === 1 && a.startsWith(b)) ||
  (a.length >= 3 && b.startsWith(a)) ||
  (b.length >= 3 && a.startsWith(b));

/**
 * How well two name forms agree: 3 the same words, 2 surname and given names compatible, 1 the
 * surname alone on one side, 0 not the same person.
 */
export function nameAgreement(a: string, b: string): number {
  const x = nameForm(a);
  const y = nameForm(b);
  if (!x.words.length || !y.words.length) return 0;
  if (x.suffix && y.suffix && x.suffix !== y.suffix) return 0;
  if (x.words.at(-1) !== y.words.at(-1)) return 0;
  if (x.words.join(" ") === y.words.join(" ")) return 3;
  const [short, long] = x.words.length <= y.words.length ? [x.words, y.words] : [y.words, x.words];
  const givenShort = short.slice(0, -1).filter((w) => !PARTICLES.has(w));
  const givenLong = long.slice(0, -1);
  if (!givenShort.every((w) => givenLong.some((v) => compatible(w, v)))) return 0;
  return givenShort.length ? 2 : 1;
}

/**
 * How well a gold person and a predicted one agree, by their main names; their other forms count
 * only when the main surnames differ (a misspelt or variant surname), never to join two people
 * of one family ("Ivana Trump" is not "Donald Trump" even though both are "Trump").
 */
export function personAgreement(
  gold: { name: string; aliases: string[] },
  predicted: { name: string; aliases: string[] },
): number {
  const main = nameAgreement(gold.name, predicted.name);
  if (main > 0) return main;
  if (nameForm(gold.name).words.at(-1) === nameForm(predicted.name).words.at(-1)) return 0;
  let best = 0;
  for (const a of [gold.name, ...gold.aliases])
    for (const b of [predicted.name, ...predicted.aliases])
      best = Math.max(best, Math.min(1, nameAgreement(a, b)));
  return best;
}
