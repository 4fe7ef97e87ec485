/**
 * Facets: counts of the filtered statements by country, category, topic, source, month, kind,
 * organization, speaker type and speaker.
 * Every value can be passed back as the matching filter value as it is.
 */
import * as read from "@whosaid/db/read";
import { builder } from "../builder.ts";
import { CountRef } from "./common.ts";
import { QuoteFilter, toQuoteFilter } from "./quote-filter.ts";

const Facets = builder.objectRef<{ filter: read.QuoteFilter; limit: number }>("Facets");

// Country names from the platform's ICU data (English), so no list of our own is kept.
const countryNames = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });

/** The English name of an ISO 3166-1 alpha-2 code, or null. */
function countryName(code: string): string | null {
  try {
    return countryNames.of(code) ?? null;
  } catch {
    return null;
  }
}

const FACETS: [read.FacetName, string][] = [
  ["country", "By speaker country: ISO code as value, the country's name as label."],
  [
    "category",
    "By speaker category (the SpeakerCategory values; UNKNOWN holds unnamed speakers and people without one): counts add up to total.",
  ],
  ["topic", "By IPTC topic id (label given)."],
  ["source", "By publisher."],
  ["month", "By month stated (YYYY-MM), newest first."],
  ["kind", "By the kinds of a statement's pieces (DIRECT, PARTIAL, INDIRECT)."],
  ["organization", "By the speaker's organization."],
  [
    "speakerType",
    "By what the speaker is (the SpeakerType values); speakers of unknown type left out.",
  ],
  [
    "speaker",
    "By named speaker: the person's id as value (a speakerId filter value), the name as label.",
  ],
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
            if (name === "country") return rows.map((r) => ({ ...r, label: countryName(r.value) }));
            if (name === "speaker") {
              const people = await ctx.loaders.person.loadMany(rows.map((r) => r.value));
              return rows.map((r, i) => {
                const person = people[i];
                return { ...r, label: person && !(person instanceof Error) ? person.name : null };
              });
            }
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
