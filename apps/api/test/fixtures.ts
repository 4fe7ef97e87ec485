/**
 * Test data: the reference article as the real parser structures it, with its people and quotes
 * taken from the hand-made gold annotation. It lets the API's tests exercise speakers, filters
 * and facets before the parser's people stage lands; nothing here ships in the API.
 */
import { readFileSync } from "node:fs";
import {
  OFFICIAL_CATEGORIES,
  type ParsedArticle,
  type Person,
  type PersonCategory,
  parseArticle,
  type Quote,
} from "@whosaid/parser";
import { seedPath, seedText } from "./testing.ts";

interface GoldPerson {
  name: string;
  aliases?: string[];
  country?: string;
  category: Person["category"];
  role?: string;
  organization?: string;
}
interface GoldQuote {
  kind: Quote["kind"];
  speaker: string | null;
  speakerLabel?: string;
  speakerCountry?: string;
  text: string;
  cue?: string;
  channel?: string;
}

const WAR = {
  id: "medtop:16000000",
  label: "conflict, war and peace",
  path: ["conflict, war and peace"],
};
const TALKS = {
  id: "medtop:20000638",
  label: "peace process",
  path: ["conflict, war and peace", "peace process"],
};

/** The reference article, parsed, with gold people and quotes; `suffix` makes a distinct story. */
export function goldParsed(suffix = ""): { parsed: ParsedArticle; text: string } {
  const original = seedText();
  // A distinct copy needs a body of its own: text after the footer would only make a syndicated
  // copy of the same story, which is stored once. So the suffix opens the body.
  const text = suffix ? original.replace("·6 min read\n", `·6 min read\n${suffix}`) : original;
  const gold = JSON.parse(readFileSync(`${seedPath}.gold.json`, "utf8")) as {
    people: GoldPerson[];
    quotes: GoldQuote[];
  };
  const parsed = parseArticle(text, { format: "text" });
  const people: Person[] = gold.people.map((p, i) => ({
    id: `p${i + 1}`,
    name: p.name,
    aliases: p.aliases ?? [],
    country: p.country ?? null,
    category: p.category,
    isOfficial: OFFICIAL_CATEGORIES.includes(p.category as PersonCategory),
    party: null,
    role: p.role ?? null,
    organization: p.organization ?? null,
    wikidataId: null,
    evidence: {},
    mentions: [],
  }));
  const byName = new Map(people.map((p) => [p.name, p.id]));
  const paragraphs = parsed.article.paragraphs;
  const quotes: Quote[] = gold.quotes.map((q, i) => {
    const start = text.indexOf(q.text);
    if (start < 0) throw new Error(`gold quote not found: ${q.text.slice(0, 40)}`);
    const topics = /negotiat|talks|peace|compromise/i.test(q.text)
      ? [{ ...TALKS, score: 0.8 }]
      : [];
    return {
      id: `q${i + 1}`,
      statementId: `s${i + 1}`,
      text: q.text,
      start,
      end: start + q.text.length,
      kind: q.kind,
      speakerId: q.speaker ? (byName.get(q.speaker) ?? null) : null,
      speakerLabel: q.speakerLabel ?? null,
      speakerCountry: q.speakerCountry ?? null,
      speakerMention: null,
      speakerType: null,
      speakerMentionKind: null,
      cue: q.cue ? { text: q.cue, lemma: q.cue } : null,
      channel: q.channel ?? null,
      statedAt: null,
      paragraph: paragraphs.findIndex((p) => start >= p.start && start < p.end),
      topics: [{ ...WAR, score: 0.9 }, ...topics],
    };
  });
  return {
    parsed: {
      ...parsed,
      people,
      quotes,
      topics: [
        { ...WAR, score: 0.9 },
        { ...TALKS, score: 0.7 },
      ],
    },
    text,
  };
}
