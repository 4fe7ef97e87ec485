import type { Mention } from "../types.ts";
import { memo } from "./memo.ts";

// "Marsh's campaign", "the Marsh campaign", "Marsh's running mate": a person with a campaign.
// ", if elected,", "said at a campaign rally": a candidate's own words and events.
const AFTER =
  /^(?:(?:['’]s?)?\s+(?:(?:presidential|primary|general-election|re-?election|senate|gubernatorial|mayoral|leadership)\s+)?(?:campaign|running mate|candidacy|presidential bid|nomination)\b|,? if elected\b|\s+(?:said|spoke|told \w+) at a campaign (?:stop|rally|event)\b)/i;
// "voting for Marsh", "to help elect Marsh", "the debate against Marsh".
// "the race between Marsh and Kole": both run.
const BEFORE =
  /\b(?:vot(?:e|es|ed|ing) for|(?:to|help|helped|helping) elect|debates? (?:against|with)|(?:race|running|ran) against|endorse(?:d|s|ment of)?|nominat(?:e|ed|ing)|(?:race|contest|competition|match-?up|debate) between(?: \p{Lu}[\p{L}’'.-]*){0,3}(?: and)?)\s+$/iu;

// Most articles have no campaign: one scan of the text spares a look at every mention.
const ANY_CUE =
  /\b(?:campaign|running mate|candidacy|bid|nomination|vot(?:e|es|ed|ing) for|elect(?:ed)?|debates?|against|between|endorse\w*|nominat\w*)\b/i;
const mayRun = memo((text: string) => ANY_CUE.test(text), 1);

/**
 * Evidence in the text that a person runs for office at the article's time: their campaign,
 * running mate or nomination, votes or a debate for or against them. The words as written, or
 * null. A campaign dated another year ("Marsh's 2012 campaign") is past, and does not count.
 */
export function candidacyCue(text: string, mentions: Mention[]): string | null {
  if (!mayRun(text)) return null;
  for (const m of mentions) {
    if (m.kind === "pronoun" || m.kind === "title") continue;
    const after = text.slice(m.end, m.end + 40).match(AFTER);
    if (after) return `${m.text}${after[0]}`;
    const before = text.slice(Math.max(0, m.start - 40), m.start).match(BEFORE);
    if (before) return `${before[0]}${m.text}`;
  }
  return null;
}
