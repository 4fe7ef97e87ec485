/**
 * Corrections as the web app shows them: who made each one and when, and how to undo it; plus the
 * corrections the first set lacked: a statement's kind and a person's facts.
 */
import { decodeGlobalID, encodeGlobalID } from "@pothos/plugin-relay";
import {
  deleteQuoteCorrection,
  editPersonFacts,
  undoMerge,
  undoPersonEdit,
  undoSplit,
} from "@whosaid/db";
import type * as read from "@whosaid/db/read";
import { reparseArticle } from "@whosaid/ingest";
import { builder } from "../builder.ts";
import { correctQuote } from "../corrections.ts";
import { badInput, notFound } from "../errors.ts";
import { referenced } from "../loaders.ts";
import { localId } from "./common.ts";
import { ArticleRef, PersonRef, QuoteRef } from "./refs.ts";
import { PersonCategoryEnum, QuoteKindEnum } from "./vocabulary.ts";

const CorrectionKindEnum = builder.enumType("CorrectionKind", {
  values: {
    SPEAKER: { value: "speaker" },
    NOT_STATEMENT: { value: "not_statement" },
    KIND: { value: "kind" },
    PERSON_FACT: { value: "person_fact" },
    MERGE: { value: "merge" },
    SPLIT: { value: "split" },
  } as const,
});

const Correction = builder.objectRef<read.CorrectionRow>("Correction");
Correction.implement({
  description: "A correction a user made; it survives re-parsing until it is undone.",
  fields: (t) => ({
    id: t.id({ resolve: (c) => encodeGlobalID("Correction", c.id) }),
    kind: t.field({ type: CorrectionKindEnum, resolve: (c) => c.kind }),
    detail: t.exposeString("detail", {
      description: 'What it set, e.g. "Speaker: Dmytro Kuleba".',
    }),
    quoteText: t.exposeString("quoteText", { nullable: true }),
    createdBy: t.exposeString("createdBy", {
      nullable: true,
      description: "Who made it: `token:<id>` (a short id of the token used).",
    }),
    createdAt: t.field({ type: "DateTime", resolve: (c) => c.createdAt }),
  }),
});

builder.objectFields(QuoteRef, (t) => ({
  corrections: t.field({
    type: [Correction],
    resolve: (q, _args, ctx) => ctx.loaders.correctionsByQuote.load(q.id),
  }),
}));
builder.objectFields(ArticleRef, (t) => ({
  corrections: t.field({
    type: [Correction],
    description: "Corrections of this article's statements, those marked not a statement included.",
    resolve: (a, _args, ctx) => ctx.loaders.correctionsByArticle.load(a.id),
  }),
}));
builder.objectFields(PersonRef, (t) => ({
  corrections: t.field({
    type: [Correction],
    description: "Edits of this person's facts, merges into it and splits from it.",
    resolve: (p, _args, ctx) => ctx.loaders.correctionsByPerson.load(p.id),
  }),
}));

const PersonFactsInput = builder.inputType("PersonFactsInput", {
  description: "Fields left out stay as they are; null clears role, country or category.",
  fields: (t) => ({
    role: t.string(),
    country: t.string({ description: "ISO 3166-1 alpha-2 code." }),
    category: t.field({ type: PersonCategoryEnum }),
    isOfficial: t.boolean(),
  }),
});

const UndoPayload = builder.objectRef<{ articleId: string | null; personIds: string[] }>(
  "UndoCorrectionPayload",
);
UndoPayload.implement({
  fields: (t) => ({
    article: t.field({
      type: ArticleRef,
      nullable: true,
      resolve: (p, _a, ctx) => (p.articleId ? ctx.loaders.article.load(p.articleId) : null),
    }),
    people: t.field({
      type: [PersonRef],
      resolve: async (p, _a, ctx) =>
        (await ctx.loaders.person.loadMany(p.personIds)).filter(
          (x): x is read.PersonRow => !!x && !(x instanceof Error),
        ),
    }),
  }),
});

