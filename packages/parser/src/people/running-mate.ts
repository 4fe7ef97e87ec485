import type { Mention } from "../types.ts";
import { surnameOf } from "./draft.ts";
import type { Resolved } from "./elsewhere.ts";

// "… X as her running mate", "… X as his vice-presidential running mate".
const AS_MATE = /^,? as (?:his|her|their) (?:vice[- ]presidential )?running mate\b/;
// "Ruiz picked former mayor …", "Ruiz has chosen …": the candidate who chose, in the same clause.
const CHOSE =
  /\b(\p{Lu}[\p{L}'’-]+) (?:has |had )?(?:selected|picked|chose|chosen|named|tapped)\b[^.;:!?"“”]{0,80}$/u;

/**
 * "Ruiz picked teacher Ivo Lind as her running mate": a running mate runs on the ticket of the
 * candidate who chose them — the candidate's party is the mate's organization, and the mate
 * speaks for the campaign.
 */
export function runningMates(text: string, resolved: Resolved[], mentions: Mention[][]): void {
  if (!text.includes("running mate")) return;
  resolved.forEach(({ d, r }, i) => {
    if (r.organization || r.isOfficial || d.media) return;
    for (const m of mentions[i]) {
      if (m.kind === "pronoun" || !AS_MATE.test(text.slice(m.end, m.end + 50))) continue;
      const chooser = CHOSE.exec(text.slice(Math.max(0, m.start - 120), m.start))?.[1];
      const top = chooser
        ? resolved.find((x) => x.r !== r && surnameOf(x.r.name) === chooser)?.r
        : undefined;
      if (!top?.organization || top.category !== "party") continue;
      const evidence = `running mate of ${top.name} (${top.organization})`;
      r.organization = top.organization;
      r.category = "party";
      r.evidence = {
        ...r.evidence,
        organization: { value: top.organization, evidence },
        category: { value: "party", evidence },
      };
      return;
    }
  });
}
