import { possessivePronouns, pronouns } from "../quotes/lexicon.ts";
import type { Span } from "../types.ts";
import type { CorefContext } from "./context.ts";
import { genderOfWord } from "./entity.ts";
import { pluralNameBefore } from "./plural-names.ts";
import { mostSalient } from "./salience.ts";
import { entitySpeaker, labelSpeaker, type Speaker } from "./speaker.ts";

/**
 * The entity a pronoun speaker refers to. "he"/"she": the most salient person before it that
 * agrees in gender (a person whose gender is unknown learns it here); "it": an organization;
 * "they"/"we": the last group, organization or unnamed source that spoke.
 */
export function resolvePronoun(c: CorefContext, mention: Span, paragraph: number): Speaker {
  const lower = mention.text.toLowerCase();
  // "I asked …" in the narration is the writer, never a person of the story.
  if (isWriter(mention.text)) return labelSpeaker(mention.text, mention, "pronoun", null, null);
  // "his promise to …": a possessive resolves like its subject form.
  const number = pronouns[lower] ?? pronouns[possessivePronouns[lower]];
  const where = c.where(mention.start, paragraph);
  if (number === "singular") {
    const gender = genderOfWord(lower);
    const person =
      mostSalient(c.table.events, { ...where, types: ["person"], gender, reach: 3 }) ??
      c.table.unlistedBefore(mention.start, paragraph, 3, gender);
    if (person) {
      person.gender ??= gender;
      return entitySpeaker(person, mention, "pronoun");
    }
  } else if (number === "thing") {
    const org = mostSalient(c.table.events, {
      ...where,
      types: ["organization"],
      gender: null,
      reach: 3,
    });
    if (org) return entitySpeaker(org, mention, "pronoun");
  }
  if (number !== "singular") {
    const label = c.labels.findLast((l) => l.at < mention.start && paragraph - l.paragraph <= 3);
    const group = mostSalient(c.table.events, {
      ...where,
      types: number === "thing" ? ["organization"] : ["group", "organization"],
      gender: null,
      reach: 3,
    });
    // "The Conservatives believe …; they say": a plural name just before beats an older voice.
    const named = lower === "they" ? pluralNameBefore(c, mention.start) : null;
    const sentenceOf = (at: number) => (at < 0 ? -1 : c.table.positions.sentence(at));
    const voice = Math.max(label?.at ?? -1, group ? lastEventAt(c, group) : -1);
    // A voice in the same sentence ("Officials in the Leafs' office said …") keeps it.
    if (named && sentenceOf(named.at) > sentenceOf(voice))
      return entitySpeaker(named.entity, mention, "pronoun");
    if (label && !(group && lastEventAt(c, group) > label.at))
      return { ...label.speaker, speakerMention: mention, mentionKind: "pronoun" };
    if (group) return entitySpeaker(group, mention, "pronoun");
  }
  return labelSpeaker(mention.text, mention, "pronoun", null, null);
}

/** "I", "my", "me" outside quotation marks: the writer of the article. */
export function isWriter(word: string): boolean {
  return /^(?:I|my|My|me)$/.test(word);
}

function lastEventAt(c: CorefContext, entity: unknown): number {
  return c.table.events.lastMentionOf(entity);
}