builder.mutationFields((t) => ({
  setQuoteKind: t.field({
    type: QuoteRef,
    description: "Sets a statement's kind (direct, partial, indirect). Survives re-parsing.",
    authScopes: { edit: true },
    args: {
      quoteId: t.arg.id({ required: true }),
      kind: t.arg({ type: QuoteKindEnum, required: true }),
    },
    resolve: async (_root, args, ctx) => {
      const quote = await ctx.loaders.quote.load(localId(String(args.quoteId), "Quote"));
      if (!quote) throw notFound("Quote");
      await correctQuote(ctx.db, quote, { action: "set_kind", kind: args.kind }, ctx.clientKey);
      ctx.loaders.quote.clear(quote.id);
      return referenced(ctx.loaders.quote.load(quote.id));
    },
  }),
  editPerson: t.field({
    type: PersonRef,
    description: "Sets a person's role, country, category or official flag. Survives re-parsing.",
    authScopes: { edit: true },
    args: {
      personId: t.arg.id({ required: true }),
      facts: t.arg({ type: PersonFactsInput, required: true }),
    },
    resolve: async (_root, args, ctx) => {
      const id = localId(String(args.personId), "Person");
      if (!(await ctx.loaders.person.load(id))) throw notFound("Person");
      const { role, country, category, isOfficial } = args.facts;
      if (country && !/^[A-Za-z]{2}$/.test(country))
        throw badInput("country must be an ISO code like UA.");
      await ctx.db.transaction((tx) =>
        editPersonFacts(
          tx,
          id,
          {
            role: role === undefined ? undefined : role?.trim() || null,
            country: country === undefined ? undefined : country?.toUpperCase() || null,
            category: category === undefined ? undefined : category,
            isOfficial: isOfficial ?? undefined,
          },
          ctx.clientKey,
        ),
      );
      ctx.loaders.person.clear(id);
      return referenced(ctx.loaders.person.load(id));
    },
  }),
  undoCorrection: t.field({
    type: UndoPayload,
    description:
      "Undoes a correction: a statement's correction (its article is re-parsed), a person's edit, a merge (the person comes back) or a split (merged back).",
    authScopes: { edit: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const [kind, id] = correctionKey(String(args.id));
      ctx.loaders.person.clearAll();
      if (kind === "q") {
        const articleId = await deleteQuoteCorrection(ctx.db, id);
        if (!articleId) throw notFound("Correction");
        // What the correction replaced is gone from the rows: parsing again brings it back.
        await reparseArticle(ctx.db, ctx.parser, articleId, { signal: ctx.signal });
        return { articleId, personIds: [] };
      }
      if (kind === "m") {
        const merge = await ctx.db.transaction((tx) => undoMerge(tx, id));
        if (!merge) throw notFound("Correction");
        for (const articleId of merge.articleIds)
          await reparseArticle(ctx.db, ctx.parser, articleId, { signal: ctx.signal });
        const restored = await ctx.loaders.peopleByArticle.loadMany(merge.articleIds);
        const others = restored.flatMap((list) => (Array.isArray(list) ? list : []));
        return { articleId: null, personIds: [merge.intoId, ...new Set(others.map((p) => p.id))] };
      }
      const personIds = await ctx.db.transaction(async (tx) =>
        kind === "e" ? undoPersonEdit(tx, id) : undoSplit(tx, id),
      );
      if (!personIds) throw notFound("Correction");
      return { articleId: null, personIds: [personIds] };
    },
  }),
}));

/** Splits a Correction id into its kind letter and row id. */
function correctionKey(globalId: string): [string, string] {
  try {
    const { typename, id } = decodeGlobalID(globalId);
    const [kind, row] = id.split(":");
    if (typename === "Correction" && "qems".includes(kind) && row && /^[0-9a-f-]{36}$/i.test(row))
      return [kind, row];
  } catch {
    // reported below
  }
  throw badInput(`"${globalId.slice(0, 60)}" is not a Correction id.`);
}
