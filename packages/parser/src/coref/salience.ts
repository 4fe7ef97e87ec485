import type { Entity, EntityType, Gender } from "./entity.ts";
import type { MentionEvents } from "./mention-events.ts";

/** What a pronoun or description may refer to, and how far back to look. */
export interface Wanted {
  at: number;
  paragraph: number;
  sentence: number;
  types: EntityType[];
  gender: Gender;
  /** Paragraphs back (0 = the mention's own paragraph only). */
  reach: number;
  /** Only entities whose role or organization holds this word ("the minister"). */
  roleWord?: string;
}

// Weights of the salience score (hand-set on PolNeAR train and the GGT dev error classes):
// a sentence of distance costs 1; a subject, a speaker, a possessor shift it.
const SUBJECT = 0.5;
const SPEAKER = 0.6;
const POSSESSIVE = -0.7;
const PER_PARAGRAPH = 0.25;
const SPOKE_AGAIN = 0.3;
// "Unlike X, he …": the one compared with is the least likely referent of what follows.
const FOIL = -1.5;

/**
 * The most salient entity before `w.at` that agrees with `w`: recent, a subject rather than an
 * object or a possessor, a speaker of an earlier statement. Quoted names never count (the
 * table holds none).
 */
export function mostSalient(
  events: MentionEvents,
  w: Wanted,
  excluded?: (e: Entity) => boolean,
): Entity | null {
  const best = new Map<Entity, { score: number; spoke: number }>();
  for (const e of events.before(w.at)) {
    if (w.paragraph - e.paragraph > w.reach) break;
    const entity = e.entity;
    if (!w.types.includes(entity.type)) continue;
    if (w.gender && entity.gender && entity.gender !== w.gender) continue;
    if (w.roleWord && !entity.roleWords.has(w.roleWord)) continue;
    if (excluded?.(entity)) continue;
    const score =
      -(w.sentence - e.sentence) -
      PER_PARAGRAPH * (w.paragraph - e.paragraph) +
      (e.subject ? SUBJECT : 0) +
      (e.speaker ? SPEAKER : 0) +
      (e.possessive ? POSSESSIVE : 0) +
      (e.foil ? FOIL : 0);
    const b = best.get(entity);
    if (!b) best.set(entity, { score, spoke: e.speaker ? 1 : 0 });
    else {
      b.score = Math.max(b.score, score);
      if (e.speaker) b.spoke++;
    }
  }
  let winner: Entity | null = null;
  let top = -Infinity;
  for (const [entity, b] of best) {
    // The article's main voice: each statement it made nearby makes it a likelier referent.
    const score = b.score + SPOKE_AGAIN * Math.min(3, Math.max(0, b.spoke - 1));
    if (score > top) {
      winner = entity;
      top = score;
    }
  }
  return winner;
}
