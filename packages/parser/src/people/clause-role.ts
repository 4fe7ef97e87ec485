import type { Mention, PersonCategory } from "../types.ts";
import { bodyOf, isOfficialCategory } from "./category.ts";
import type { Resolved } from "./elsewhere.ts";
import { PLURAL_TITLES } from "./lexicon.ts";
import { memo } from "./memo.ts";
import { formerRole } from "./resolve.ts";
import { headOf, titleCase } from "./role.ts";

// Roles a relative clause gives the person named before it: "X, who runs Kole's field
// operation", "X spoke, who headed the campaign of Kole", "X, a lawyer who served as mayor".
// Most articles have neither: one scan of the text spares a look at every mention.
const ANY_CLAUSE =
  /\bwho (?:\p{L}+ )?(?:serve[sd]|r[au]ns|headed|heads|led|leads|managed|manages|directed|directs|chaired|chairs|oversaw|oversees|organi[sz]e[sd])\b/u;
const mayHave = memo((text: string) => ANY_CLAUSE.test(text), 1);

// What follows the name up to the clause: ", who", " spoke, who", ", a career diplomat who".
const LEAD = String.raw`^(?: \p{L}+){0,2},(?: (?:a|an|the) [\p{L}-]+(?: [\p{L}-]+)?)? who `;

// "who runs Kole's get-out-the-vote effort", "who headed the campaign of Ana Kole".
const STAFF = new RegExp(
  `${LEAD}(?:runs|ran|heads|headed|leads|led|manages|managed|directs|directed|chairs|chaired|co-chairs|oversees|oversaw|organi[sz]es|organi[sz]ed) (?:the |a )?(?:(?:re-?election |presidential |senate |mayoral |leadership )?campaign of (?:[\\p{Lu}][\\p{L}.'’-]+ ){0,2}([\\p{Lu}][\\p{L}'’-]+)|(?:([\\p{Lu}][\\p{L}-]+)['’]s?|his|her|their) ((?:[\\p{L}-]+ ){0,4}?(?:campaign|effort|drive|operation|outreach|team)))\\b`,
  "u",
);
// The work a campaign does: an effort of a company or a charity is none.
const CAMPAIGN_WORK =
  /\b(?:campaign|get-out-the-vote|voter[- ]registration|canvass\w*|fundrais\w*|door-knocking|phone-bank\w*|field|ground game|turnout)\b/i;

// "who served as President of India for five years": a past role; "who serves as" a current one.
const SERVED = new RegExp(
  `${LEAD}(?:(?:once|previously|formerly|had|also) )?(served|serves|is serving) as ((?:[\\p{L}.'’-]+ ?){1,6})`,
  "u",
);
// Words that end the role of "served as …": what follows is when, where or how long.
const ROLE_END =
  /^(?:for|from|until|since|between|during|when|under|and|before|after|in|to|twice|briefly|with)$/i;

// "senior Ruritanian officials, including X", "judges such as A and B": a plural of a role right
// before the list the person is in. A past group ("former ministers, including") says nothing now.
const GROUP =
  /\b((?:[Ff]ormer|[Ee]x-|[Rr]etired|[Ll]ate)\s+)?(?:[\p{L}-]+\s+)?([\p{Ll}-]+s),?\s+(?:including|such as|among them|like)\s+(?:[^.;!?()"“”]{0,80}?(?:,|\band)\s+)?$/u;
const mayGroup = memo((text: string) => /\b(?:including|such as|among them)\b/.test(text), 1);

// "Ana Ruiz and Tom Lee of KBC News are scheduled to co-moderate the debate": a debate's
// moderators are journalists.
const MODERATES =
  /^(?: of [^,.;]{2,30}?)?(?: and (?:\p{Lu}[\p{L}'’-]+ ){0,2}\p{Lu}[\p{L}'’-]+(?: of [^,.;]{2,30})?)?,? (?:(?:will|would|is|are|was|were) )?(?:(?:scheduled|set|due|slated|chosen|picked|tapped) to )?(?:co-?)?moderat(?:e|es|ed|ing) (?:[\p{L}\d-]+(?:['’]s)? ){0,4}debates?\b/u;
const mayModerate = memo((text: string) => /\bmoderat(?:e|es|ed|ing)\b/.test(text), 1);

/**
 * The role a relative clause after a mention gives the person, for a person whose own words gave
 * no role of a known kind: campaign staff, or an office held (past: "served as").
 */
export function clauseRole(text: string, r: Resolved["r"], mentions: Mention[]): void {
  if (r.category !== "public" && r.category !== "unknown") return;
  const clauses = mayHave(text);
  const groups = mayGroup(text);
  const moderates = mayModerate(text);
  if (!clauses && !groups && !moderates) return;
  for (const m of mentions) {
    if (m.kind === "pronoun") continue;
    const moderator = moderates ? MODERATES.exec(text.slice(m.end, m.end + 120)) : null;
    if (moderator) {
      const evidence = `${m.text}${moderator[0]}`;
      r.category = "media";
      r.evidence = { ...r.evidence, category: { value: "media", evidence } };
      return;
    }
    if (groups && inGroup(r, text.slice(Math.max(0, m.start - 160), m.start), m.text)) return;
    if (!clauses) continue;
    const after = text.slice(m.end, m.end + 160);
    const staff = STAFF.exec(after);
    if (staff && (staff[1] || CAMPAIGN_WORK.test(staff[3] ?? ""))) {
      const evidence = `${m.text}${staff[0]}`;
      r.category = "party";
      r.evidence = { ...r.evidence, category: { value: "party", evidence } };
      const boss = staff[1] ?? staff[2];
      if (!r.organization && boss) {
        r.organization = `${boss.replace(/['’]s?$/, "")} campaign`;
        r.evidence.organization = { value: r.organization, evidence };
      }
      return;
    }
    const served = SERVED.exec(after);
    if (served && servedAs(r, served, `${m.text}${served[0]}`)) return;
  }
}

function servedAs(r: Resolved["r"], m: RegExpExecArray, evidence: string): boolean {
  const words = m[2]
    .trim()
    .replace(/[.,;]$/, "")
    .split(" ");
  const end = words.findIndex((w, i) => i > 0 && ROLE_END.test(w));
  const role = end > 0 ? words.slice(0, end) : words;
  const head = headOf(role);
  if (!head) return false;
  const category = (bodyOf(role)?.category ?? head.category) as PersonCategory;
  if (category === "unknown") return false;
  const past = m[1] === "served";
  r.category = category;
  r.evidence = { ...r.evidence, category: { value: category, evidence } };
  const title = titleCase(role);
  r.role = past ? formerRole(title) : title;
  r.evidence.role = { value: r.role, evidence };
  if (!past && isOfficialCategory(category)) {
    r.isOfficial = true;
    r.evidence.official = { value: "true", evidence };
  }
  return true;
}

function inGroup(r: Resolved["r"], before: string, name: string): boolean {
  const m = GROUP.exec(before);
  if (!m || m[1]) return false;
  const plural = m[2].toLowerCase();
  const one = PLURAL_TITLES.get(plural) ?? plural.replace(/s$/, "");
  const head = headOf([one]);
  if (!head || head.category === "unknown" || !isOfficialCategory(head.category as PersonCategory))
    return false;
  const evidence = `${m[0]}${name}`;
  r.category = head.category as PersonCategory;
  r.evidence = { ...r.evidence, category: { value: r.category, evidence } };
  r.isOfficial = true;
  r.evidence.official = { value: "true", evidence };
  return true;
}
