/** Article mutations: ingest, re-parse, delete (scope `ingest`). */
import { deleteArticle } from "@whosaid/db";
import { ingestArticle, reparseAll, reparseArticle } from "@whosaid/ingest";
import { builder } from "../builder.ts";
import { notFound } from "../errors.ts";
import { referenced } from "../loaders.ts";
import { localId } from "./common.ts";
import { ArticleInput, parseRefusal, sourceArticle } from "./preview.ts";
import { ArticleRef } from "./refs.ts";

const IngestPayload = builder.objectRef<{
  articleId: string;
  created: boolean;
  warnings: string[];
}>("IngestArticlePayload");
IngestPayload.implement({
  fields: (t) => ({
    article: t.field({
      type: ArticleRef,
      resolve: (p, _a, ctx) => referenced(ctx.loaders.article.load(p.articleId)),
    }),
    created: t.exposeBoolean("created", {
      description: "False when the same content was already stored.",
    }),
    warnings: t.exposeStringList("warnings"),
  }),
});

const ReparseAllPayload = builder.objectRef<{
  reparsed: number;
  failed: { id: string; reason: string }[];
}>("ReparseAllPayload");
const ReparseFailure = builder.objectRef<{ id: string; reason: string }>("ReparseFailure");
ReparseFailure.implement({
  fields: (t) => ({
    article: t.field({
      type: ArticleRef,
      nullable: true,
      resolve: (f, _a, ctx) => ctx.loaders.article.load(f.id),
    }),
    reason: t.exposeString("reason"),
  }),
});
ReparseAllPayload.implement({
  fields: (t) => ({
    reparsed: t.exposeInt("reparsed"),
    failed: t.field({ type: [ReparseFailure], resolve: (p) => p.failed }),
  }),
});

const DeletePayload = builder.objectRef<{ deletedId: string }>("DeleteArticlePayload");
DeletePayload.implement({ fields: (t) => ({ deletedId: t.exposeID("deletedId") }) });

builder.mutationFields((t) => ({
  ingestArticle: t.field({
    type: IngestPayload,
    description:
      "Parses and stores one article (text, HTML, or a URL to fetch). Idempotent: the same content, or the same story from another outlet, is stored once.",
    authScopes: { ingest: true },
    args: { input: t.arg({ type: ArticleInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const article = await sourceArticle(ctx, input);
      const outcome = await ingestArticle(ctx.db, ctx.parser, article, { signal: ctx.signal });
      if (!outcome.ok) throw parseRefusal(outcome);
      const { result, parsed } = outcome;
      return { articleId: result.id, created: result.created, warnings: parsed.warnings };
    },
  }),
  reparseArticle: t.field({
    type: ArticleRef,
    description: "Parses a stored article again with the current parser; corrections are kept.",
    authScopes: { ingest: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const id = localId(String(args.id), "Article");
      const result = await reparseArticle(ctx.db, ctx.parser, id, { signal: ctx.signal });
      if (result.status === "missing") throw notFound("Article");
      if (result.status === "refused") throw parseRefusal({ ok: false, ...result });
      ctx.loaders.article.clear(id);
      return referenced(ctx.loaders.article.load(id));
    },
  }),
  reparseAll: t.field({
    type: ReparseAllPayload,
    description: "Re-parses every article (or only those parsed by an older parser: staleOnly).",
    authScopes: { ingest: true },
    args: { staleOnly: t.arg.boolean({ defaultValue: false }) },
    resolve: (_root, args, ctx) =>
      reparseAll(ctx.db, ctx.parser, { staleOnly: args.staleOnly ?? false, signal: ctx.signal }),
  }),
  deleteArticle: t.field({
    type: DeletePayload,
    authScopes: { ingest: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => {
      if (!(await deleteArticle(ctx.db, localId(String(args.id), "Article"))))
        throw notFound("Article");
      return { deletedId: String(args.id) };
    },
  }),
}));
