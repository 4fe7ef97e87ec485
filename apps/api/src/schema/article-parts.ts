/** The pieces an Article is made of: paragraphs with quote spans, captions, related stories, scored topics, places. */
import type * as read from "@whosaid/db/read";
import { builder } from "../builder.ts";
import { PlaceRef, QuoteRef, TopicRef } from "./refs.ts";

export const Paragraph = builder.objectRef<{
  index: number;
  text: string;
  start: number;
  end: number;
  articleId: string;
}>("Paragraph");
const QuoteSpan = builder.objectRef<{ start: number; end: number; quote: read.QuoteRow }>(
  "QuoteSpan",
);
export const Caption = builder.objectRef<{ text: string; credit: string | null }>("Caption");
export const RelatedStory = builder.objectRef<{ title: string; summary: string | null }>(
  "RelatedStory",
);
export const ScoredTopic = builder.objectRef<read.ScoredTopicRow>("ScoredTopic");
export const ArticlePlace = builder.objectRef<read.PlaceRow & { mentionCount: number }>(
  "ArticlePlace",
);

QuoteSpan.implement({
  description: "Where a quote sits in a paragraph: offsets into the paragraph's text.",
  fields: (t) => ({
    start: t.exposeInt("start"),
    end: t.exposeInt("end"),
    quote: t.field({ type: QuoteRef, resolve: (s) => s.quote }),
  }),
});

Paragraph.implement({
  fields: (t) => ({
    index: t.exposeInt("index"),
    text: t.exposeString("text"),
    start: t.exposeInt("start", { description: "Offset of the paragraph in the article text." }),
    end: t.exposeInt("end"),
    quoteSpans: t.field({
      type: [QuoteSpan],
      description: "The quotes that start in this paragraph, with offsets relative to its text.",
      resolve: async (p, _args, ctx) => {
        const quotes = await ctx.loaders.quotesByArticle.load(p.articleId);
        return quotes
          .filter((q) => q.start >= p.start && q.start < p.end)
          .map((q) => ({
            start: q.start - p.start,
            end: Math.min(q.end, p.end) - p.start,
            quote: q,
          }));
      },
    }),
  }),
});

Caption.implement({
  fields: (t) => ({
    text: t.exposeString("text"),
    credit: t.exposeString("credit", { nullable: true }),
  }),
});
RelatedStory.implement({
  description:
    "A teaser for another story printed with the article; never part of the article itself.",
  fields: (t) => ({
    title: t.exposeString("title"),
    summary: t.exposeString("summary", { nullable: true }),
  }),
});
ScoredTopic.implement({
  fields: (t) => ({
    topic: t.field({ type: TopicRef, resolve: (s) => s }),
    score: t.exposeFloat("score"),
  }),
});
ArticlePlace.implement({
  fields: (t) => ({
    place: t.field({ type: PlaceRef, resolve: (p) => p }),
    mentionCount: t.exposeInt("mentionCount"),
  }),
});
