import type { Person } from "@whosaid/parser";
import type { Queryable } from "../types.ts";

// Knowledge-base evidence carries the term of office, e.g. "…, 2020-03-04 – 2023-09-05" or "2020-03-04 –".
const TERM = /(\d{4}-\d{2}-\d{2})\s*[–-]\s*(\d{4}-\d{2}-\d{2})?/;

/** Records each person's role as seen in this article; roles accumulate, one row per article of evidence. */
export async function writeRoles(
  tx: Queryable,
  articleId: string,
  publishedAt: string | null,
  people: Person[],
  ids: Map<string, string>,
): Promise<void> {
  const c = {
    person: [] as string[],
    role: [] as string[],
    org: [] as (string | null)[],
    country: [] as (string | null)[],
    from: [] as (string | null)[],
    to: [] as (string | null)[],
    evidence: [] as (string | null)[],
  };
  for (const p of people) {
    const personId = ids.get(p.id);
    if (!personId || !p.role?.trim()) continue;
    const evidence = p.evidence?.role?.evidence ?? null;
    const term = evidence ? TERM.exec(evidence) : null;
    c.person.push(personId);
    c.role.push(p.role.trim());
    c.org.push(p.organization);
    c.country.push(p.country);
    c.from.push(term ? term[1] : publishedAt);
    c.to.push(term ? (term[2] ?? null) : publishedAt);
    c.evidence.push(evidence);
  }
  if (c.person.length === 0) return;
  await tx.query(
    `INSERT INTO person_roles (person_id, role, organization, country, valid_from, valid_to, article_id, evidence)
     SELECT u.p, u.r, u.o, u.c, u.f::date, u.t::date, $1, u.e
     FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[]) AS u(p, r, o, c, f, t, e)
     ON CONFLICT DO NOTHING`,
    [articleId, c.person, c.role, c.org, c.country, c.from, c.to, c.evidence],
  );
}

/** Links the article to its people (as the article describes them) and stores their mentions. */
export async function writeArticlePeople(
  tx: Queryable,
  articleId: string,
  people: Person[],
  ids: Map<string, string>,
): Promise<void> {
  const seen = new Set<string>();
  const ap = {
    local: [] as string[],
    person: [] as string[],
    name: [] as string[],
    role: [] as (string | null)[],
    org: [] as (string | null)[],
    country: [] as (string | null)[],
    category: [] as (string | null)[],
    official: [] as boolean[],
    count: [] as number[],
    party: [] as (string | null)[],
  };
  const m = {
    person: [] as string[],
    start: [] as number[],
    end: [] as number[],
    kind: [] as string[],
    text: [] as string[],
  };
  for (const p of people) {
    const personId = ids.get(p.id);
    if (!personId || seen.has(p.id)) continue;
    seen.add(p.id);
    ap.local.push(p.id);
    ap.person.push(personId);
    ap.name.push(p.name);
    ap.role.push(p.role);
    ap.org.push(p.organization);
    ap.country.push(p.country);
    ap.category.push(p.category);
    ap.official.push(!!p.isOfficial);
    ap.count.push(p.mentions?.length ?? 0);
    ap.party.push(p.party ?? null);
    for (const mention of p.mentions ?? []) {
      m.person.push(personId);
      m.start.push(mention.start);
      m.end.push(mention.end);
      m.kind.push(mention.kind);
      m.text.push(mention.text);
    }
  }
  if (ap.local.length === 0) return;
  await tx.query(
    `WITH linked AS (
       INSERT INTO article_people (article_id, local_id, person_id, name, role, organization, country,
         category, is_official, mention_count, party)
       SELECT $1, * FROM unnest($2::text[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[],
         $8::text[], $9::boolean[], $10::int[], $11::text[])
       ON CONFLICT DO NOTHING RETURNING 1)
     INSERT INTO mentions (article_id, person_id, start_offset, end_offset, kind, text)
     SELECT $1, * FROM unnest($12::uuid[], $13::int[], $14::int[], $15::text[], $16::text[])`,
    [articleId, ...Object.values(ap), ...Object.values(m)],
  );
}
