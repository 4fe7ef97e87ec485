/** Object refs of the graph's types, declared once so type files can point at each other freely. */
import type {
  ArticleRow,
  PersonRow,
  PlaceRow,
  QuoteRow,
  SourceRow,
  StatementRow,
  TopicRow,
} from "@whosaid/db/read";
import { builder } from "../builder.ts";

export const ArticleRef = builder.objectRef<ArticleRow>("Article");
export const PersonRef = builder.objectRef<PersonRow>("Person");
export const QuoteRef = builder.objectRef<QuoteRow>("Quote");
export const TopicRef = builder.objectRef<TopicRow>("Topic");
/** A statement: its pieces (a quote split by "he said", a fragment inside its clause) as one. */
export const StatementRef = builder.objectRef<StatementRow>("Statement");
export const PlaceRef = builder.objectRef<PlaceRow>("Place");
/** A publisher, with its counts. */
export const SourceRef = builder.objectRef<SourceRow & { articles?: number; quotes?: number }>(
  "Source",
);
/** Organizations are identified by name (people carry them as text). */
export const OrganizationRef = builder.objectRef<{
  name: string;
  people?: number;
  quotes?: number;
}>("Organization");

// Shared connection types, so every list of quotes (or articles, people, topics) has one type name.
export const QuoteConnection = builder.connectionObject({
  type: QuoteRef,
  name: "QuoteConnection",
});
export const StatementConnection = builder.connectionObject({
  type: StatementRef,
  name: "StatementConnection",
});
export const ArticleConnection = builder.connectionObject({
  type: ArticleRef,
  name: "ArticleConnection",
});
export const PersonConnection = builder.connectionObject({
  type: PersonRef,
  name: "PersonConnection",
});
export const TopicConnection = builder.connectionObject({
  type: TopicRef,
  name: "TopicConnection",
});
