import { mentionIndex } from "../quotes/mention-index.ts";
import type { Person } from "../types.ts";

// After the description: an optional short post-modifier ("at the time", "of the bureau"), then
// the comma that opens the appositive.
const LEAD = /^(?:\s+(?:at|of|for|in|with|from|to|on)\s+[^,;:!?“”"()\n]{1,60}?)?,\s+/;
// After the name: the appositive closes, the sentence ends, or its verb follows. "and" would
// make the name one of a list ("the mayor, Ann Roe and two aides").
const CLOSE = /^\s*(?:[,.;:)]|$|(?:who|whose|said|says|told|wrote|added)\b)/;

/**
 * "the company's chief executive, Joan Farrow," / "his best friend at college, Bruno Tarr": the
 * person named in apposition right after a singular description is the one it describes (the
 * appositive sieve of Lee et al. 2013). `end` is where the description as written ends.
 */
export function nameInApposition(text: string, end: number, people: Person[]): Person | null {
  const lead = LEAD.exec(text.slice(end, end + 90));
  if (!lead) return null;
  const at = end + lead[0].length;
  if (!/^\p{Lu}/u.test(text.slice(at, at + 1))) return null;
  for (const i of mentionIndex(people).overlapping({ start: at, end: at + 1 })) {
    const m = people[i].mentions.find((n) => n.kind !== "pronoun" && n.start === at);
    if (m && CLOSE.test(text.slice(m.end, m.end + 12))) return people[i];
  }
  return null;
}
