import { bodyOf, isOfficialCategory } from "./category.ts";
import type { Resolved } from "./elsewhere.ts";

// ", a private research firm", ", the city's transit agency": what the text says a body is, right
// after its name.
// "Kisan Sabha (National Farmers Union)": a translation in brackets says the same.
const GLOSS = /^(?:,? (?:a|an|the) ([^,.;:()"“”]{3,60}?)(?=[,.;:)]|$)| \(([^()]{3,60})\))/;
// How many of the body's mentions to read: the first few carry the gloss if any does.
const MENTIONS = 5;
// Categories a role leaves open: a weak title over a body nobody knows.
const VAGUE = new Set(["unknown"]);

/**
 * "X, president of Wealth-Q, a private research firm": a body nobody knows, glossed by the text
 * with a body word, gives its people that kind when the role alone said nothing of it.
 */
export function describedBody(text: string, r: Resolved["r"]): void {
  const org = r.organization;
  if (!org || !VAGUE.has(r.category ?? "") || org.length < 2) return;
  let from = 0;
  for (let n = 0; n < MENTIONS; n++) {
    const at = text.indexOf(org, from);
    if (at < 0) return;
    from = at + org.length;
    const found = GLOSS.exec(text.slice(from, from + 80));
    const gloss = found?.[1] ?? found?.[2];
    const body = gloss ? bodyOf(gloss.split(/\s+/)) : null;
    if (!body || body.category === "unknown") continue;
    const evidence = `${org}, ${gloss}`;
    r.category = body.category;
    r.evidence = { ...r.evidence, category: { value: body.category, evidence } };
    // A public body's staff hold public office, as a role of that body would have said.
    if (isOfficialCategory(body.category) && !/^former\b/i.test(r.role ?? "")) {
      r.isOfficial = true;
      r.evidence.official = { value: "true", evidence };
    }
    return;
  }
}
