/** Parsing an article without storing it (the web ingest page's preview), and the input both share. */

import { articleHash, storyHash } from "@whosaid/db";
import * as read from "@whosaid/db/read";
import type { ParsedArticle } from "@whosaid/parser";
import { builder } from "../builder.ts";
import type { Context } from "../context.ts";
import { badInput, clientError } from "../errors.ts";
import { ArticleRef } from "./refs.ts";

export const ArticleInput = builder.inputType("ArticleInput", {
  description: "One article: exactly one of text or html.",
  fields: (t) => ({
    text: t.string({ description: "Plain text (the title on the first line)." }),
    html: t.string({ description: "An HTML page; the article is extracted with Readability." }),
    url: t.string(),
    source: t.string({ description: "Publisher name, used when the article does not say." }),
    publishedAt: t.field({ type: "Date", description: "Used when the article does not say." }),
  }),
});

/** Parses the input on the parser threads, turning parser refusals into BAD_USER_INPUT errors. */
export async function parseInput(
  ctx: Context,
  input: typeof ArticleInput.$inferInput,
): Promise<{ parsed: ParsedArticle; raw: string }> {
  if ((input.text == null) === (input.html == null))
    throw badInput("Give exactly one of text or html.");
  const raw = (input.text ?? input.html) as string;
  const outcome = await ctx.parser.parse({
    input: raw,
    options: {
      format: input.html != null ? "html" : "text",
      url: input.url ?? null,
      source: input.source ?? null,
      publishedAt: input.publishedAt ?? null,
    },
  });
  if ("refused" in outcome) {
    throw clientError("BAD_USER_INPUT", outcome.refused.message, { reason: outcome.refused.code });
  }
  if ("failed" in outcome) throw new Error(`parser failed: ${outcome.failed}`);
  return { parsed: outcome.parsed, raw };
}

type Preview = { parsed: ParsedArticle; raw: string; isHtml: boolean };
const PreviewRef = builder.objectRef<Preview>("ArticlePreview");
const PreviewPerson = builder.objectRef<ParsedArticle["people"][number]>("PreviewPerson");
const PreviewQuote = builder.objectRef<
  ParsedArticle["quotes"][number] & { speakerName: string | null }
>("PreviewQuote");

PreviewPerson.implement({
  fields: (t) => ({
    name: t.exposeString("name"),
    aliases: t.exposeStringList("aliases"),
    country: t.exposeString("country", { nullable: true }),
    category: t.string({ nullable: true, resolve: (p) => p.category?.toUpperCase() ?? null }),
    isOfficial: t.boolean({ resolve: (p) => !!p.isOfficial }),
    role: t.exposeString("role", { nullable: true }),
    organization: t.exposeString("organization", { nullable: true }),
    wikidataId: t.exposeString("wikidataId", { nullable: true }),
  }),
});

PreviewQuote.implement({
  fields: (t) => ({
    text: t.exposeString("text"),
    kind: t.string({ resolve: (q) => q.kind.toUpperCase() }),
    speakerName: t.exposeString("speakerName", { nullable: true }),
    speakerLabel: t.exposeString("speakerLabel", { nullable: true }),
    cue: t.string({ nullable: true, resolve: (q) => q.cue?.text ?? null }),
    channel: t.exposeString("channel", { nullable: true }),
    statedAt: t.exposeString("statedAt", { nullable: true }),
    paragraph: t.exposeInt("paragraph"),
    start: t.exposeInt("start"),
    end: t.exposeInt("end"),
  }),
});

PreviewRef.implement({
  description: "What ingesting would store, without storing it.",
  fields: (t) => ({
    title: t.string({ nullable: true, resolve: (p) => p.parsed.article.title }),
    publishedAt: t.string({ nullable: true, resolve: (p) => p.parsed.article.publishedAt }),
    authors: t.stringList({ resolve: (p) => p.parsed.article.authors }),
    source: t.string({ nullable: true, resolve: (p) => p.parsed.article.source }),
    language: t.string({ resolve: (p) => p.parsed.article.language }),
    paragraphs: t.stringList({ resolve: (p) => p.parsed.article.paragraphs.map((x) => x.text) }),
    captions: t.stringList({ resolve: (p) => p.parsed.article.captions.map((c) => c.text) }),
    relatedStories: t.stringList({
      resolve: (p) => p.parsed.article.relatedStories.map((s) => s.title),
    }),
    people: t.field({ type: [PreviewPerson], resolve: (p) => p.parsed.people }),
    quotes: t.field({
      type: [PreviewQuote],
      resolve: (p) => {
        const names = new Map(p.parsed.people.map((x) => [x.id, x.name]));
        return p.parsed.quotes.map((q) => ({
          ...q,
          speakerName: q.speakerId ? (names.get(q.speakerId) ?? null) : null,
        }));
      },
    }),
    topics: t.stringList({ resolve: (p) => p.parsed.topics.map((x) => x.label) }),
    warnings: t.stringList({ resolve: (p) => p.parsed.warnings }),
    existingArticle: t.field({
      type: ArticleRef,
      nullable: true,
      description:
        "The stored article with the same content, or the same story (a syndicated copy), if it was already ingested.",
      resolve: async (p, _a, ctx) => {
        const id = await read.articleIdByHash(
          ctx.db,
          articleHash(p.parsed, { input: p.isHtml ? p.raw : null }),
          storyHash(p.parsed),
        );
        return id ? ctx.loaders.article.load(id) : null;
      },
    }),
  }),
});

builder.mutationFields((t) => ({
  previewArticle: t.field({
    type: PreviewRef,
    description: "Parses an article and shows what would be stored, storing nothing.",
    authScopes: { ingest: true },
    args: { input: t.arg({ type: ArticleInput, required: true }) },
    resolve: async (_root, { input }, ctx) => ({
      ...(await parseInput(ctx, input)),
      isHtml: input.html != null,
    }),
  }),
}));
