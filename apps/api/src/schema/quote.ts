/** Quote: the statement, its kind, speaker, article, place in the text, topics and context. */
import * as read from "@whosaid/db/read";
import { builder } from "../builder.ts";
import { referenced } from "../loaders.ts";
import type { PageArgs } from "../pagination.ts";
import { ScoredTopic } from "./article-parts.ts";
import { branded } from "./branded.ts";
import { localId } from "./common.ts";
import { keyedConnection, listingArgs, listingOf } from "./quote-listing.ts";
import { ArticleRef, PersonRef, QuoteConnection, QuoteRef } from "./refs.ts";
import { surroundingSentence } from "./sentence.ts";
import { QuoteKindEnum, SpeakerMentionKindEnum, SpeakerTypeEnum } from "./vocabulary.ts";

builder.node(QuoteRef, {
  id: { resolve: (q) => q.id },
  loadMany: (ids, ctx) =>
    branded("Quote", Promise.all(ids.map((id) => ctx.loaders.quote.load(id)))),
  fields: (t) => ({
    text: t.exposeString("text"),
    kind: t.field({ type: QuoteKindEnum, resolve: (q) => q.kind }),
    cue: t.exposeString("cue", {
      nullable: true,
      description: "The attribution verb or phrase as written.",
    }),
    cueLemma: t.exposeString("cueLemma", { nullable: true }),
    channel: t.exposeString("channel", {
      nullable: true,
      description: 'Where it was said, e.g. "on Twitter".',
    }),
    statedAt: t.field({ type: "Date", nullable: true, resolve: (q) => q.statedAt }),
    speaker: t.field({
      type: PersonRef,
      nullable: true,
      resolve: (q, _args, ctx) => (q.speakerId ? ctx.loaders.person.load(q.speakerId) : null),
    }),
    speakerLabel: t.exposeString("speakerLabel", {
      nullable: true,
      description: 'Who spoke when no person is named, e.g. "a senior military official".',
    }),
    speakerType: t.field({
      type: SpeakerTypeEnum,
      nullable: true,
      description: "What the speaker is; null when not known (an unnamed source).",
      resolve: (q) => q.speakerType,
    }),
    speakerMentionKind: t.field({
      type: SpeakerMentionKindEnum,
      nullable: true,
      description: "How the text names the speaker where the quote is attributed.",
      resolve: (q) => q.speakerMentionKind,
    }),
    speakerCountry: t.string({
      nullable: true,
      resolve: async (q, _args, ctx) =>
        (q.speakerId ? (await ctx.loaders.person.load(q.speakerId))?.country : null) ??
        q.speakerCountry,
    }),
    speakerCorrected: t.exposeBoolean("speakerCorrected", {
      description: "A user set the speaker by hand.",
    }),
    article: t.field({
      type: ArticleRef,
      resolve: (q, _args, ctx) => referenced(ctx.loaders.article.load(q.articleId)),
    }),
    paragraph: t.exposeInt("paragraph", {
      description: "Index of the paragraph where the quote starts (-1: the headline or a caption).",
    }),
    start: t.exposeInt("start", { description: "Offset of the quote in the article text." }),
    end: t.exposeInt("end"),
    statementId: t.exposeString("statementId", {
      description: "Shared by the pieces of one statement.",
    }),
    topics: t.field({
      type: [ScoredTopic],
      resolve: (q, _args, ctx) => ctx.loaders.topicsByQuote.load(q.id),
    }),
    sentence: t.string({
      description: "The sentence (or sentences) around the quote, for context.",
      resolve: async (q, _args, ctx) => {
        const article = await ctx.loaders.articleBody.load(q.articleId);
        return article ? surroundingSentence(article, q) : q.text;
      },
    }),
  }),
});

/** Pages quotes by keyset (date, id), either way: deep pages cost the same as the first. */
export function quoteConnection(
  ctx: { db: import("@whosaid/db").Database },
  filter: read.QuoteFilter,
  args: PageArgs,
  order: read.QuoteOrder = "newest",
) {
  return keyedConnection(
    args,
    order,
    (page) => read.listQuotes(ctx.db, filter, page),
    () => read.countQuotesEstimated(ctx.db, filter),
  );
}

builder.queryFields((t) => ({
  quotes: t.connection(
    {
      type: QuoteRef,
      description:
        'Statements, newest first. "All statements by Ukrainian officials": quotes(filter: {speakerCountry: ["UA"], official: true}).',
      args: listingArgs,
      resolve: (_root, args, ctx) => {
        const { filter, order } = listingOf(args);
        return quoteConnection(ctx, filter, args, order);
      },
    },
    QuoteConnection,
  ),
  quote: t.field({
    type: QuoteRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => ctx.loaders.quote.load(localId(String(args.id), "Quote")),
  }),
}));
