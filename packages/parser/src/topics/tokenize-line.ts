import type { Token } from "../doc.ts";
import { nlp } from "../util/nlp.ts";

const its = nlp.its;

/**
 * Tokens of a short line that the sentences stage does not tokenise (the title), with offsets
 * relative to the line: enough for cue matching, which never uses them to slice doc.text.
 */
export function tokenizeLine(line: string): Token[] {
  const tokens = nlp.readDoc(line).tokens();
  const values = tokens.out(its.value) as string[];
  const pos = tokens.out(its.pos) as string[];
  const lemma = tokens.out(its.lemma as never) as string[];
  const normal = tokens.out(its.normal) as string[];
  const type = tokens.out(its.type) as string[];
  let cursor = 0;
  return values.map((text, i) => {
    const at = line.indexOf(text, cursor);
    const start = at < 0 ? cursor : at;
    cursor = start + text.length;
    return {
      text,
      start,
      end: cursor,
      pos: pos[i],
      lemma: lemma[i],
      normal: normal[i],
      type: type[i],
    };
  });
}
