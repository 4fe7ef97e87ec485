import { categoryKey, organizationsAgree, partiesAgree, rolesAgree } from "./facts.ts";
import type { GoldPerson } from "./gold.ts";
import type { Fact, PredictedPerson } from "./score.ts";

/** Is a predicted fact right for this gold person (null when the gold does not give it)? */
export function judge(
  fact: Fact,
  g: GoldPerson,
  p: PredictedPerson,
): { gold: unknown; pred: unknown; right: boolean | null } {
  const alts = g.alternatives ?? [];
  switch (fact) {
    case "role": {
      const roles = [g.role, ...alts.map((a) => a.role)].filter((r): r is string => !!r);
      return {
        gold: g.role ?? roles[0] ?? null,
        pred: p.role,
        right: roles.length ? roles.some((r) => rolesAgree(r, p.role)) : null,
      };
    }
    case "organization": {
      const orgs = [g.organization, ...alts.map((a) => a.organization)].filter(
        (o): o is string => !!o,
      );
      return {
        gold: g.organization ?? orgs[0] ?? null,
        pred: p.organization,
        right: orgs.length ? orgs.some((o) => organizationsAgree(o, p.organization)) : null,
      };
    }
    case "country":
      return {
        gold: g.country,
        pred: p.country,
        right: g.country ? g.country === p.country?.toUpperCase() : null,
      };
    case "party":
      return {
        gold: g.party,
        pred: p.party ?? null,
        right: g.party ? partiesAgree(g.party, p.party ?? null) : null,
      };
    case "category":
      return {
        gold: g.category,
        pred: p.category,
        right: categoryKey(p.category) === g.category || (g.category === "unknown" && !p.category),
      };
    case "official":
      return { gold: g.official, pred: p.isOfficial, right: g.official === p.isOfficial };
  }
}

/**
 * Whether a predicted value counts towards a fact's precision: official when marked official;
 * country and party whenever given (a value where the gold has none is wrong); role,
 * organization and category when given and the gold has one to judge it by.
 */
export function given(fact: Fact, p: PredictedPerson, judgeable: boolean): boolean {
  if (fact === "official") return p.isOfficial;
  if (fact === "party") return !!p.party;
  if (fact === "country") return !!p.country;
  return !!p[fact] && judgeable;
}
