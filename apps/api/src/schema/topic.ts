/** Topic: an IPTC Media Topic with its place in the tree, quotes, articles and counts. */
import * as read from "@whosaid/db/read";
import { builder } from "../builder.ts";
import { offsetConnection } from "../offset-paging.ts";
import { checkText } from "../validate/text.ts";
import { branded } from "./branded.ts";
import { quoteConnection } from "./quote.ts";
import { QuoteFilter, toQuoteFilter } from "./quote-filter.ts";
import {
  ArticleConnection,
  ArticleRef,
  QuoteConnection,
  QuoteRef,
  TopicConnection,
  TopicRef,
} from "./refs.ts";

builder.node(TopicRef, {
  id: { resolve: (t) => t.id },
  loadMany: (ids, ctx) =>
    branded("Topic", Promise.all(ids.map((id) => ctx.loaders.topic.load(id)))),
  fields: (t) => ({
    iptcId: t.exposeString("id", {
      description: 'The IPTC Media Topic id, e.g. "medtop:16000000".',
    }),
    label: t.exposeString("label"),
    path: t.exposeStringList("path", {
      description: "Labels from the top level down to this topic.",
    }),
    parent: t.field({
      type: TopicRef,
      nullable: true,
      resolve: (topic, _args, ctx) =>
        topic.parentId ? ctx.loaders.topic.load(topic.parentId) : null,
    }),
    children: t.field({
      type: [TopicRef],
      resolve: (topic, _args, ctx) => ctx.loaders.childTopics.load(topic.id),
    }),
    quoteCount: t.int({
      resolve: async (topic, _args, ctx) => (await ctx.loaders.topicStats.load(topic.id)).quotes,
    }),
    articleCount: t.int({
      resolve: async (topic, _args, ctx) => (await ctx.loaders.topicStats.load(topic.id)).articles,
    }),
    quotes: t.connection(
      {
        type: QuoteRef,
        args: { filter: t.arg({ type: QuoteFilter }) },
        resolve: (topic, args, ctx) =>
          quoteConnection(ctx, { ...toQuoteFilter(args.filter), topic: [topic.id] }, args),
      },
      QuoteConnection,
    ),
    articles: t.connection(
      {
        type: ArticleRef,
        resolve: (topic, args, ctx) =>
          offsetConnection(
            args,
            (offset, limit) => read.listArticles(ctx.db, { topic: [topic.id] }, { offset, limit }),
            () => read.countArticles(ctx.db, { topic: [topic.id] }),
          ),
      },
      ArticleConnection,
    ),
  }),
});

const TopicFilter = builder.inputType("TopicFilter", {
  fields: (t) => ({
    search: t.string({ description: "Part of the label." }),
    parentId: t.string({ description: "Children of this IPTC id." }),
    topLevel: t.boolean({ description: "Only the top-level topics." }),
    used: t.boolean({
      description: "Only topics some quote or article carries, themselves or through a subtopic.",
    }),
  }),
});

builder.queryFields((t) => ({
  topics: t.connection(
    {
      type: TopicRef,
      description: "IPTC Media Topics, by label.",
      args: { filter: t.arg({ type: TopicFilter }) },
      resolve: (_root, args, ctx) =>
        offsetConnection(
          args,
          (offset, limit) => read.listTopics(ctx.db, args.filter, { offset, limit }),
          () => read.countTopics(ctx.db, args.filter),
        ),
    },
    TopicConnection,
  ),
  topic: t.field({
    type: TopicRef,
    nullable: true,
    description: "A topic by global id, IPTC id or label.",
    args: { id: t.arg.id(), iptcId: t.arg.string(), label: t.arg.string() },
    resolve: async (_root, args, ctx) => {
      if (args.id) {
        const raw = String(args.id);
        const decoded = raw.startsWith("medtop:")
          ? raw
          : Buffer.from(raw, "base64")
              .toString("utf8")
              .replace(/^Topic:/, "");
        // A NUL can hide in base64: PostgreSQL text cannot hold it (a masked error, not a miss).
        checkText(decoded, "id", 200);
        return ctx.loaders.topic.load(decoded);
      }
      const key = args.iptcId ?? args.label;
      return key ? read.findTopic(ctx.db, key) : null;
    },
  }),
}));
