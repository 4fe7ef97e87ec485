/** Source (publisher), Organization and Place: the smaller entities of the graph. */
import * as read from "@whosaid/db/read";
import { builder } from "../builder.ts";
import { offsetConnection } from "../offset-paging.ts";
import { branded } from "./branded.ts";
import { quoteConnection } from "./quote.ts";
import { QuoteFilter, toQuoteFilter } from "./quote-filter.ts";
import {
  ArticleConnection,
  ArticleRef,
  OrganizationRef,
  PersonConnection,
  PersonRef,
  PlaceRef,
  QuoteConnection,
  QuoteRef,
  SourceRef,
} from "./refs.ts";

builder.node(SourceRef, {
  id: { resolve: (s) => s.id },
  loadMany: (ids, ctx) => branded("Source", read.sourcesByIds(ctx.db, ids)),
  fields: (t) => ({
    name: t.exposeString("name"),
    articleCount: t.int({
      resolve: (s, _a, ctx) => s.articles ?? read.countArticles(ctx.db, { source: [s.name] }),
    }),
    quoteCount: t.int({
      resolve: (s, _a, ctx) => s.quotes ?? read.countQuotes(ctx.db, { source: [s.name] }),
    }),
    articles: t.connection(
      {
        type: ArticleRef,
        resolve: (s, args, ctx) =>
          offsetConnection(
            args,
            (offset, limit) => read.listArticles(ctx.db, { source: [s.name] }, { offset, limit }),
            () => read.countArticles(ctx.db, { source: [s.name] }),
          ),
      },
      ArticleConnection,
    ),
    quotes: t.connection(
      {
        type: QuoteRef,
        args: { filter: t.arg({ type: QuoteFilter }) },
        resolve: (s, args, ctx) =>
          quoteConnection(ctx, { ...toQuoteFilter(args.filter), source: [s.name] }, args),
      },
      QuoteConnection,
    ),
  }),
});

builder.node(OrganizationRef, {
  description: "An organization people speak for, identified by its name.",
  id: { resolve: (o) => o.name },
  loadOne: (name) => ({ name }),
  fields: (t) => ({
    name: t.exposeString("name"),
    people: t.connection(
      {
        type: PersonRef,
        resolve: (o, args, ctx) =>
          offsetConnection(
            args,
            (offset, limit) =>
              read.listPeople(
                ctx.db,
                { organization: [o.name] },
                { offset, limit, order: "quotes" },
              ),
            () => read.countPeople(ctx.db, { organization: [o.name] }),
          ),
      },
      PersonConnection,
    ),
    quotes: t.connection(
      {
        type: QuoteRef,
        args: { filter: t.arg({ type: QuoteFilter }) },
        resolve: (o, args, ctx) =>
          quoteConnection(ctx, { ...toQuoteFilter(args.filter), organization: [o.name] }, args),
      },
      QuoteConnection,
    ),
  }),
});

builder.node(PlaceRef, {
  id: { resolve: (p) => p.id },
  loadMany: (ids, ctx) =>
    branded("Place", Promise.all(ids.map((id) => ctx.loaders.place.load(id)))),
  fields: (t) => ({
    name: t.exposeString("name"),
    kind: t.exposeString("kind", {
      description: "country, city, region, sea, peninsula or other.",
    }),
    country: t.exposeString("country", { nullable: true }),
    articles: t.connection(
      {
        type: ArticleRef,
        resolve: (p, args, ctx) =>
          offsetConnection(
            args,
            (offset, limit) => read.listArticles(ctx.db, { placeId: [p.id] }, { offset, limit }),
            () => read.countArticles(ctx.db, { placeId: [p.id] }),
          ),
      },
      ArticleConnection,
    ),
  }),
});

builder.queryFields((t) => ({
  sources: t.field({
    type: [SourceRef],
    description: "Every publisher, most articles first.",
    resolve: (_root, _args, ctx) => read.listSources(ctx.db),
  }),
}));
