import type * as read from "@whosaid/db/read";

/** A role held over a period: consecutive sightings of one title at one organization, merged. */
export interface RolePeriod {
  title: string;
  organization: string | null;
  country: string | null;
  from: string | null;
  to: string | null;
  /** The first evidence seen: the article's words, or `kb:<Wikidata id> …`. */
  evidence: string | null;
  /** Every distinct evidence, in the order seen. */
  evidences: string[];
  /** The articles that showed the role, in the order seen. */
  articleIds: string[];
}

const keyOf = (r: read.RoleRow) =>
  `${r.role.trim().toLowerCase()}\u0000${(r.organization ?? "").trim().toLowerCase()}`;

const later = (a: string | null, b: string | null) => (!a ? b : !b ? a : a > b ? a : b);

/**
 * Merges a person's role sightings (oldest first) into periods: a run of sightings of the same
 * title and organization is one period, from its first date to its last; another role in between
 * starts a new period, so "Senator, then Secretary of State, then Senator" stays three.
 */
export function mergeRolePeriods(rows: readonly read.RoleRow[]): RolePeriod[] {
  const periods: (RolePeriod & { key: string })[] = [];
  for (const r of rows) {
    const key = keyOf(r);
    const last = periods[periods.length - 1];
    if (last && last.key === key) {
      last.to = later(last.to, r.validTo ?? r.validFrom);
      last.from ??= r.validFrom;
      last.country ??= r.country;
      if (r.evidence && !last.evidences.includes(r.evidence)) last.evidences.push(r.evidence);
      last.evidence ??= r.evidence;
      if (r.articleId && !last.articleIds.includes(r.articleId)) last.articleIds.push(r.articleId);
      continue;
    }
    periods.push({
      key,
      title: r.role,
      organization: r.organization,
      country: r.country,
      from: r.validFrom,
      to: r.validTo ?? r.validFrom,
      evidence: r.evidence,
      evidences: r.evidence ? [r.evidence] : [],
      articleIds: r.articleId ? [r.articleId] : [],
    });
  }
  return periods.map(({ key: _key, ...p }) => p);
}
