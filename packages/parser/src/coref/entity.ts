import nouns from "../lexicon/coref-nouns.json" with { type: "json" };

/** What a speaker is: one person, an organization speaking as one, or a group of people. */
export type EntityType = "person" | "organization" | "group";
export type Gender = "female" | "male" | null;

/** Something the article's mentions refer to. */
export interface Entity {
  /** The person's id, or "org:<name>" / "group:<label>". */
  key: string;
  type: EntityType;
  /** Person's name, organization's full name, or the group's label as first written. */
  name: string;
  personId: string | null;
  gender: Gender;
  /** Lower-case words of the person's role and organization, for "the minister". */
  roleWords: Set<string>;
  country: string | null;
}

/** One place where the text refers to an entity, with what makes it salient there. */
export interface MentionEvent {
  at: number;
  entity: Entity;
  paragraph: number;
  sentence: number;
  /** Stands where a subject stands (not after a preposition, not a possessor). */
  subject: boolean;
  possessive: boolean;
  /** Set against the sentence's subject ("Unlike X, she …"): someone else is the topic. */
  foil: boolean;
  /** The entity is a quote's speaker here. */
  speaker: boolean;
}

const female = new Set(nouns.femaleWords);
const male = new Set(nouns.maleWords);
export const organizationHeads = new Set(nouns.organizationHeads);
export const groupHeads = new Set(nouns.groupHeads);
export const documentHeads = new Set(nouns.documentHeads);

/** The gender a word gives ("she", "Ms.", "spokeswoman"), or null. */
export function genderOfWord(word: string): Gender {
  const w = word.toLowerCase();
  if (female.has(w)) return "female";
  if (male.has(w)) return "male";
  return null;
}
