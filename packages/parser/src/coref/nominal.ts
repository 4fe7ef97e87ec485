import type { Token } from "../doc.ts";
import nouns from "../lexicon/coref-nouns.json" with { type: "json" };
import { possessivePronouns } from "../quotes/lexicon.ts";
import type { SpeakerPhrase } from "../quotes/subject/phrase.ts";
import { isUpper } from "../util/token-flags.ts";
import { documentHeads, genderOfWord, groupHeads, organizationHeads } from "./entity.ts";

const ANONYMOUS = new Set(nouns.anonymousHeads);
const COLLECTIVE = new Set(nouns.collectiveHeads);
const CAPITALIZED_PERSON = new Set(nouns.capitalizedPersonHeads);
const DEFINITE = new Set(["the", "this", "that"]);
const POST = new Set([
  "of",
  "for",
  "with",
  "at",
  "from",
  "in",
  "on",
  "to",
  "who",
  "whose",
  ",",
  "(",
]);

/** What a speaker description says about the entity it stands for. */
export type Description =
  /** "her statement": the owner of a document speaks through it. */
  | { kind: "owner"; pronoun: number }
  /** "the department", "the company": an organization named before. */
  | { kind: "organization"; head: string }
  /** "the minister", "the rookie defenceman": a person named before. */
  | { kind: "person"; head: string; anonymous: boolean; gender: ReturnType<typeof genderOfWord> }
  /** Indefinite, plural or a document: the words themselves are the speaker. */
  | { kind: "label"; head: string };

/** Reads a label phrase ("the rookie defenceman", "a spokesperson for the camp", "her statement"). */
export function describe(toks: Token[], phrase: SpeakerPhrase): Description {
  const first = toks[phrase.first];
  let head = phrase.last;
  for (let k = phrase.first + 1; k <= phrase.last; k++) {
    if (POST.has(toks[k].normal)) {
      head = k - 1;
      break;
    }
  }
  while (head > phrase.first && toks[head].type === "punctuation") head--;
  const h = toks[head].normal.replace(/['’]s$/, "");
  if (Object.hasOwn(possessivePronouns, first.normal) && documentHeads.has(h))
    return { kind: "owner", pronoun: phrase.first };
  // "the lanky, bespectacled professor" reaches us as "bespectacled professor".
  const definite =
    DEFINITE.has(first.normal) || (first.pos === "ADJ" && /^\p{Ll}/u.test(first.text));
  if (!definite || documentHeads.has(h)) return { kind: "label", head: h };
  // "The U.S.", "the Kremlin": a proper name is no description ("the Kentucky Republican" is).
  if (isUpper(toks[head]) && !CAPITALIZED_PERSON.has(h)) return { kind: "label", head: h };
  const plural = /[^s]s$/.test(h) && !organizationHeads.has(h);
  if (organizationHeads.has(h) && !groupHeads.has(h)) return { kind: "organization", head: h };
  if (plural || groupHeads.has(h)) return { kind: "label", head: h };
  return { kind: "person", head: h, anonymous: ANONYMOUS.has(h), gender: genderOfWord(h) };
}

/**
 * Where the members begin in "a growing list of veteran MPs", "a handful of residents": the
 * people who speak, not the list. The offset of "veteran" in `text`, or -1.
 */
export function membersStart(text: string): number {
  const m = /^(?:an?|the)\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}]+)\s+of\s+(?=\S)/u.exec(text);
  return m && COLLECTIVE.has(m[1]) && /s$/.test(text) ? m[0].length : -1;
}
