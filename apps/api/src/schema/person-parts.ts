import { builder } from "../builder.ts";
import { referenced } from "../loaders.ts";
import { mergeRolePeriods, type RolePeriod } from "./person-roles.ts";
import { ArticleRef, PersonRef, TopicRef } from "./refs.ts";

export { mergeRolePeriods };

export const Role = builder.objectRef<RolePeriod>("PersonRole");
Role.implement({
  description:
    "A role the person held over a period: consecutive sightings of one title at one organization, merged, with the evidence and the articles that showed it.",
  fields: (t) => ({
    title: t.exposeString("title"),
    role: t.exposeString("title", { deprecationReason: "Use title." }),
    organization: t.exposeString("organization", { nullable: true }),
    country: t.exposeString("country", { nullable: true }),
    from: t.field({ type: "Date", nullable: true, resolve: (r) => r.from }),
    to: t.field({ type: "Date", nullable: true, resolve: (r) => r.to }),
    evidence: t.exposeString("evidence", {
      nullable: true,
      description: 'The first evidence: the article\'s words, or "kb:<Wikidata id> <term>".',
    }),
    evidences: t.exposeStringList("evidences", { description: "Every distinct evidence seen." }),
    articles: t.field({
      type: [ArticleRef],
      description: "The articles that showed this role, oldest first.",
      resolve: async (r, _args, ctx) =>
        (await Promise.all(r.articleIds.map((id) => ctx.loaders.article.load(id)))).filter(
          (a): a is NonNullable<typeof a> => a !== null,
        ),
    }),
    article: t.field({
      type: ArticleRef,
      nullable: true,
      description: "The first article that showed this role.",
      resolve: (r, _args, ctx) =>
        r.articleIds[0] ? ctx.loaders.article.load(r.articleIds[0]) : null,
    }),
  }),
});

export const TopicCount = builder.objectRef<{ topicId: string; count: number }>("TopicCount");
TopicCount.implement({
  fields: (t) => ({
    topic: t.field({
      type: TopicRef,
      resolve: (c, _args, ctx) => referenced(ctx.loaders.topic.load(c.topicId)),
    }),
    count: t.exposeInt("count"),
  }),
});

export const CoQuoted = builder.objectRef<{ personId: string; count: number }>("CoQuotedPerson");
CoQuoted.implement({
  fields: (t) => ({
    person: t.field({
      type: PersonRef,
      resolve: (c, _args, ctx) => referenced(ctx.loaders.person.load(c.personId)),
    }),
    sharedArticles: t.exposeInt("count", { description: "Articles that quote both." }),
  }),
});
