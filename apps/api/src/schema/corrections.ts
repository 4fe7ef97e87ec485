/** Corrections (scope `edit`): reassign a quote's speaker, mark a span as not a quote, merge or split people. */
import { mergePeople, splitPerson } from "@whosaid/db";
import { builder } from "../builder.ts";
import { correctQuote } from "../corrections.ts";
import { badInput, notFound } from "../errors.ts";
import { referenced } from "../loaders.ts";
import { localId } from "./common.ts";
import { ArticleRef, PersonRef, QuoteRef } from "./refs.ts";

const NotQuotePayload = builder.objectRef<{ quoteId: string; articleId: string }>(
  "MarkNotQuotePayload",
);
NotQuotePayload.implement({
  fields: (t) => ({
    removedQuoteId: t.exposeID("quoteId"),
    article: t.field({
      type: ArticleRef,
      resolve: (p, _a, ctx) => referenced(ctx.loaders.article.load(p.articleId)),
    }),
  }),
});

const SplitPayload = builder.objectRef<{ originalId: string; createdId: string }>(
  "SplitPersonPayload",
);
SplitPayload.implement({
  fields: (t) => ({
    original: t.field({
      type: PersonRef,
      resolve: (p, _a, ctx) => referenced(ctx.loaders.person.load(p.originalId)),
    }),
    created: t.field({
      type: PersonRef,
      resolve: (p, _a, ctx) => referenced(ctx.loaders.person.load(p.createdId)),
    }),
  }),
});

async function loadQuote(
  ctx: { loaders: { quote: { load(id: string): Promise<unknown> } } },
  id: string,
) {
  const quote = await ctx.loaders.quote.load(localId(id, "Quote"));
  if (!quote) throw notFound("Quote");
  return quote as import("@whosaid/db/read").QuoteRow;
}

builder.mutationFields((t) => ({
  reassignQuoteSpeaker: t.field({
    type: QuoteRef,
    description:
      "Sets who said a quote: a person, or a label for an unnamed source. Survives re-parsing.",
    authScopes: { edit: true },
    args: {
      quoteId: t.arg.id({ required: true }),
      speakerId: t.arg.id(),
      speakerLabel: t.arg.string(),
    },
    resolve: async (_root, args, ctx) => {
      const quote = await loadQuote(ctx, String(args.quoteId));
      if (!args.speakerId && !args.speakerLabel?.trim())
        throw badInput("Give speakerId or speakerLabel.");
      const speakerId = args.speakerId ? localId(String(args.speakerId), "Person") : null;
      if (speakerId && !(await ctx.loaders.person.load(speakerId))) throw notFound("Person");
      await correctQuote(
        ctx.db,
        quote,
        {
          action: "reassign_speaker",
          speakerId,
          speakerLabel: speakerId ? null : (args.speakerLabel?.trim() ?? null),
        },
        ctx.clientKey,
      );
      ctx.loaders.quote.clear(quote.id);
      return referenced(ctx.loaders.quote.load(quote.id));
    },
  }),
  markNotQuote: t.field({
    type: NotQuotePayload,
    description: "Removes a span wrongly taken for a quote; it stays removed after re-parsing.",
    authScopes: { edit: true },
    args: { quoteId: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const quote = await loadQuote(ctx, String(args.quoteId));
      await correctQuote(ctx.db, quote, { action: "not_quote" }, ctx.clientKey);
      return { quoteId: String(args.quoteId), articleId: quote.articleId };
    },
  }),
  mergePeople: t.field({
    type: PersonRef,
    description: "Merges people into one (the target survives, with every alias, role and quote).",
    authScopes: { edit: true },
    args: { targetId: t.arg.id({ required: true }), sourceIds: t.arg.idList({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const into = localId(String(args.targetId), "Person");
      const from = args.sourceIds.map((id) => localId(String(id), "Person"));
      const people = await ctx.loaders.person.loadMany([into, ...from]);
      if (people.some((p) => !p || p instanceof Error)) throw notFound("Person");
      const survivor = await ctx.db.transaction(async (tx) => {
        let id = into;
        for (const f of from) id = await mergePeople(tx, f, id, ctx.clientKey);
        return id;
      });
      ctx.loaders.person.clearAll();
      return referenced(ctx.loaders.person.load(survivor));
    },
  }),
  splitPerson: t.field({
    type: SplitPayload,
    description:
      "Moves a person's appearances in the given articles to a new person (two people with one name).",
    authScopes: { edit: true },
    args: {
      personId: t.arg.id({ required: true }),
      articleIds: t.arg.idList({ required: true }),
      name: t.arg.string({ description: "The new person's name (default: the same name)." }),
    },
    resolve: async (_root, args, ctx) => {
      const personId = localId(String(args.personId), "Person");
      if (!(await ctx.loaders.person.load(personId))) throw notFound("Person");
      if (!args.articleIds.length) throw badInput("Give at least one article.");
      const articleIds = args.articleIds.map((id) => localId(String(id), "Article"));
      const createdId = await ctx.db.transaction((tx) =>
        splitPerson(tx, personId, articleIds, args.name ?? undefined, ctx.clientKey),
      );
      ctx.loaders.person.clearAll();
      return { originalId: personId, createdId };
    },
  }),
}));
