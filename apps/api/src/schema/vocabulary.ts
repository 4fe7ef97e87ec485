/**
 * The enums of the shared vocabulary, built from its one list (`@whosaid/parser/vocabulary`):
 * a category, kind or speaker type added there is in the schema, the filters and the web app's
 * generated types without another edit. Only the descriptions are written here.
 */
import {
  PERSON_CATEGORIES,
  type PersonCategory,
  QUOTE_KINDS,
  type QuoteKind,
  SPEAKER_TYPES,
  type SpeakerType,
} from "@whosaid/parser/vocabulary";
import { builder } from "../builder.ts";

type EnumValues<V extends string> = {
  [K in V as Uppercase<K>]: { value: K; description?: string };
};

/** GraphQL enum values for a list: `civil_society` is `CIVIL_SOCIETY`, with its description. */
function enumValues<V extends string>(
  values: readonly V[],
  descriptions: Partial<Record<V, string>>,
): EnumValues<V> {
  return Object.fromEntries(
    values.map((value) => [value.toUpperCase(), { value, description: descriptions[value] }]),
  ) as EnumValues<V>;
}

const CATEGORY_VALUES = enumValues<PersonCategory>(PERSON_CATEGORIES, {
  international: "Officials of an international organization.",
  party: "Parties and campaigns.",
  civil_society: "Unions, associations, NGOs, churches.",
  expert: "Academics, analysts, think tanks.",
  public: "Ordinary people: residents, voters, witnesses.",
});

export const PersonCategoryEnum = builder.enumType("PersonCategory", {
  description:
    "What kind of source a person is. GOVERNMENT, LEGISLATURE, MILITARY, JUDICIARY and INTERNATIONAL are public office (isOfficial).",
  values: CATEGORY_VALUES,
});

/** Categories in quote filters and facets: the person categories, where UNKNOWN also covers unnamed speakers. */
export const SpeakerCategoryEnum = builder.enumType("SpeakerCategory", {
  description:
    "A speaker's category in filters and facets: a person's category, UNKNOWN for an unnamed speaker or a person whose category is not known.",
  values: CATEGORY_VALUES,
});

export const QuoteKindEnum = builder.enumType("QuoteKind", {
  values: enumValues<QuoteKind>(QUOTE_KINDS, {
    direct: "Verbatim, in quotation marks.",
    partial: "A quoted fragment inside the reporter's sentence.",
    indirect: 'Reported speech ("X said that …").',
  }),
});

export const SpeakerTypeEnum = builder.enumType("SpeakerType", {
  description: "What a speaker is.",
  values: enumValues<SpeakerType>(SPEAKER_TYPES, {
    organization:
      'An organization speaking as one: a ministry, a company, a police force ("the department").',
    group: 'A group of people: "the protesters", "the couple".',
  }),
});

export const SpeakerMentionKindEnum = builder.enumType("SpeakerMentionKind", {
  description: "How the text names the speaker where the quote is attributed.",
  values: {
    NAME: { value: "name" },
    NOMINAL: { value: "nominal", description: 'A description: "the minister", "the department".' },
    PRONOUN: { value: "pronoun" },
  } as const,
});
