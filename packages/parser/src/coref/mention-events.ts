import type { MentionEvent } from "./entity.ts";

/** The index after the last of `list` (sorted by `at`) at or before `at`. */
function upperBound(list: MentionEvent[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid].at > at) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The mention events of an article in text order: those of the people stage, fixed once sorted,
 * and those coreference adds as it reads speakers in text order. Kept as two sorted lists, read
 * as one: inserting each added event into one big list moved every later mention each time, which
 * made long articles quadratic (seconds for 2 MB of quotations). An added event comes after the
 * events at the same offset, as it did in the one list.
 */
export class MentionEvents {
  private readonly added: MentionEvent[] = [];
  private readonly lastAt = new Map<unknown, number>();
  private readonly firstAt = new Map<unknown, number>();

  constructor(private readonly base: MentionEvent[]) {
    base.sort((a, b) => a.at - b.at);
    for (const e of base) this.noteLast(e);
  }

  add(event: MentionEvent): void {
    const last = this.added.at(-1);
    // Speakers come in text order: an append, all but always.
    if (!last || last.at <= event.at) this.added.push(event);
    else this.added.splice(upperBound(this.added, event.at), 0, event);
    this.noteLast(event);
  }

  /** The events before offset `at`, latest first (the order a reader looks back in). */
  *before(at: number): Generator<MentionEvent> {
    let i = upperBound(this.base, at - 1) - 1;
    let j = upperBound(this.added, at - 1) - 1;
    while (i >= 0 || j >= 0) {
      if (j >= 0 && (i < 0 || this.added[j].at >= this.base[i].at)) yield this.added[j--];
      else yield this.base[i--];
    }
  }

  /** Where `entity` was first mentioned in the article, or -1. */
  firstMentionOf(entity: unknown): number {
    return this.firstAt.get(entity) ?? -1;
  }

  /** Where `entity` was last mentioned in the article, or -1. */
  lastMentionOf(entity: unknown): number {
    return this.lastAt.get(entity) ?? -1;
  }

  private noteLast(e: MentionEvent): void {
    this.lastAt.set(e.entity, Math.max(e.at, this.lastAt.get(e.entity) ?? -1));
    const first = this.firstAt.get(e.entity);
    if (first === undefined || e.at < first) this.firstAt.set(e.entity, e.at);
  }
}
