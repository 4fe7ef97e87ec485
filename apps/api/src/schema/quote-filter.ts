/** The QuoteFilter input shared by quotes, facets, people's and topics' quote lists. */
import type * as read from "@whosaid/db/read";
import { builder } from "../builder.ts";
import { localIds } from "./common.ts";
import { QuoteKindEnum, SpeakerCategoryEnum, SpeakerTypeEnum } from "./vocabulary.ts";

export const QuoteFilter = builder.inputType("QuoteFilter", {
  description: "Every field narrows the result; list fields match any of their values.",
  fields: (t) => ({
    speakerCountry: t.stringList({
      description: 'ISO 3166-1 alpha-2 codes of the speaker\'s country, e.g. ["UA"].',
    }),
    speakerCategory: t.field({
      type: [SpeakerCategoryEnum],
      description: "UNKNOWN: unnamed speakers and people whose category is not known.",
    }),
    official: t.boolean({
      description: "true: government or military speakers only; false: everyone else.",
    }),
    speakerId: t.idList(),
    speakerName: t.string({ description: "Part of the speaker's name or an alias." }),
    organization: t.stringList({
      description: "The speaker's organization (exact name, case-insensitive).",
    }),
    topic: t.stringList({
      description:
        'IPTC ids ("medtop:16000000") or labels ("armed conflict"); subtopics are included.',
    }),
    kind: t.field({ type: [QuoteKindEnum] }),
    speakerType: t.field({
      type: [SpeakerTypeEnum],
      description:
        "What the speaker is; [ORGANIZATION] gives statements by organizations (ministries, companies, police forces). Quotes whose speaker's type is not known match none.",
    }),
    source: t.stringList({ description: 'Publisher names, e.g. "NBC News".' }),
    articleId: t.idList(),
    from: t.field({ type: "Date", description: "Stated on or after this date." }),
    to: t.field({ type: "Date", description: "Stated on or before this date." }),
    search: t.string({
      description: 'Full-text search of the quote text: words, "a phrase", -excluded, or.',
    }),
  }),
});

export type QuoteFilterInput = typeof QuoteFilter.$inferInput;

/** Turns the GraphQL filter into the read layer's, decoding global ids. */
export function toQuoteFilter(f: QuoteFilterInput | null | undefined): read.QuoteFilter {
  if (!f) return {};
  return {
    ...f,
    speakerId: localIds(f.speakerId?.map(String), "Person"),
    articleId: localIds(f.articleId?.map(String), "Article"),
  };
}
