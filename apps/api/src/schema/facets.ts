/** Facets: counts of the filtered statements by country, category, topic, source, month, kind, organization. */
import * as read from "@whosaid/db/read";
import { builder } from "../builder.ts";
import { CountRef } from "./common.ts";
import { QuoteFilter, toQuoteFilter } from "./quote-filter.ts";

const Facets = builder.objectRef<{ filter: read.QuoteFilter; limit: number }>("Facets");

const FACETS: [read.FacetName, string][] = [
  ["country", "By speaker country (ISO code)."],
  ["category", "By speaker category (government, military, expert, media, other)."],
  ["topic", "By IPTC topic id (label given)."],
  ["source", "By publisher."],
  ["month", "By month stated (YYYY-MM), newest first."],
  ["kind", "By the kinds of a statement's pieces (direct, partial, indirect)."],
  ["organization", "By the speaker's organization."],
];

Facets.implement({
  description:
    "Counts of statements for faceted browsing (the pieces of one statement count once); every count respects the filter.",
  fields: (t) => ({
    total: t.int({
      description: "Statements matching the filter.",
      resolve: (f, _args, ctx) => read.countStatements(ctx.db, f.filter),
    }),
    ...Object.fromEntries(
      FACETS.map(([name, description]) => [
        name,
        t.field({
          type: [CountRef],
          description,
          resolve: async (f, _args, ctx) => {
            const rows = await read.facetCounts(ctx.db, name, f.filter, f.limit);
            if (name !== "topic" || !rows.length) return rows;
            const topics = await Promise.all(rows.map((r) => ctx.loaders.topic.load(r.value)));
            return rows.map((r, i) => ({ ...r, label: topics[i]?.label ?? null }));
          },
        }),
      ]),
    ),
  }),
});

builder.queryFields((t) => ({
  facets: t.field({
    type: Facets,
    args: {
      filter: t.arg({ type: QuoteFilter }),
      first: t.arg.int({ defaultValue: 20, description: "Values per facet." }),
    },
    resolve: (_root, args) => ({
      filter: toQuoteFilter(args.filter),
      limit: Math.min(Math.max(args.first ?? 20, 1), 200),
    }),
  }),
}));
