import type { Quote } from "../types.ts";
import { isPronoun } from "./agree.ts";

/**
 * Groups the pieces of each statement: quotes the quotes stage already joined (a direct quote
 * split by "he said", a paragraph that runs on, a quoted fragment of the clause that carries it),
 * and quotes that overlap one another (a partial quote inside the indirect statement that carries
 * it, an indirect statement inside a longer one from the same tag), and quoted pieces of one
 * speaker that only a tag separates ("“…,” she said, “…,” she added, “…”"). A quote whose speaker is named
 * by name inside the other ("said Jones told reporters that …") is a statement reported within a statement,
 * and stays apart. Returns groups of indexes into `quotes`, each in reading order, ordered by their
 * first piece.
 */
export function statementGroups(quotes: readonly Quote[], text: string): number[][] {
  const parent = quotes.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  const join = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const firstOfStatement = new Map<string, number>();
  quotes.forEach((q, i) => {
    const first = firstOfStatement.get(q.statementId);
    if (first === undefined) firstOfStatement.set(q.statementId, i);
    else join(first, i);
  });
  const order = quotes.map((_, i) => i).sort((a, b) => quotes[a].start - quotes[b].start);
  for (let x = 0; x < order.length; x++) {
    const a = quotes[order[x]];
    for (let y = x + 1; y < order.length; y++) {
      const b = quotes[order[y]];
      if (b.start >= a.end) break;
      if (a.paragraph === b.paragraph && !reportedWithin(a, b) && !reportedWithin(b, a)) {
        join(order[x], order[y]);
      }
    }
  }
  const quoted = order.filter((i) => quotes[i].kind !== "indirect");
  for (let x = 1; x < quoted.length; x++) {
    if (splitByTag(quotes[quoted[x - 1]], quotes[quoted[x]], text)) join(quoted[x - 1], quoted[x]);
  }
  const groups = new Map<number, number[]>();
  for (const i of order) {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(i);
    else groups.set(root, [i]);
  }
  return [...groups.values()].sort((g, h) => quotes[g[0]].start - quotes[h[0]].start);
}

/** True when `inner` is attributed by words inside `outer` (a report within a report). */
function reportedWithin(outer: Quote, inner: Quote): boolean {
  const m = inner.speakerMention;
  if (!m || m.start < outer.start || m.end > outer.end) return false;
  // "said the toll was, in what she called a “last resort,” …": a pronoun inside the clause
  // points back to its speaker more often than to someone new.
  if (isPronoun(m.text)) return false;
  return outer.speakerId !== inner.speakerId || outer.speakerLabel !== inner.speakerLabel;
}

/**
 * "“…,” she said, “…”": the first piece leaves its sentence open, and what lies between the two
 * is a short tag naming their one speaker.
 */
function splitByTag(a: Quote, b: Quote, text: string): boolean {
  if (a.paragraph !== b.paragraph || b.start < a.end || /[.!?]$/.test(a.text)) return false;
  const same =
    a.speakerId !== null
      ? a.speakerId === b.speakerId
      : a.speakerLabel !== null && a.speakerLabel === b.speakerLabel;
  if (!same) return false;
  const tag = [a.speakerMention, b.speakerMention].some(
    (m) => m && m.start >= a.end && m.end <= b.start,
  );
  const gap = text.slice(a.end, b.start);
  return tag && gap.split(/\s+/).length <= 14 && !/\p{Ll}{4,}[.!?]["”’]?\s+\p{Lu}/u.test(gap);
}
