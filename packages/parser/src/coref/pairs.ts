import nouns from "../lexicon/coref-nouns.json" with { type: "json" };
import type { CorefContext } from "./context.ts";
import type { Entity } from "./entity.ts";

/** "the couple", "the pair": heads that stand for two people named together before. */
export const pairHeads = new Set(nouns.pairHeads);

const NAME = String.raw`\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)*`;
const PAIR = new RegExp(String.raw`(?<![\p{L}'’-])(${NAME})\s+and\s+(${NAME})`, "gu");

/**
 * The two people "the couple" means: the last "Ann and Bo Lee" or "Ann Lee and Bo Park" written
 * before `at` in this paragraph or the two before, outside quotation marks, where one of the two
 * names is a person of the article (`isPerson`). The pair is a group named as written, so that a
 * later "they" can refer to it. Null when there is none.
 */
export function pairBefore(
  c: CorefContext,
  text: string,
  at: number,
  paragraph: number,
  isPerson: (start: number, end: number) => boolean,
): Entity | null {
  const from = c.table.positions.paragraphStart(paragraph - 2);
  let found: { name: string; start: number } | null = null;
  for (const m of text.slice(from, at).matchAll(PAIR)) {
    const start = from + (m.index ?? 0);
    const second = start + m[0].length - m[2].length;
    if (c.table.isQuoted(start)) continue;
    if (!isPerson(start, start + m[1].length) && !isPerson(second, second + m[2].length)) continue;
    found = { name: m[0], start };
  }
  if (!found) return null;
  const entity = c.table.named("group", found.name, null);
  c.table.add(entity, found.start, found.start + found.name.length, false);
  return entity;
}
