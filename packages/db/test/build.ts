/** Builds ParsedArticle values for storage tests, with offsets that really point into the text. */
import type { ParsedArticle, Person, Quote } from "@whosaid/parser";

export interface PersonSpec {
  id: string;
  name: string;
  aliases?: string[];
  country?: string | null;
  category?: Person["category"];
  role?: string | null;
  organization?: string | null;
  party?: string | null;
  wikidataId?: string | null;
  isOfficial?: boolean;
}

export interface QuoteSpec {
  text: string;
  speakerId?: string | null;
  kind?: Quote["kind"] | string;
}

/** A parsed article whose body mentions every person and holds every quote text. */
export function article(
  title: string,
  people: PersonSpec[] = [],
  quotes: QuoteSpec[] = [],
): ParsedArticle {
  let text = `${title}\n\n`;
  const persons: Person[] = people.map((p) => {
    const start = text.length;
    text += `${p.name} spoke today.\n\n`;
    return {
      aliases: [],
      country: null,
      category: null,
      party: null,
      role: null,
      organization: null,
      wikidataId: null,
      isOfficial: false,
      evidence: {},
      ...p,
      mentions: [{ text: p.name, start, end: start + p.name.length, kind: "name" as const }],
    };
  });
  const qs: Quote[] = quotes.map((q, i) => {
    text += '"';
    const start = text.length;
    text += `${q.text}" said someone.\n\n`;
    return {
      id: `q${i}`,
      statementId: `s${i}`,
      text: q.text,
      start,
      end: start + q.text.length,
      kind: (q.kind ?? "direct") as Quote["kind"],
      speakerId: q.speakerId ?? null,
      speakerLabel: null,
      speakerCountry: null,
      speakerMention: null,
      speakerType: null,
      speakerMentionKind: null,
      cue: { text: "said", lemma: "say" },
      channel: null,
      statedAt: null,
      paragraph: 1,
      topics: [{ id: "medtop:16000000", label: "conflict, war and peace", score: 0.8 }],
    };
  });
  return {
    schemaVersion: 1,
    text,
    format: "text",
    article: {
      title,
      publishedAt: "2024-05-01",
      authors: ["A. Writer"],
      agencies: [],
      source: "Test News",
      url: null,
      readTimeMinutes: 2,
      paragraphs: [{ text: title, start: 0, end: title.length }],
      captions: [],
      relatedStories: [{ title: "Elsewhere", summary: null }],
      language: "en",
      footer: [],
    },
    people: persons,
    quotes: qs,
    topics: [
      {
        id: "medtop:16000000",
        label: "conflict, war and peace",
        score: 0.9,
        path: ["conflict, war and peace"],
      },
    ],
    keyPhrases: [],
    places: [{ name: "Kyiv", kind: "city", country: "UA", mentions: [] }],
    dates: [],
    warnings: [],
  };
}
