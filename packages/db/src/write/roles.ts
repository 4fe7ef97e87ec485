import type { Person } from "@whosaid/parser";
import type { Queryable } from "../types.ts";

// Knowledge-base evidence carries the term of office, e.g. "…, 2020-03-04 – 2023-09-05" or "2020-03-04 –".
const TERM = /(\d{4}-\d{2}-\d{2})\s*[–-]\s*(\d{4}-\d{2}-\d{2})?/;

/** Rows of `person_roles`, `article_people` and `mentions` of one or more articles, by column. */
export interface PeopleRows {
  roles: {
    person: string[];
    role: string[];
    org: (string | null)[];
    country: (string | null)[];
    from: (string | null)[];
    to: (string | null)[];
    article: string[];
    evidence: (string | null)[];
  };
  linked: {
    article: string[];
    local: string[];
    person: string[];
    name: string[];
    role: (string | null)[];
    org: (string | null)[];
    country: (string | null)[];
    category: (string | null)[];
    official: boolean[];
    count: number[];
    party: (string | null)[];
  };
  mentions: {
    article: string[];
    person: string[];
    start: number[];
    end: number[];
    kind: string[];
    text: string[];
  };
}

export function newPeopleRows(): PeopleRows {
  return {
    roles: {
      person: [],
      role: [],
      org: [],
      country: [],
      from: [],
      to: [],
      article: [],
      evidence: [],
    },
    linked: {
      article: [],
      local: [],
      person: [],
      name: [],
      role: [],
      org: [],
      country: [],
      category: [],
      official: [],
      count: [],
      party: [],
    },
    mentions: { article: [], person: [], start: [], end: [], kind: [], text: [] },
  };
}

/** Adds each person's role as seen in this article; roles accumulate, one row per article of evidence. */
export function addRoleRows(
  rows: PeopleRows,
  articleId: string,
  publishedAt: string | null,
  people: Person[],
  ids: Map<string, string>,
): void {
  const c = rows.roles;
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
    c.article.push(articleId);
    c.evidence.push(evidence);
  }
}

/** Adds the links of the article to its people (as the article describes them) and their mentions. */
export function addArticlePeopleRows(
  rows: PeopleRows,
  articleId: string,
  people: Person[],
  ids: Map<string, string>,
): void {
  const seen = new Set<string>();
  const { linked: ap, mentions: m } = rows;
  for (const p of people) {
    const personId = ids.get(p.id);
    if (!personId || seen.has(p.id)) continue;
    seen.add(p.id);
    ap.article.push(articleId);
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
      m.article.push(articleId);
      m.person.push(personId);
      m.start.push(mention.start);
      m.end.push(mention.end);
      m.kind.push(mention.kind);
      m.text.push(mention.text);
    }
  }
}

/** Stores people rows of any number of articles: links and mentions in one statement, roles in one. */
export async function insertPeopleRows(tx: Queryable, rows: PeopleRows): Promise<void> {
  if (rows.linked.local.length > 0) {
    await tx.query(
      `WITH linked AS (
         INSERT INTO article_people (article_id, local_id, person_id, name, role, organization, country,
           category, is_official, mention_count, party)
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::text[], $5::text[], $6::text[],
           $7::text[], $8::text[], $9::boolean[], $10::int[], $11::text[])
         ON CONFLICT DO NOTHING RETURNING 1)
       INSERT INTO mentions (article_id, person_id, start_offset, end_offset, kind, text)
       SELECT * FROM unnest($12::uuid[], $13::uuid[], $14::int[], $15::int[], $16::text[], $17::text[])`,
      [...Object.values(rows.linked), ...Object.values(rows.mentions)],
    );
  }
  if (rows.roles.person.length > 0) {
    await tx.query(
      `INSERT INTO person_roles (person_id, role, organization, country, valid_from, valid_to, article_id, evidence)
       SELECT u.p, u.r, u.o, u.c, u.f::date, u.t::date, u.a, u.e
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::uuid[], $8::text[])
         AS u(p, r, o, c, f, t, a, e)
       ON CONFLICT DO NOTHING`,
      Object.values(rows.roles),
    );
  }
}
