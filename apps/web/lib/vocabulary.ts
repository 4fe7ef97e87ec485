/**
 * The API's vocabulary as the web app shows it: its enum types come from the generated GraphQL
 * types, and each label table must name every value and no other (the compiler checks), so that
 * a category or kind added in `@whosaid/parser/vocabulary` fails the web's typecheck until labelled.
 */
import type { SchemaType } from "./graphql";

/** A speaker's category in filters and facets (UNKNOWN also covers unnamed speakers). */
export type Category = SchemaType<"SpeakerCategory">;
/** A person's category, as corrections set it. */
export type PersonCategory = SchemaType<"PersonCategory">;
export type Kind = SchemaType<"QuoteKind">;
/** What a speaker is: a person, an organization speaking as one (a ministry), a group. */
export type SpeakerType = SchemaType<"SpeakerType">;

export const CATEGORY_LABELS: Record<Category | PersonCategory, string> = {
  GOVERNMENT: "Government",
  LEGISLATURE: "Legislature",
  MILITARY: "Military",
  JUDICIARY: "Judiciary",
  INTERNATIONAL: "International organization",
  PARTY: "Party or campaign",
  BUSINESS: "Business",
  CIVIL_SOCIETY: "Civil society",
  EXPERT: "Expert or academic",
  MEDIA: "Media",
  PUBLIC: "Public",
  UNKNOWN: "Unknown",
};

export const KIND_LABELS: Record<Kind, string> = {
  DIRECT: "Direct",
  PARTIAL: "Partial",
  INDIRECT: "Indirect",
};

const SPEAKER_TYPE_LABELS: Record<SpeakerType, string> = {
  PERSON: "Person",
  ORGANIZATION: "Organization",
  GROUP: "Group",
};

const keys = <K extends string>(labels: Record<K, string>) => Object.keys(labels) as K[];

/** Every category, in the API's order. */
export const CATEGORIES: readonly Category[] = keys(CATEGORY_LABELS);
export const KINDS: readonly Kind[] = keys(KIND_LABELS);
export const SPEAKER_TYPES: readonly SpeakerType[] = keys(SPEAKER_TYPE_LABELS);
