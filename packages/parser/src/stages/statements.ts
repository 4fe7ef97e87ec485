import type { Doc, Token } from "../doc.ts";
import { hasWords } from "../quotes/kind.ts";
import { agreeOnSpeakers } from "../statements/agree.ts";
import { statementGroups } from "../statements/group.ts";
import { namesAThing } from "../statements/naming.ts";
import type { Quote } from "../types.ts";
import { SpanIndex } from "../util/span-index.ts";

/**
 * Makes each statement one unit, after the quotes stage: quotations that only name a thing (a
 * title, a sign, a writer's term) are dropped; the pieces of one statement (split direct quotes,
 * quoted fragments inside the reported clause that carries them, nested reported clauses) share a
 * `statementId` and one speaker; quote and statement ids are numbered in reading order.
 */
export function statements(doc: Doc): Doc {
  if (doc.quotes.length === 0) return doc;
  const naming = namingCheck(doc);
  const spoken = doc.quotes.filter((q) => !naming(q));
  const groups = statementGroups(spoken, doc.text);
  const agreed = agreeOnSpeakers(spoken, groups, doc.people);
  const statementOf = new Map<number, string>();
  groups.forEach((g, s) => {
    for (const i of g) statementOf.set(i, `s${s + 1}`);
  });
  const numbered = agreed.quotes
    .map((q, i) => ({ ...q, statementId: statementOf.get(i) ?? q.statementId }))
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .map((q, i) => ({ ...q, id: `q${i + 1}` }));
  return { ...doc, quotes: numbered, people: agreed.people };
}

/** Short quotations are checked: a title, a sign's words, a named thing. */
function namingCheck(doc: Doc): (q: Quote) => boolean {
  // Indexed: finding each quotation's sentence by a scan of them all was quadratic.
  const body = new SpanIndex(
    doc.sentences.filter((s) => s.paragraph >= 0).map((s) => ({ range: s, value: s })),
  );
  const personEnds = new Set(
    doc.people.flatMap((p) => p.mentions.filter((m) => m.kind !== "pronoun").map((m) => m.end)),
  );
  return (q) => {
    if (q.kind === "indirect" || (q.kind === "direct" && hasWords(q.text, 9))) return false;
    // The earliest body sentence holding the quotation's start (the last one listed).
    const sentence = body.overlapping({ start: q.start, end: q.start + 1 }).at(-1);
    if (!sentence) return false;
    const before: Token[] = sentence.tokens.filter((t) => t.end <= q.start);
    return namesAThing(q.text, before, (offset) => personEnds.has(offset));
  };
}
