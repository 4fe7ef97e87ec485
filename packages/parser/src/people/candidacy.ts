import type { Mention, Span } from "../types.ts";
import { memo } from "./memo.ts";

// What follows a candidate's name: "Marsh's campaign", "the Marsh campaign", "Marsh's running
// mate", ", if elected,", "said at a campaign rally", "has amassed 900 pledged delegates", "won
// the election", "Marsh for president", "Kole as his running mate".
const AFTER = new RegExp(
  `^(?:${[
    "(?:['’]s?)?\\s+(?:(?:presidential|primary|general-election|re-?election|senate|gubernatorial|mayoral|leadership|unsuccessful|failed)\\s+)?(?:campaign|running mate|candidacy|presidential bid|nomination)\\b",
    ",? if elected\\b",
    "\\s+(?:said|spoke|told \\w+) at a campaign (?:stop|rally|event)\\b",
    "\\s+(?:has |had )?(?:amassed|won|secured|collected) (?:[\\d,]+ )?(?:pledged )?delegates\\b",
    "\\s+(?:only |narrowly )?(?:won|lost) the (?:presidential |general )?elections?\\b",
    "\\s+for (?:vice[ -])?president\\b",
    "\\s+as (?:his|her|their) running mate\\b",
    // "left Marsh as the party's presumptive nominee": the nominee-to-be of a race.
    "\\s+as (?:the |its |their )?(?:party['’]s |[\\w-]+ )?(?:presumptive|expected|likely|probable|eventual|de facto) (?:[\\w-]+ )?nominee\\b",
    // "Marsh won the Nevada caucuses", "Marsh clinched the Republican nomination".
    "\\s+(?:has |had )?(?:won|wins|lost|loses|carried|swept|took) the (?:[\\w-]+ ){0,3}(?:primary|primaries|caucus|caucuses)\\b",
    "\\s+(?:has |had )?(?:clinched|secured|claimed|sought|won|moved closer to|cruised to) the (?:[\\w-]+ ){0,3}nomination\\b",
    // "Marsh's primary victory", "Marsh's caucus win".
    "['’]s? (?:primary|caucus|primary-night|caucus-night) (?:win|wins|victory|victories|loss|defeat)\\b",
  ].join("|")})`,
  "i",
);
// What precedes it: "voting for Marsh", "to help elect Marsh", "the debate against Marsh", "the
// race between Marsh and Kole" (both run), "the campaign of former governor Marsh".
const BEFORE = new RegExp(
  `\\b(?:${[
    "vot(?:e|es|ed|ing) for",
    "(?:to|help|helped|helping) elect",
    "debates? (?:against|with)",
    "(?:race|running|ran) against",
    "endorse(?:d|s|ment of)?",
    "nominat(?:e|ed|ing)",
    "(?:race|contest|competition|match-?up|debate) between(?: \\p{Lu}[\\p{L}’'.-]*){0,3}(?: and)?",
    "campaigns? of(?: [\\p{L}.-]+){0,4}",
    // "caucus for Marsh", "the front-runner, Marsh": a race's words before the name.
    "caucus(?:ed|ing)? for",
    "(?:primary|caucus|nomination) (?:rivals?|opponents?|challengers?)",
    "front-?runners?,?",
    // "to tip the scales for Marsh": to sway a vote her way.
    "tip(?:s|ped|ping)? the scales (?:for|in favou?r of|against)",
  ].join("|")})\\s+$`,
  "iu",
);

// "won the nomination on the third ballot, edging lawyer A, B and activist C", "took the primary
// over two rivals: A and B": the losers of a party's race ran in it. The list may run on for a
// while; it stays in the sentence.
const RIVALS =
  /\b(?:nomination|primary|primaries|ballot|caucus(?:es)?|leadership (?:race|contest|vote))\b[^.;!?]{0,80}?\b(?:(?:edg|defeat|best)(?:ing|ed)|beat(?:ing)?|(?:over|against|ahead of)(?: [\w-]+){0,3} (?:contenders|rivals|challengers|candidates|opponents):?)(?: out)? [^.;!?:()"“”]{0,140}$/iu;

// Most articles have no campaign: one scan of the text spares a look at every mention.
const ANY_CUE =
  /\b(?:campaign|primar(?:y|ies)|caucus\w*|front-?runners?|running mate|candidacy|bid|nomination|vot(?:e|es|ed|ing) for|elect(?:ed|ions?)?|debates?|against|between|endorse\w*|nominat\w*|nominee|delegates|president|scales)\b/i;
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
    const after = text.slice(m.end, m.end + 60).match(AFTER);
    if (after) return `${m.text}${after[0]}`;
    const before = text.slice(Math.max(0, m.start - 60), m.start).match(BEFORE);
    if (before) return `${before[0]}${m.text}`;
    const rivals = text.slice(Math.max(0, m.start - 240), m.start).match(RIVALS);
    if (rivals) return `${rivals[0]}${m.text}`;
  }
  return null;
}

// Words of an election race: a sentence with one of them about a person is about the race.
const RACE_WORDS =
  /\b(?:campaign trail|presidential race|(?:the|a) race for|nominee|nomination|primar(?:y|ies)|caucus(?:es)?|debates?|polls?|polling|delegates|running mate|stump(?:ing|ed)?|(?:his|her) campaign|(?:his|her) candidacy)\b/i;
// A race's main figure: named this often, in this many of the race's sentences.
const MAIN_FIGURE_MENTIONS = 4;
const RACE_SENTENCES = 2;

/**
 * "Kole leads in the polls … Kole's debate answers …": a person the article names often and
 * puts in the race's sentences again and again is running, though no single phrase says so.
 * The first such sentence as evidence, or null.
 */
export function raceFigureCue(sentences: Span[], text: string, mentions: Mention[]): string | null {
  if (!mayRun(text)) return null;
  const named = mentions
    .filter((m) => m.kind !== "pronoun" && m.kind !== "title")
    .sort((a, b) => a.start - b.start);
  if (named.length < MAIN_FIGURE_MENTIONS) return null;
  const racing = new Set<Span>();
  let k = 0;
  for (const m of named) {
    while (k < sentences.length && sentences[k].end <= m.start) k++;
    const s = sentences[k];
    if (s && s.start <= m.start && RACE_WORDS.test(text.slice(s.start, s.end))) racing.add(s);
  }
  if (racing.size < RACE_SENTENCES) return null;
  const first = [...racing][0];
  return `named in the race: ${text.slice(first.start, Math.min(first.end, first.start + 100))}`;
}
