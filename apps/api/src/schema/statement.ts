/**
 * Statement: the pieces of one statement (a quote split by "he said", a quoted fragment inside the
 * reported clause that carries it) as one unit, with its head piece (the longest) and all pieces.
 * `statements` lists and counts statements; `Quote.statement` leads from a piece to its statement.
 */
import * as read from "@whosaid/db/read";
import { builder } from "../builder.ts";
import { referenced } from "../loaders.ts";
import type { PageArgs } from "../pagination.ts";
import { branded } from "./branded.ts";
import { localId } from "./common.ts";
import { QuoteFilter, toQuoteFilter } from "./quote-filter.ts";
import { keyedConnection, listingArgs, listingOf } from "./quote-listing.ts";
import { ArticleRef, PersonRef, QuoteRef, StatementConnection, StatementRef } from "./refs.ts";
import { QuoteKindEnum, SpeakerTypeEnum } from "./vocabulary.ts";

builder.node(StatementRef, {
  id: { resolve: (s) => s.id },
  loadMany: (ids, ctx) =>
    branded("Statement", Promise.all(ids.map((id) => ctx.loaders.statement.load(id)))),
  description:
    "What one person said at one point of an article: its pieces (a quote split by an attribution, a quoted fragment with the clause around it) counted and shown once.",
  fields: (t) => ({
    head: t.field({
      type: QuoteRef,
      description: "The piece that shows the statement: its longest, which nested pieces lie in.",
      resolve: (s) => s.head,
    }),
    pieces: t.field({
      type: [QuoteRef],
      description: "Every piece, the head included, in reading order.",
      resolve: (s) => s.pieces,
    }),
    text: t.string({
      description:
        'The pieces\' words in reading order, nested pieces inside the head once, joined by " … ".',
      resolve: (s) => statementText(s),
    }),
    kind: t.field({
      type: QuoteKindEnum,
      description: "The head piece's kind.",
      resolve: (s) => s.head.kind,
    }),
    speaker: t.field({
      type: PersonRef,
      nullable: true,
      resolve: (s, _args, ctx) =>
        s.head.speakerId ? ctx.loaders.person.load(s.head.speakerId) : null,
    }),
    speakerLabel: t.string({ nullable: true, resolve: (s) => s.head.speakerLabel }),
    speakerType: t.field({
      type: SpeakerTypeEnum,
      nullable: true,
      description: "What the speaker is (the head piece's speaker); null when not known.",
      resolve: (s) => s.head.speakerType,
    }),
    speakerCorrected: t.boolean({ resolve: (s) => s.pieces.some((p) => p.speakerCorrected) }),
    statedAt: t.field({ type: "Date", nullable: true, resolve: (s) => s.head.statedAt }),
    article: t.field({
      type: ArticleRef,
      resolve: (s, _args, ctx) => referenced(ctx.loaders.article.load(s.articleId)),
    }),
  }),
});

/** The words of the pieces in reading order, each piece not inside another once. */
function statementText(s: read.StatementRow): string {
  const outer = s.pieces.filter(
    (p) =>
      !s.pieces.some(
        (o) => o !== p && o.start <= p.start && p.end <= o.end && o.end - o.start > p.end - p.start,
      ),
  );
  return outer.map((p) => p.text).join(" … ");
}

builder.objectField(QuoteRef, "statement", (t) =>
  t.field({
    type: StatementRef,
    description: "The statement this quote is a piece of.",
    resolve: async (q, _args, ctx) =>
      (await ctx.loaders.statement.load(q.statementId)) ?? {
        id: q.statementId,
        articleId: q.articleId,
        head: q,
        pieces: [q],
      },
  }),
);

builder.objectField(ArticleRef, "statements", (t) =>
  t.field({
    type: [StatementRef],
    description: "Every statement of the article, in reading order of its first piece.",
    resolve: (a, _args, ctx) => ctx.loaders.statementsByArticle.load(a.id),
  }),
);

/** Pages statements by keyset (date, statement id), either way; `totalCount` counts statements. */
function statementConnection(
  ctx: { db: import("@whosaid/db").Database; loaders: import("../loaders.ts").Loaders },
  filter: read.QuoteFilter,
  args: PageArgs,
  order: read.QuoteOrder = "newest",
) {
  return keyedConnection(
    args,
    order,
    async (page) => {
      const keys = await read.listStatements(ctx.db, filter, page);
      const rows = await Promise.all(keys.map((k) => ctx.loaders.statement.load(k.id)));
      return keys.flatMap((k, i) => (rows[i] ? [{ ...rows[i], sortKey: k.sortKey }] : []));
    },
    () => read.countStatements(ctx.db, filter),
  );
}

builder.queryFields((t) => ({
  statements: t.connection(
    {
      type: StatementRef,
      description:
        'Statements, newest first, each once with its pieces; a statement matches when any piece does. "All statements by Ukrainian officials": statements(filter: {speakerCountry: ["UA"], official: true}).',
      args: listingArgs,
      resolve: (_root, args, ctx) => {
        const { filter, order } = listingOf(args);
        return statementConnection(ctx, filter, args, order);
      },
    },
    StatementConnection,
  ),
  statement: t.field({
    type: StatementRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) =>
      ctx.loaders.statement.load(localId(String(args.id), "Statement")),
  }),
}));

builder.objectField(PersonRef, "statements", (t) =>
  t.connection(
    {
      type: StatementRef,
      description: "The person's statements, newest first.",
      args: { filter: t.arg({ type: QuoteFilter }) },
      resolve: (p, args, ctx) =>
        statementConnection(ctx, { ...toQuoteFilter(args.filter), speakerId: [p.id] }, args),
    },
    StatementConnection,
  ),
);

builder.objectField(PersonRef, "statementCount", (t) =>
  t.int({
    description: "How many statements the person made (the pieces of one count once).",
    resolve: (p, _args, ctx) => ctx.loaders.statementCountByPerson.load(p.id),
  }),
);
