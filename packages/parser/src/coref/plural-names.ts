import type { Token } from "../doc.ts";
import { isUpper } from "../util/token-flags.ts";
import type { CorefContext } from "./context.ts";
import type { Entity } from "./entity.ts";

/** "Liberals", "Raptors", "Democrats": a capitalized plural that names a party, team or people. */
const isPluralName = (t: Token) =>
  t.type === "word" && /^\p{Lu}\p{Ll}+[^s'’]s$/u.test(t.text) && t.text.length > 4;

/**
 * The group a "they" most likely means when no group has spoken yet: the nearest "the Liberals",
 * "The Conservatives", "the Toronto Raptors" in the pronoun's sentence or the one before (the
 * writer's subject, or a possessor: "the Liberals’ hope … they promise"); also what "the team"
 * means ("the Raptors’ … The team posted", `sentencesBack` further). Returns the group and
 * where it is written, or null. Quoted words never count.
 */
export function pluralNameBefore(
  c: CorefContext,
  at: number,
  sentencesBack = 1,
): { entity: Entity; at: number } | null {
  const positions = c.table.positions;
  const si = positions.sentence(at);
  const here = positions.sentenceAt(si);
  if (!here) return null;
  for (let s = si; s >= si - sentencesBack && s >= 0; s--) {
    const sentence = positions.sentenceAt(s);
    if (!sentence || sentence.paragraph !== here.paragraph) break;
    const toks = sentence.toks;
    for (let i = toks.length - 1; i > 0; i--) {
      const t = toks[i];
      if (t.start >= at || !isPluralName(t) || c.table.isQuoted(t.start)) continue;
      let first = i;
      const capitalized = (k: number) =>
        isUpper(toks[k]) && toks[k].type === "word" && toks[k].normal !== "the";
      while (first > 0 && capitalized(first - 1)) first--;
      // "the Liberals": a definite plural name; a capitalized run alone may be a place or a title.
      if (first === 0 || toks[first - 1].normal !== "the") continue;
      const name = `the ${c.span(toks[first].start, t.end).text}`;
      return { entity: c.table.named("group", name, null), at: t.start };
    }
  }
  return null;
}
