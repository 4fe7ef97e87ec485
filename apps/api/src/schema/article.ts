/** Article: metadata, body with quote spans, people, quotes, topics, places, related stories. */
import * as read from "@whosaid/db/read";
import { builder } from "../builder.ts";
import type { Context } from "../context.ts";
import { notFound } from "../errors.ts";
import { offsetConnection } from "../pagination.ts";
import { localId, localIds } from "./common.ts";
import {
  ArticleConnection,
  ArticleRef,
  PersonRef,
  PlaceRef,
  QuoteRef,
  SourceRef,
  TopicRef,
} from "./refs.ts";

const Paragraph = builder.objectRef<{
  index: number;
  text: string;
  start: number;
  end: number;
  articleId: string;
}>("Paragraph");
const QuoteSpan = builder.objectRef<{ start: number; end: number; quote: read.QuoteRow }>(
  "QuoteSpan",
);
const Caption = builder.objectRef<{ text: string; credit: string | null }>("Caption");
const RelatedStory = builder.objectRef<{ title: string; summary: string | null }>("RelatedStory");
export const ScoredTopic = builder.objectRef<read.ScoredTopicRow>("ScoredTopic");
const ArticlePlace = builder.objectRef<read.PlaceRow & { mentionCount: number }>("ArticlePlace");

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

async function body(ctx: Context, id: string): Promise<read.ArticleBodyRow> {
  const row = await ctx.loaders.articleBody.load(id);
  if (!row) throw notFound("Article");
  return row;
}

builder.node(ArticleRef, {
  id: { resolve: (a) => a.id },
  loadMany: (ids, ctx) => Promise.all(ids.map((id) => ctx.loaders.article.load(id))),
  fields: (t) => ({
    title: t.exposeString("title", { nullable: true }),
    url: t.exposeString("url", { nullable: true }),
    sourceName: t.exposeString("source", { nullable: true }),
    source: t.field({
      type: SourceRef,
      nullable: true,
      resolve: (a) => (a.sourceId && a.source ? { id: a.sourceId, name: a.source } : null),
    }),
    publishedAt: t.field({ type: "Date", nullable: true, resolve: (a) => a.publishedAt }),
    authors: t.exposeStringList("authors"),
    readTimeMinutes: t.exposeInt("readTimeMinutes", { nullable: true }),
    language: t.exposeString("language"),
    format: t.exposeString("format"),
    text: t.string({
      description: "The article text every offset refers to.",
      resolve: async (a, _args, ctx) => (await body(ctx, a.id)).body,
    }),
    paragraphs: t.field({
      type: [Paragraph],
      resolve: async (a, _args, ctx) =>
        (await body(ctx, a.id)).paragraphs.map((p, index) => ({ ...p, index, articleId: a.id })),
    }),
    captions: t.field({
      type: [Caption],
      resolve: async (a, _args, ctx) =>
        (await body(ctx, a.id)).captions.map((c) => ({ text: c.text, credit: c.credit ?? null })),
    }),
    relatedStories: t.field({
      type: [RelatedStory],
      resolve: async (a, _args, ctx) => (await body(ctx, a.id)).relatedStories,
    }),
    people: t.field({
      type: [PersonRef],
      resolve: (a, _args, ctx) => ctx.loaders.peopleByArticle.load(a.id),
    }),
    quotes: t.field({
      type: [QuoteRef],
      description: "Every quote of the article, in reading order.",
      resolve: (a, _args, ctx) => ctx.loaders.quotesByArticle.load(a.id),
    }),
    topics: t.field({
      type: [ScoredTopic],
      resolve: (a, _args, ctx) => ctx.loaders.topicsByArticle.load(a.id),
    }),
    places: t.field({
      type: [ArticlePlace],
      resolve: (a, _args, ctx) => ctx.loaders.placesByArticle.load(a.id),
    }),
    relatedArticles: t.field({
      type: [ArticleRef],
      description: "Other stored articles about the same story (shared people and topics).",
      args: { first: t.arg.int({ defaultValue: 5 }) },
      resolve: async (a, args, ctx) => {
        const ids = await read.relatedArticleIds(
          ctx.db,
          a.id,
          Math.min(Math.max(args.first ?? 5, 0), 20),
        );
        return (await ctx.loaders.article.loadMany(ids)).filter(
          (x): x is read.ArticleRow => !!x && !(x instanceof Error),
        );
      },
    }),
    warnings: t.exposeStringList("warnings"),
    contentHash: t.exposeString("contentHash"),
    parserVersion: t.exposeString("parserVersion"),
    ingestedAt: t.field({ type: "DateTime", resolve: (a) => a.ingestedAt }),
    parsedAt: t.field({ type: "DateTime", resolve: (a) => a.parsedAt }),
  }),
});

export const ArticleFilter = builder.inputType("ArticleFilter", {
  fields: (t) => ({
    search: t.string({ description: "Words of the title (case-insensitive)." }),
    source: t.stringList(),
    personId: t.idList({ description: "Articles in which any of these people appear." }),
    topic: t.stringList({ description: "IPTC ids or labels." }),
    placeId: t.idList(),
    from: t.field({ type: "Date" }),
    to: t.field({ type: "Date" }),
  }),
});

/** Turns the GraphQL article filter into the read layer's. */
export function toArticleFilter(
  f: typeof ArticleFilter.$inferInput | null | undefined,
): read.ArticleFilter {
  return {
    ...f,
    personId: localIds(f?.personId, "Person"),
    placeId: localIds(f?.placeId, "Place"),
  };
}

builder.queryFields((t) => ({
  articles: t.connection(
    {
      type: ArticleRef,
      description: "Articles, newest first.",
      args: { filter: t.arg({ type: ArticleFilter }) },
      resolve: (_root, args, ctx) => {
        const filter = toArticleFilter(args.filter);
        return offsetConnection(
          args,
          (offset, limit) => read.listArticles(ctx.db, filter, { offset, limit }),
          () => read.countArticles(ctx.db, filter),
        );
      },
    },
    ArticleConnection,
  ),
  article: t.field({
    type: ArticleRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => ctx.loaders.article.load(localId(String(args.id), "Article")),
  }),
}));
