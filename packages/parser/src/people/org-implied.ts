import type { Organization } from "../kb/index.ts";

const body = (name: string, country: string | null): Organization => ({
  name,
  country,
  kind: "government",
  wikidataId: null,
  source: "text",
});

// Titles of members of a national chamber, by the chamber's name in that country.
const CHAMBERS: { role: RegExp; country: Set<string>; name: string }[] = [
  { role: /^(?:u\.s\. )?(?:senator|sen\.?)$/i, country: new Set(["US"]), name: "Senate" },
  {
    role: /^(?:u\.s\. )?(?:representative|rep\.?|congressman|congresswoman|congressmember|delegate|del\.)$/i,
    country: new Set(["US"]),
    name: "House of Representatives",
  },
  {
    role: /^(?:mp|member of parliament)$/i,
    country: new Set(["GB", "CA"]),
    name: "House of Commons",
  },
];

const COURT_TITLE =
  /^(?:chief |associate |senior |presiding )?(?:u\.s\. |united states |federal )*(district|circuit|bankruptcy|superior|supreme|appeals|appellate)(?: court)? (?:judge|justice)$/i;

/**
 * The body a role implies when the text names none: a US senator sits in the Senate, a US
 * Secretary of Energy heads the Department of Energy, the US Attorney General the Justice
 * Department, a British or Canadian MP sits in the House of Commons. Only for the country the
 * person is placed in, and only where the role has no place of its own ("Ohio Attorney General"
 * keeps its state, read as the organization before this is asked).
 */
export function impliedOrganization(
  role: string | null,
  country: string | null,
): { org: Organization; evidence: string } | null {
  if (!role) return null;
  const bare = role
    .replace(/^(former|then|ex|retired|late|acting|interim)[\s-]+/i, "")
    .replace(/-elect$/i, "")
    .trim();
  // "U.S. District Judge", "Superior Court Justice": the judge sits in the court the title names.
  const court = COURT_TITLE.exec(bare);
  if (court) {
    const level = court[1][0].toUpperCase() + court[1].slice(1).toLowerCase();
    const name = /^appeals?$/i.test(level) ? "Court of Appeals" : `${level} Court`;
    return { org: body(name, country), evidence: role };
  }
  if (!country) return null;
  for (const c of CHAMBERS)
    if (c.country.has(country) && c.role.test(bare))
      return { org: body(c.name, country), evidence: `${role} (${country})` };
  if (country !== "US") return null;
  const secretary = /^(?:deputy |assistant |under )?secretary of (?!the\b)([\p{Lu}].*)$/iu.exec(
    bare,
  );
  if (secretary && !/\b(general|army|navy|air force)\b/i.test(secretary[1]))
    return {
      org: body(`Department of ${secretary[1]}`, country),
      evidence: `${role} (${country})`,
    };
  if (/^(?:deputy |assistant |associate )?attorney general$/i.test(bare))
    return { org: body("Justice Department", country), evidence: `${role} (${country})` };
  return null;
}
