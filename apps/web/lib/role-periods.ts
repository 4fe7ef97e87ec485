/**
 * A person's roles as periods: the API lists a role once per article that showed it; readers want
 * "President, 2019-09-25 – 2020-01-10, in 4 articles". Observations of the same role (and
 * organization) in date order merge into one period until another role is seen in between.
 */

export interface RoleObservation {
  role: string | null;
  organization: string | null;
  from: string | null;
  to: string | null;
  article: { id: string } | null;
}

export interface RolePeriod {
  role: string;
  organization: string | null;
  from: string | null;
  to: string | null;
  articleCount: number;
  /** The article of a period seen once, to link to. */
  articleId: string | null;
}

const keyOf = (r: RoleObservation) =>
  `${(r.role ?? "").trim().toLowerCase()}|${(r.organization ?? "").trim().toLowerCase()}`;

const later = (a: string | null, b: string | null) => (!a ? b : !b ? a : a > b ? a : b);

/** Merges role observations into periods, oldest first (undated observations last). */
export function rolePeriods(roles: readonly RoleObservation[]): RolePeriod[] {
  const sorted = [...roles]
    .filter((r) => r.role?.trim())
    .sort((a, b) => (a.from ?? "9999").localeCompare(b.from ?? "9999"));
  const periods: (RolePeriod & { key: string; articles: Set<string> })[] = [];
  for (const r of sorted) {
    const key = keyOf(r);
    let current = periods.at(-1);
    if (current?.key !== key) {
      current = {
        key,
        role: (r.role ?? "").trim(),
        organization: r.organization,
        from: r.from,
        to: null,
        articles: new Set(),
        articleCount: 0,
        articleId: null,
      };
      periods.push(current);
    }
    current.to = later(later(current.to, r.from), r.to);
    if (r.article) current.articles.add(r.article.id);
  }
  return periods.map(({ key: _key, articles, ...p }) => ({
    ...p,
    articleCount: articles.size,
    articleId: articles.size === 1 ? [...articles][0] : null,
  }));
}
