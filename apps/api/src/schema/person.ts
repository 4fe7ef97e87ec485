/** Person: one identity across articles, with roles over time, quotes, articles, topics, co-quoted people. */
import * as read from "@whosaid/db/read";
import { builder } from "../builder.ts";
import { offsetConnection } from "../offset-paging.ts";
import { branded } from "./branded.ts";
import { localId } from "./common.ts";
import { CoQuoted, mergeRolePeriods, Role, TopicCount } from "./person-parts.ts";
import { quoteConnection } from "./quote.ts";
import { QuoteFilter, toQuoteFilter } from "./quote-filter.ts";
import {
  ArticleConnection,
  ArticleRef,
  OrganizationRef,
  PersonConnection,
  PersonRef,
  QuoteConnection,
  QuoteRef,
} from "./refs.ts";
import { PersonCategoryEnum } from "./vocabulary.ts";

builder.node(PersonRef, {
  id: { resolve: (p) => p.id },
  loadMany: (ids, ctx) =>
    branded("Person", Promise.all(ids.map((id) => ctx.loaders.person.load(id)))),
  fields: (t) => ({
    name: t.exposeString("name"),
    aliases: t.exposeStringList("aliases"),
    country: t.exposeString("country", { nullable: true, description: "ISO 3166-1 alpha-2." }),
    category: t.field({
      type: PersonCategoryEnum,
      nullable: true,
      resolve: (p) => p.category,
    }),
    isOfficial: t.exposeBoolean("isOfficial", {
      description:
        "Holds public office: government, legislature, military, judiciary or an international organization.",
    }),
    role: t.exposeString("role", { nullable: true, description: "The latest known role." }),
    organization: t.field({
      type: OrganizationRef,
      nullable: true,
      resolve: (p) => (p.organization ? { name: p.organization } : null),
    }),
    party: t.exposeString("party", {
      nullable: true,
      description:
        "Political party, only as an article's text tied it to the person (a party tag, a party title, an appositive).",
    }),
    wikidataId: t.exposeString("wikidataId", { nullable: true }),
    roles: t.field({
      type: [Role],
      description: "Roles over time, merged into periods, oldest first.",
      resolve: async (p, _args, ctx) =>
        mergeRolePeriods(await ctx.loaders.rolesByPerson.load(p.id)),
    }),
    quoteCount: t.int({
      description:
        "Quotes by this person: in that article when reached through `Article.people`, else in all.",
      resolve: async (p, _args, ctx) =>
        (p as Partial<read.ArticlePersonRow>).articleQuoteCount ??
        (await ctx.loaders.personStats.load(p.id)).quotes,
    }),
    totalQuoteCount: t.int({
      description: "Quotes by this person across every article.",
      resolve: async (p, _args, ctx) => (await ctx.loaders.personStats.load(p.id)).quotes,
    }),
    articleCount: t.int({
      resolve: async (p, _args, ctx) => (await ctx.loaders.personStats.load(p.id)).articles,
    }),
    quotes: t.connection(
      {
        type: QuoteRef,
        args: { filter: t.arg({ type: QuoteFilter }) },
        resolve: (p, args, ctx) =>
          quoteConnection(ctx, { ...toQuoteFilter(args.filter), speakerId: [p.id] }, args),
      },
      QuoteConnection,
    ),
    articles: t.connection(
      {
        type: ArticleRef,
        resolve: (p, args, ctx) =>
          offsetConnection(
            args,
            (offset, limit) => read.listArticles(ctx.db, { personId: [p.id] }, { offset, limit }),
            () => read.countArticles(ctx.db, { personId: [p.id] }),
          ),
      },
      ArticleConnection,
    ),
    topics: t.field({
      type: [TopicCount],
      description: "What the person speaks about: topics of their quotes, most frequent first.",
      args: { first: t.arg.int({ defaultValue: 10 }) },
      resolve: async (p, args, ctx) =>
        (await read.topicCountsByPerson(ctx.db, p.id, clamp(args.first))).map((c) => ({
          topicId: c.value,
          count: c.count,
        })),
    }),
    coQuoted: t.field({
      type: [CoQuoted],
      description: "People quoted in the same articles, by number of shared articles.",
      args: { first: t.arg.int({ defaultValue: 10 }) },
      resolve: async (p, args, ctx) =>
        (await read.coQuotedPeople(ctx.db, p.id, clamp(args.first))).map((c) => ({
          personId: c.value,
          count: c.count,
        })),
    }),
  }),
});

const clamp = (n: number | null | undefined) => Math.min(Math.max(n ?? 10, 0), 100);

const PersonFilter = builder.inputType("PersonFilter", {
  fields: (t) => ({
    search: t.string({ description: "Part of the name or an alias." }),
    country: t.stringList(),
    category: t.field({ type: [PersonCategoryEnum] }),
    official: t.boolean(),
    organization: t.stringList(),
    quoted: t.boolean({ description: "Only people with (true) or without (false) quotes." }),
  }),
});

const PersonOrder = builder.enumType("PersonOrder", {
  values: {
    NAME: { value: "name" },
    QUOTES: { value: "quotes", description: "Most quotes first (every piece counts)." },
    STATEMENTS: {
      value: "statements",
      description: "Most statements first (the pieces of one count once), as the explorer counts.",
    },
  } as const,
});

builder.queryFields((t) => ({
  people: t.connection(
    {
      type: PersonRef,
      args: {
        filter: t.arg({ type: PersonFilter }),
        orderBy: t.arg({ type: PersonOrder, defaultValue: "name" }),
      },
      resolve: (_root, args, ctx) => {
        const filter = {
          ...args.filter,
          category: args.filter?.category as read.PersonCategory[] | undefined,
        };
        return offsetConnection(
          args,
          (offset, limit) =>
            read.listPeople(ctx.db, filter, { offset, limit, order: args.orderBy ?? "name" }),
          () => read.countPeople(ctx.db, filter),
        );
      },
    },
    PersonConnection,
  ),
  person: t.field({
    type: PersonRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => ctx.loaders.person.load(localId(String(args.id), "Person")),
  }),
  organizations: t.field({
    type: [OrganizationRef],
    args: { search: t.arg.string(), first: t.arg.int({ defaultValue: 50 }) },
    resolve: (_root, args, ctx) =>
      read.listOrganizations(ctx.db, args.search ?? null, clamp(args.first)),
  }),
}));
