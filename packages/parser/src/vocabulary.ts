/**
 * The words whosaid classifies by, in one place: person categories, quote kinds and speaker
 * types. The parser writes them, the database checks them, the API's enums and the filters are
 * built from these lists (the web app gets them through the API's generated GraphQL types).
 */

/**
 * What kind of source a person is. Public office: government, legislature, military, judiciary,
 * international (an international organization's officials); then party (parties and campaigns),
 * business, civil_society (unions, associations, NGOs, churches), expert (academics, analysts,
 * think tanks), media, public (ordinary people: residents, voters, witnesses) and unknown.
 */
export const PERSON_CATEGORIES = [
  "government",
  "legislature",
  "military",
  "judiciary",
  "international",
  "party",
  "business",
  "civil_society",
  "expert",
  "media",
  "public",
  "unknown",
] as const;

export type PersonCategory = (typeof PERSON_CATEGORIES)[number];

/** Categories of public office: the people `isOfficial` marks. */
export const OFFICIAL_CATEGORIES: readonly PersonCategory[] = PERSON_CATEGORIES.slice(0, 5);

/** How a statement is reported: verbatim, a quoted fragment, or reported speech. */
export const QUOTE_KINDS = ["direct", "partial", "indirect"] as const;

export type QuoteKind = (typeof QUOTE_KINDS)[number];

/** What a speaker is: a person, an organization speaking as one ("the ministry"), a group. */
export const SPEAKER_TYPES = ["person", "organization", "group"] as const;

export type SpeakerType = (typeof SPEAKER_TYPES)[number];
