/**
 * Followed feeds (issue 20): their polling status and failures, and mutations to add and pause
 * them (scope `ingest`). The polls themselves run in `whosaid worker` processes; a feed added or
 * resumed here gets its first poll within a minute (the workers' sync schedule).
 */
import { encodeGlobalID } from "@pothos/plugin-relay";
import {
  addFeedSource,
  type FeedSource,
  type IngestFailure,
  listFeedSources,
  listIngestFailures,
  setFeedPaused,
} from "@whosaid/db";
import { checkUrl, PageFetchError } from "@whosaid/ingest";
import { builder } from "../builder.ts";
import { badInput, clientError, notFound } from "../errors.ts";
import { localId } from "./common.ts";

const FeedFailure = builder.objectRef<IngestFailure>("FeedFailure");
FeedFailure.implement({
  description: "A job that failed every retry (the dead-letter list), with its reason.",
  fields: (t) => ({
    url: t.exposeString("url"),
    jobKind: t.exposeString("jobKind", { description: '"article" or "feed-poll".' }),
    reason: t.exposeString("reason"),
    failedAt: t.field({ type: "DateTime", resolve: (f) => f.failedAt }),
  }),
});

const FeedSourceRef = builder.objectRef<FeedSource>("FeedSource");
FeedSourceRef.implement({
  description: "An RSS, Atom or news-sitemap feed that the workers poll.",
  fields: (t) => ({
    id: t.id({ resolve: (s) => encodeGlobalID("FeedSource", s.id) }),
    url: t.exposeString("url"),
    everySeconds: t.exposeInt("everySeconds", { description: "The poll interval." }),
    paused: t.exposeBoolean("paused"),
    kind: t.exposeString("kind", { nullable: true, description: "rss, atom, rdf or sitemap." }),
    lastPolledAt: t.field({ type: "DateTime", nullable: true, resolve: (s) => s.lastPolledAt }),
    nextPollAt: t.field({
      type: "DateTime",
      nullable: true,
      resolve: (s) => (s.paused ? null : s.nextPollAt),
    }),
    lastStatus: t.exposeString("lastStatus", {
      nullable: true,
      description: "ok, not_modified, error, robots or rate_limited.",
    }),
    lastError: t.exposeString("lastError", { nullable: true }),
    errorCount: t.exposeInt("errorCount", { description: "Failed polls in a row." }),
    articlesFound: t.exposeInt("articlesFound", { description: "Articles stored from it." }),
    failures: t.field({
      type: [FeedFailure],
      description: "Its articles that failed every retry, newest first.",
      args: { limit: t.arg.int({ defaultValue: 20 }) },
      resolve: (s, args, ctx) =>
        listIngestFailures(ctx.db, { sourceId: s.id, limit: Math.min(100, args.limit ?? 20) }),
    }),
  }),
});

function feedUrl(raw: string, allowPrivate: boolean): string {
  try {
    return checkUrl(raw.trim(), allowPrivate).href;
  } catch (error) {
    if (error instanceof PageFetchError)
      throw clientError("BAD_USER_INPUT", error.message, { reason: error.code });
    throw error;
  }
}

builder.queryFields((t) => ({
  feedSources: t.field({
    type: [FeedSourceRef],
    description: "Every followed feed with its last and next poll, articles found and errors.",
    resolve: (_root, _args, ctx) => listFeedSources(ctx.db),
  }),
  feedFailures: t.field({
    type: [FeedFailure],
    description: "The dead-letter list: jobs that failed every retry, newest first.",
    args: { limit: t.arg.int({ defaultValue: 50 }) },
    resolve: (_root, args, ctx) =>
      listIngestFailures(ctx.db, { limit: Math.min(200, args.limit ?? 50) }),
  }),
}));

builder.mutationFields((t) => ({
  addFeedSource: t.field({
    type: FeedSourceRef,
    description: "Follows a feed (RSS 2.0, Atom or news sitemap); polled within a minute.",
    authScopes: { ingest: true },
    args: {
      url: t.arg.string({ required: true }),
      everySeconds: t.arg.int({ defaultValue: 900, description: "At least 60." }),
    },
    resolve: async (_root, args, ctx) => {
      const every = args.everySeconds ?? 900;
      if (every < 60 || every > 7 * 86_400) throw badInput("everySeconds must be 60 to 604800.");
      return addFeedSource(ctx.db, feedUrl(args.url, ctx.allowPrivateUrls), every);
    },
  }),
  pauseFeedSource: t.field({
    type: FeedSourceRef,
    description: "Pauses a feed (paused: false resumes it).",
    authScopes: { ingest: true },
    args: {
      id: t.arg.id({ required: true }),
      paused: t.arg.boolean({ defaultValue: true }),
    },
    resolve: async (_root, args, ctx) => {
      const source = await setFeedPaused(
        ctx.db,
        localId(String(args.id), "FeedSource"),
        args.paused ?? true,
      );
      if (!source) throw notFound("FeedSource");
      return source;
    },
  }),
}));
