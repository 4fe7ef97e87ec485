/** Parsing an article without storing it (the web ingest page's preview), and the input both share. */

import { isWebUrl } from "@whosaid/db";
import {
  PageFetchError,
  type Preview,
  previewArticle,
  type Refusal,
  type SourceArticle,
  storedFor,
} from "@whosaid/ingest";
import type { ParsedArticle } from "@whosaid/parser";
import { builder } from "../builder.ts";
import type { Context } from "../context.ts";
import { badInput, clientError } from "../errors.ts";
import { ArticleRef } from "./refs.ts";

export const ArticleInput = builder.inputType("ArticleInput", {
  description:
    "One article: its text or its HTML, or only its url for the server to fetch the page (public addresses only, unless the server allows private ones).",
  fields: (t) => ({
    text: t.string({ description: "Plain text (the title on the first line)." }),
    html: t.string({ description: "An HTML page; the article is extracted with Readability." }),
    url: t.string({
      description: "Where the article was published; given alone, the page is fetched from it.",
    }),
    source: t.string({ description: "Publisher name, used when the article does not say." }),
    publishedAt: t.field({ type: "Date", description: "Used when the article does not say." }),
  }),
});

type Input = typeof ArticleInput.$inferInput;

/**
 * The article of an input, validated: its text or HTML as given, or the page fetched from its
 * URL. Everything after (parsing, hashing, storing) is @whosaid/ingest's.
 */
export async function sourceArticle(ctx: Context, input: Input): Promise<SourceArticle> {
  if (input.text != null && input.html != null) throw badInput("Give text or html, not both.");
  // The url is a link readers will follow: javascript:, data: and the like are refused.
  if ((input.text != null || input.html != null) && input.url && !isWebUrl(input.url))
    throw clientError("BAD_USER_INPUT", "The url must be an http or https address.", {
      reason: "URL_INVALID",
    });
  const meta = { source: input.source ?? null, publishedAt: input.publishedAt ?? null };
  const url = input.url ?? null;
  if (input.text != null) return { ref: "text", input: input.text, format: "text", url, ...meta };
  if (input.html != null) return { ref: "html", input: input.html, format: "html", url, ...meta };
  if (!input.url?.trim()) throw badInput("Give the article's text, its html, or its url.");
  try {
    return { ...(await ctx.fetchArticle(input.url.trim())), ...meta };
  } catch (error) {
    if (error instanceof PageFetchError)
      throw clientError("BAD_USER_INPUT", error.message, { reason: error.code });
    throw error;
  }
}

/**
 * The client error for an article the parser pool refused: over its time limit (PARSE_TIMEOUT),
 * a crashed parser thread (PARSE_FAILED), a cancelled request, or the parser's own refusals
 * (BAD_USER_INPUT, with the parser's code as `reason`).
 */
export function parseRefusal(outcome: Refusal) {
  if (outcome.code === "PARSE_TIMEOUT") return clientError("PARSE_TIMEOUT", outcome.message);
  if (outcome.code === "PARSE_CRASHED" || outcome.code === "PARSE_ABORTED")
    return clientError("PARSE_FAILED", outcome.message, { reason: outcome.code });
  return clientError("BAD_USER_INPUT", outcome.message, { reason: outcome.code });
}

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
    agencies: t.stringList({ resolve: (p) => p.parsed.article.agencies }),
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
        const stored = await storedFor(ctx.db, p);
        return stored ? ctx.loaders.article.load(stored.id) : null;
      },
    }),
  }),
});

builder.mutationFields((t) => ({
  previewArticle: t.field({
    type: PreviewRef,
    description:
      "Parses an article and shows what would be stored, storing nothing. Needs no token (it changes nothing); the mutation rate limit applies.",
    args: { input: t.arg({ type: ArticleInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const outcome = await previewArticle(ctx.parser, await sourceArticle(ctx, input), {
        signal: ctx.signal,
      });
      if (!outcome.ok) throw parseRefusal(outcome);
      return outcome.preview;
    },
  }),
}));
