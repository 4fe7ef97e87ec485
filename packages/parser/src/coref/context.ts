import type { Span } from "../types.ts";
import type { EntityTable } from "./entities.ts";
import type { Speaker } from "./speaker.ts";

/** A label speaker kept for "they" and for a later "the official" that means the same one. */
export interface LabelEvent {
  at: number;
  paragraph: number;
  head: string;
  speaker: Speaker;
}

/** What the pronoun and description rules read of the coreference state. */
export interface CorefContext {
  readonly table: EntityTable;
  readonly labels: LabelEvent[];
  /** Where a mention is, in the terms salience counts. */
  where(at: number, paragraph: number): { at: number; paragraph: number; sentence: number };
  span(start: number, end: number): Span;
}
