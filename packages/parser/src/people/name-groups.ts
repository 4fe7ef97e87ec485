import type { Mention } from "../types.ts";
import { isGivenName, RELATIONS } from "./lexicon.ts";
import type { RoleInfo } from "./role.ts";
import { isPluralTitle } from "./role.ts";
import { nameStart, titleWords } from "./title-words.ts";
import { isCapitalized, isInitial, joinWords, type Word } from "./words.ts";

/**
 * "[Russian President Vladimir] Putin": an editor's insertion in brackets before a surname. The
 * words inside give the title and the given name; the name is read whole. Null when the run at
 * `from` does not follow a bracketed insertion.
 */
export function bracketedPrefix(
  words: Word[],
  from: number,
): { title: Word[]; given: Word[] } | null {
  if (words[from - 1]?.text !== "]") return null;
  const open = words.findLastIndex((w, k) => k < from - 1 && w.text === "[");
  if (open < 0 || from - open > 10) return null;
  const inner = words.slice(open + 1, from - 1);
  if (inner.length === 0) return null;
  const start = open + 1 + (nameStart(words, open + 1, from - 1) - (open + 1));
  const given = words.slice(start, from - 1);
  if (given.length === 0 || !given.every(isCapitalized)) return null;
  return { title: words.slice(open + 1, start), given };
}

/** True when the run ends just before "]" and a capitalised word follows: the name goes on. */
export const endsInsideBrackets = (words: Word[], to: number) =>
  words[to]?.text === "]" && words[to + 1] !== undefined && isCapitalized(words[to + 1]);

const OPENING = new Set(['"', "“"]);
const CLOSING = new Set(['"', "”"]);

/** Start of a quoted nickname of one or two words that closes just before `at`, or -1. */
function nicknameBefore(words: Word[], at: number): number {
  if (!CLOSING.has(words[at - 1]?.text ?? "")) return -1;
  let k = at - 2;
  while (k >= 0 && at - 2 - k < 2 && isCapitalized(words[k])) k--;
  return k < at - 2 && OPENING.has(words[k]?.text ?? "") ? k : -1;
}

/**
 * `Ana "Nan" Ruiz`, `Lt. Robert C. "Bobby" Moss`: a nickname in quotes between the given names and
 * the surname. The given names (and the title before them) are read with the surname at `from`;
 * null when no nickname closes before it.
 */
export function nicknamePrefix(
  words: Word[],
  from: number,
  runs: [number, number][],
): { title: Word[]; given: Word[] } | null {
  const open = nicknameBefore(words, from);
  if (open < 0) return null;
  const run = runs.find(([, to]) => to === open);
  if (!run) return null;
  const start = nameStart(words, run[0], run[1]);
  const given = words.slice(start, open);
  // A nickname in quotes is a person's: the words before it need not be a known given name.
  if (given.length === 0 || !given.every((w) => isCapitalized(w) || isInitial(w))) return null;
  return { title: titleWords(words, run[0], start), given };
}

/** The given names before a quoted nickname, or the nickname itself: read with the surname. */
export function beforeSurname(words: Word[], from: number, to: number): boolean {
  const next = words[to + 1];
  // The nickname: a quote on each side, a name before and after.
  if (
    OPENING.has(words[from - 1]?.text ?? "") &&
    CLOSING.has(words[to]?.text ?? "") &&
    words[from - 2] &&
    isCapitalized(words[from - 2]) &&
    next &&
    isCapitalized(next)
  )
    return true;
  if (!OPENING.has(words[to]?.text ?? "")) return false;
  let k = to + 1;
  while (k < words.length && k - to <= 2 && isCapitalized(words[k])) k++;
  return (
    k > to + 1 && nicknameBefore(words, k + 1) === to && isCapitalized(words[k + 1] ?? words[to])
  );
}

/**
 * "Rosa and Daniel Ortega-Lind": a lone given name joined by "and" to a full name shares its
 * surname. Returns the full name and the given name's mention, or null.
 */
export function sharedSurname(
  words: Word[],
  from: number,
  to: number,
  runs: [number, number][],
): { name: string; mention: Mention } | null {
  if (to - from !== 1 || words[to]?.lower !== "and" || !isGivenName(words[from].text)) return null;
  const next = runs.find(([f]) => f === to + 1);
  if (!next || next[1] - next[0] < 2 || !isGivenName(words[next[0]].text)) return null;
  const surname = joinWords(words.slice(next[0] + 1, next[1]));
  const w = words[from];
  return {
    name: `${w.text} ${surname}`,
    mention: { text: w.text, start: w.start, end: w.end, kind: "alias" },
  };
}

/** ", son of …", ", the estranged husband of …": a relation says the name is a person's. */
export function relationFollows(words: Word[], to: number): boolean {
  if (words[to]?.text !== ",") return false;
  return words.slice(to + 1, to + 5).some((w) => RELATIONS.has(w.lower));
}

/** What a candidate needs for list propagation: its offsets and title. */
interface Listed {
  start: number;
  end: number;
  title: RoleInfo | null;
  confident: boolean;
}

// Between two names of one list: ", ", " and ", ", and ", with the first's state or tag before it.
const LIST_GAP =
  /^\s*(?:(?:of|from)\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?\s*)?(?:\([^)]{1,12}\)\s*)?(?:,\s*(?:and\s+)?|and\s+)$/u;

/**
 * "Sens. Amy Roth, Brian Cole and Carl Diaz", "Reps. A of Ohio and B": a plural title stands over
 * every name of the list that follows it. Sets the title of the later names in place.
 */
export function shareListTitles(candidates: Listed[], text: string, offset: number): void {
  for (let i = 0; i < candidates.length; i++) {
    const head = candidates[i];
    const written = head.title?.text.split(/\s+/) ?? [];
    if (!head.title || !written.some((w) => isPluralTitle(w.toLowerCase()))) continue;
    for (let j = i + 1; j < candidates.length; j++) {
      const gap = text.slice(candidates[j - 1].end - offset, candidates[j].start - offset);
      if (!LIST_GAP.test(gap) || candidates[j].title?.head) break;
      candidates[j].title = head.title;
      candidates[j].confident = true;
    }
  }
}
