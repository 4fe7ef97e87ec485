import type { Draft } from "./draft.ts";

/**
 * A direct quotation with no tag of its own and no quote before it to continue: a sentence or a
 * paragraph of quoted words. `after` is where the sentence of narration just before it starts
 * (the last sentence of the paragraph before when the quotation opens its paragraph).
 */
export interface Orphan {
  start: number;
  end: number;
  paragraph: number;
  after: number;
}

/**
 * News writing follows a reported statement with the speaker's own words and no tag: "Lee said
 * the plan needs work. ⏎ “We have to start over.”" An orphan quotation takes the speaker of the
 * last statement (indirect, partial or direct) that ends in the sentence right before it; with no
 * such statement it stays unattributed. `drafts` are sorted by start; the result holds the new
 * drafts only, each a statement of its own.
 */
export function attachOrphans(orphans: Orphan[], drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const o of orphans) {
    let last: Draft | null = null;
    for (const d of drafts) {
      if (d.start >= o.start) break;
      if (d.end <= o.start && (!last || d.end >= last.end)) last = d;
    }
    if (!last?.source || last.end <= o.after) continue;
    out.push({
      start: o.start,
      end: o.end,
      kind: "direct",
      paragraph: o.paragraph,
      source: last.source,
      cue: null,
      lemma: null,
      channel: null,
      statement: `${o.paragraph}:o${o.start}`,
    });
  }
  return out;
}
