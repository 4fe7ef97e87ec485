/** Plain objects the read queries return: camelCase, ready to serve. */
import type { PersonCategory } from "@whosaid/parser";

import type { SpeakerType } from "./filters.ts";

export interface ArticleRow {
  id: string;
  title: string | null;
  url: string | null;
  source: string | null;
  sourceId: string | null;
  publishedAt: string | null;
  authors: string[];
  agencies: string[];
  readTimeMinutes: number | null;
  language: string;
  format: string;
  warnings: string[];
  contentHash: string;
  parserVersion: string;
  ingestedAt: string;
  parsedAt: string;
}

/** The text of an article and its structure (loaded only when asked for: it is the bulk). */
export interface ArticleBodyRow {
  id: string;
  body: string;
  paragraphs: { text: string; start: number; end: number }[];
  captions: { text: string; credit: string | null; start?: number; end?: number }[];
  relatedStories: { title: string; summary: string | null }[];
}

export interface PersonRow {
  id: string;
  name: string;
  aliases: string[];
  country: string | null;
  category: PersonCategory | null;
  isOfficial: boolean;
  role: string | null;
  organization: string | null;
  /** Political party the latest article tied to the person, or null. */
  party: string | null;
  wikidataId: string | null;
}

export interface RoleRow {
  personId: string;
  role: string;
  organization: string | null;
  country: string | null;
  validFrom: string | null;
  validTo: string | null;
  articleId: string | null;
  evidence: string | null;
}

export interface QuoteRow {
  id: string;
  articleId: string;
  statementId: string;
  text: string;
  start: number;
  end: number;
  kind: "direct" | "partial" | "indirect";
  speakerId: string | null;
  speakerLabel: string | null;
  speakerCountry: string | null;
  /** What the speaker is; null when not known. */
  speakerType: SpeakerType | null;
  /** How the text names the speaker where the quote is attributed. */
  speakerMentionKind: "name" | "nominal" | "pronoun" | null;
  cue: string | null;
  cueLemma: string | null;
  channel: string | null;
  statedAt: string | null;
  paragraph: number;
  speakerCorrected: boolean;
}

export interface TopicRow {
  id: string;
  label: string;
  path: string[];
  parentId: string | null;
}

/** A topic attached to a quote or article, with the parser's score. */
export interface ScoredTopicRow extends TopicRow {
  ownerId: string;
  score: number;
}

export interface PlaceRow {
  id: string;
  name: string;
  kind: string;
  country: string | null;
}

export interface SourceRow {
  id: string;
  name: string;
}

/** A value and how many rows have it. */
export interface CountRow {
  value: string;
  count: number;
}

export const ARTICLE_COLUMNS = `a.id, a.title, a.url, a.source, a.source_id AS "sourceId",
  to_char(a.published_at, 'YYYY-MM-DD') AS "publishedAt", a.authors, a.agencies, a.read_time AS "readTimeMinutes",
  a.language, a.format, a.warnings, a.content_hash AS "contentHash", a.parser_version AS "parserVersion",
  a.ingested_at AS "ingestedAt", a.parsed_at AS "parsedAt"`;

export const ARTICLE_BODY_COLUMNS = `a.id, a.body, a.paragraphs, a.captions, a.related_stories AS "relatedStories"`;

export const PERSON_COLUMNS = `p.id, p.name, p.aliases, p.country, p.category,
  p.is_official AS "isOfficial", p.role, p.organization, p.party, p.wikidata_id AS "wikidataId"`;

export const QUOTE_COLUMNS = `q.id, q.article_id AS "articleId", q.statement_id AS "statementId", q.text,
  q.start_offset AS "start", q.end_offset AS "end", q.kind, q.speaker_id AS "speakerId",
  q.speaker_label AS "speakerLabel", q.speaker_country AS "speakerCountry",
  q.speaker_type AS "speakerType", q.speaker_mention_kind AS "speakerMentionKind", q.cue,
  q.cue_lemma AS "cueLemma", q.channel, to_char(q.stated_at, 'YYYY-MM-DD') AS "statedAt",
  q.paragraph, q.speaker_corrected AS "speakerCorrected"`;

export const TOPIC_COLUMNS = `t.id, t.label, t.path, t.parent_id AS "parentId"`;
