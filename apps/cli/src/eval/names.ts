import type { GoldQuote } from "./gold.ts";

/**
 * How a speaker is judged. `original`: the harness's first rule (a resolved GGT speaker is always
 * a name; PolNeAR's source judged by its words only). `corrected`: a resolved speaker that names
 * no one is a label, outside speaker accuracy, and PolNeAR's described source ("the Vermont
 * senator") is right when the prediction resolved that very mention. Both are always reported.
 */
export type SpeakerRule = "original" | "corrected";
export const SPEAKER_RULES: readonly SpeakerRule[] = ["original", "corrected"];

const NOT_NAMES = new Set(
  "the a an this that these those his her their its our my mr mrs ms dr he she they we i it you former both some many other one".split(
    " ",
  ),
);

// Common nouns that head unnamed sources; capitalized only because they open a sentence.
const COMMON_HEADS = new Set(
  (
    "official analyst expert critic source aide observer people voter supporter poll report other " +
    "military police authoritie resident lawmaker advocate economist researcher scientist study data " +
    "document record witness prosecutor investigator senior top some many several most few both all"
  ).split(" "),
);

// Capitalized words that describe a group rather than name one ("Nine in 10 Democratic voters").
const DESCRIPTIVE =
  /^(?:democratic|republican|gop|conservative|liberal|american|federal|national|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)(?:-\p{L}+)?)$/u;

/** Lower case, accents and possessive dropped, transliteration endings merged (Zelensky = Zelenskyy). */
function fold(word: string): string {
  return word
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’']s?$/, "")
    .replace(/[^\p{L}\p{N}-]/gu, "")
    .replace(/(?:iy|yi|yy|i|y)$/, "y");
}

const isCommonHead = (w: string) => COMMON_HEADS.has(fold(w).replace(/s$/, ""));

/** The capitalized words of a name or phrase that can be names, folded. */
function nameWords(text: string): string[] {
  return text
    .split(/[\s,()/]+/)
    .filter((w, i) => /^\p{Lu}/u.test(w) && !(i === 0 && isCommonHead(w)))
    .map(fold)
    .filter((w) => w.length > 1 && !NOT_NAMES.has(w) && !DESCRIPTIVE.test(w) && !/\d/.test(w));
}

/**
 * The head of a speaker phrase: up to an appositive, a relative clause or a preposition after a
 * common noun, so that "a spokesman for Hillary Clinton" and "Aides to Clinton" are not Clinton,
 * while "Secretary of State John Kerry" keeps its name.
 */
export function speakerHead(phrase: string): string {
  const words = phrase
    .split(/,|\(|\s(?:who|whose|which)\s/)[0]
    .trim()
    .split(/\s+/);
  for (let i = 1; i < words.length - 1; i++) {
    if (!/^(?:of|to|for|at|with|from|in|on|by|close|familiar)$/.test(words[i])) continue;
    const prev = words[i - 1];
    if (/^\p{Ll}/u.test(prev) || isCommonHead(prev)) return words.slice(0, i).join(" ");
  }
  return words.join(" ");
}

// A possessor ("Trump's attorney") or a demonym ("An Israeli blogger") does not name the speaker.
const DEMONYM =
  /^(?:israeli|american|russian|ukrainian|british|french|german|chinese|mexican|iranian|iraqi|syrian|saudi|palestinian|egyptian|turkish|japanese|korean|indian|pakistani|afghan|canadian|european|african|asian|latino|hispanic|muslim|jewish|christian|catholic|cuban|italian|spanish|polish|irish|scottish|australian|brazilian)$/i;
const describesOnly = (w: string) => /[’']s$/.test(w) || DEMONYM.test(w.replace(/[,.]$/, ""));

/**
 * The gold speaker's name when the gold names one (a person or a named body), else null. A head
 * that only describes ("Trump's attorney, Alan Garten") takes the name of its appositive.
 */
export function goldName(g: GoldQuote, rule: SpeakerRule = "corrected"): string | null {
  // Corrected rule: a resolved speaker that names no one ("a citizen", "Officials") is judged as
  // a label. The original rule took every resolved speaker as a name (so "a citizen" was never
  // right and counted in speaker accuracy).
  if (g.speakerRef !== undefined) {
    if (rule === "original") return g.speakerRef;
    return g.speakerRef && nameWords(speakerHead(g.speakerRef)).length > 0 ? g.speakerRef : null;
  }
  if (!g.speaker || g.speakerIsPronoun) return null;
  const head = speakerHead(g.speaker);
  const naming = head
    .split(/\s+/)
    .filter((w) => !describesOnly(w))
    .join(" ");
  if (nameWords(naming).length > 0) return head;
  const appositive = g.speaker.split(",")[1]?.trim();
  if (appositive && nameWords(speakerHead(appositive)).length > 0) return speakerHead(appositive);
  return null;
}

/** Surnames agree: the predicted surname is a name word of the gold speaker, or the other way. */
export function surnamesAgree(gold: string, predicted: string | null): boolean {
  if (!predicted) return false;
  const g = nameWords(speakerHead(gold));
  const p = nameWords(speakerHead(predicted));
  if (!g.length || !p.length) return false;
  return g.includes(p[p.length - 1]) || p.includes(g[g.length - 1]);
}

const singular = (w: string) =>
  w
    .toLowerCase()
    .replace(/[’']s$/, "")
    .replace(/(?<=[^s])s$/, "");

/** The head noun of an unnamed source agrees ("senior U.S. officials" / "officials familiar …"). */
export function labelsAgree(gold: string, predicted: string | null): boolean {
  if (!predicted) return false;
  const words = gold.split(/\s+/).map(singular);
  const pred = new Set(predicted.split(/\s+/).map(singular));
  return words.some((w) => w.length > 2 && pred.has(w) && !NOT_NAMES.has(w));
}
