import type { Span } from "../types.ts";
import type { Entity, EntityType } from "./entity.ts";

/** How a speaker is written where the quote is attributed. */
export type MentionKind = "name" | "nominal" | "pronoun";

/** The speaker fields of a Quote, and the entity behind them. */
export interface Speaker {
  speakerId: string | null;
  speakerLabel: string | null;
  speakerCountry: string | null;
  speakerMention: Span | null;
  speakerType: EntityType | null;
  mentionKind: MentionKind;
  /** The entity the mention refers to, when coreference found one. */
  entity: Entity | null;
}

/** A speaker that is an entity: a person (by id) or an organization or group (by name). */
export function entitySpeaker(entity: Entity, mention: Span, kind: MentionKind): Speaker {
  return {
    speakerId: entity.personId,
    speakerLabel: entity.personId ? null : entity.name,
    speakerCountry: entity.country,
    speakerMention: mention,
    speakerType: entity.type,
    mentionKind: kind,
    entity,
  };
}

/** A speaker known only by how it is written ("a senior military official", "they"). */
export function labelSpeaker(
  label: string,
  mention: Span,
  kind: MentionKind,
  country: string | null,
  type: EntityType | null,
): Speaker {
  return {
    speakerId: null,
    speakerLabel: label,
    speakerCountry: country,
    speakerMention: mention,
    speakerType: type,
    mentionKind: kind,
    entity: null,
  };
}
