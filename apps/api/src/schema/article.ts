/** Article: metadata, body with quote spans, people, quotes, topics, places, related stories. */
import * as read from "@whosaid/db/read";
import { builder } from "../builder.ts";
import type { Context } from "../context.ts";
import { notFound } from "../errors.ts";
import { offsetConnection } from "../offset-paging.ts";
import { ArticlePlace, Caption, Paragraph, RelatedStory, ScoredTopic } from "./article-parts.ts";
import { branded } from "./branded.ts";
import { localId, localIds } from "./common.ts";
import { ArticleConnection, ArticleRef, PersonRef, QuoteRef, SourceRef } from "./refs.ts";

async function body(ctx: Context, id: string): Promise<read.ArticleBodyRow> {
  const row = await ctx.loaders.articleBody.load(id);
  if (!row) throw notFound("Article");
  return row;
}

builder.node(ArticleRef, {
  id: { resolve: (a) => a.id },
  loadMany: (ids, ctx) =>
    branded("Article", Promise.all(ids.map((id) => ctx.loaders.article.load(id)))),
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
    authors: t.exposeStringList("authors", { description: "The people who wrote the article." }),
    agencies: t.exposeStringList("agencies", {
      description: "News agencies and publishers credited as authors (Reuters, PTI): never people.",
    }),
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

const ArticleFilter = builder.inputType("ArticleFilter", {
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
function toArticleFilter(
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
