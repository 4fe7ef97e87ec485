/** Object refs of the graph's types, declared once so type files can point at each other freely. */
import type {
  ArticleRow,
  PersonRow,
  PlaceRow,
  QuoteRow,
  SourceRow,
  TopicRow,
} from "@whosaid/db/read";
import { builder } from "../builder.ts";

export const ArticleRef = builder.objectRef<ArticleRow>("Article");
export const PersonRef = builder.objectRef<PersonRow>("Person");
export const QuoteRef = builder.objectRef<QuoteRow>("Quote");
export const TopicRef = builder.objectRef<TopicRow>("Topic");
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
