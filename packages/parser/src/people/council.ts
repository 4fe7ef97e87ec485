import type { Resolved } from "./elsewhere.ts";

const MEMBER = /\b(?:council(?:l?or|man|woman| member)s?|aldermen|alderman)$/i;
// "Oakdale city council", "the Harbor Town Council": a place's council, as the article writes it.
const COUNCIL =
  /\b((?:\p{Lu}[\p{L}.'’-]+ ){1,3}(?:[Cc]ity |[Tt]own |[Cc]ounty |[Mm]unicipal |[Dd]istrict )?[Cc]ouncil)\b/gu;
const NOT_PLACE = /^(?:The|A|An|Security|Privy|European|National|Legislative|Executive)\b/;

/** The one local council an article names, or null when it names none or several. */
function councilOf(text: string): string | null {
  if (!/[Cc]ouncil\b/.test(text)) return null;
  // Each council once, by its name in lower case, as first written.
  const found = new Map<string, string>();
  for (const m of text.matchAll(COUNCIL)) {
    const name = m[1].replace(/^(?:The|A) /, "");
    if (!NOT_PLACE.test(name) && !found.has(name.toLowerCase()))
      found.set(name.toLowerCase(), name);
    if (found.size > 1) return null;
  }
  return [...found.values()][0] ?? null;
}

/**
 * "Green councillors Amy Ford and Bo Chan" in a story about the Oakdale city council: a member of
 * a council with no body of their own sits on the one local council the article names.
 */
export function sitsOnCouncil(text: string, resolved: Resolved[]): void {
  const members = resolved.filter(
    ({ r }) => !r.organization && MEMBER.test((r.role ?? "").replace(/^former /i, "")),
  );
  if (members.length === 0) return;
  const council = councilOf(text);
  if (!council) return;
  for (const { r } of members) {
    r.organization = council;
    r.evidence = {
      ...r.evidence,
      organization: { value: council, evidence: `council named: ${council}` },
    };
  }
}
