/** The pieces of a Person: roles over time, topics with counts, people quoted alongside. */
import type * as read from "@whosaid/db/read";
import { builder } from "../builder.ts";
import { ArticleRef, PersonRef, TopicRef } from "./refs.ts";

export const Role = builder.objectRef<read.RoleRow>("PersonRole");
Role.implement({
  description: "A role the person held, as an article showed it.",
  fields: (t) => ({
    role: t.exposeString("role"),
    organization: t.exposeString("organization", { nullable: true }),
    country: t.exposeString("country", { nullable: true }),
    from: t.field({ type: "Date", nullable: true, resolve: (r) => r.validFrom }),
    to: t.field({ type: "Date", nullable: true, resolve: (r) => r.validTo }),
    evidence: t.exposeString("evidence", { nullable: true }),
    article: t.field({
      type: ArticleRef,
      nullable: true,
      description: "The article that showed this role.",
      resolve: (r, _args, ctx) => (r.articleId ? ctx.loaders.article.load(r.articleId) : null),
    }),
  }),
});

export const TopicCount = builder.objectRef<{ topicId: string; count: number }>("TopicCount");
TopicCount.implement({
  fields: (t) => ({
    topic: t.field({
      type: TopicRef,
      resolve: (c, _args, ctx) => ctx.loaders.topic.load(c.topicId) as never,
    }),
    count: t.exposeInt("count"),
  }),
});

export const CoQuoted = builder.objectRef<{ personId: string; count: number }>("CoQuotedPerson");
CoQuoted.implement({
  fields: (t) => ({
    person: t.field({
      type: PersonRef,
      resolve: (c, _args, ctx) => ctx.loaders.person.load(c.personId) as never,
    }),
    sharedArticles: t.exposeInt("count", { description: "Articles that quote both." }),
  }),
});
