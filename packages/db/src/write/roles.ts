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
  for (const p of people) {
    const personId = ids.get(p.id);
    if (!personId || !p.role?.trim()) continue;
    const evidence = p.evidence?.role?.evidence ?? null;
    const term = evidence ? TERM.exec(evidence) : null;
    const from = term ? term[1] : publishedAt;
    const to = term ? (term[2] ?? null) : publishedAt;
    await tx.query(
      `INSERT INTO person_roles (person_id, role, organization, country, valid_from, valid_to, article_id, evidence)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8) ON CONFLICT DO NOTHING`,
      [personId, p.role.trim(), p.organization, p.country, from, to, articleId, evidence],
    );
  }
}

/** Links the article to its people (as the article describes them) and stores their mentions. */
export async function writeArticlePeople(
  tx: Queryable,
  articleId: string,
  people: Person[],
  ids: Map<string, string>,
): Promise<void> {
  const seen = new Set<string>();
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
    await tx.query(
      `INSERT INTO article_people (article_id, local_id, person_id, name, role, organization, country,
         category, is_official, mention_count)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10) ON CONFLICT DO NOTHING`,
      [
        articleId,
        p.id,
        personId,
        p.name,
        p.role,
        p.organization,
        p.country,
        p.category,
        !!p.isOfficial,
        p.mentions?.length ?? 0,
      ],
    );
    for (const mention of p.mentions ?? []) {
      m.person.push(personId);
      m.start.push(mention.start);
      m.end.push(mention.end);
      m.kind.push(mention.kind);
      m.text.push(mention.text);
    }
  }
  if (m.person.length === 0) return;
  await tx.query(
    `INSERT INTO mentions (article_id, person_id, start_offset, end_offset, kind, text)
     SELECT $1, * FROM unnest($2::uuid[], $3::int[], $4::int[], $5::text[], $6::text[])`,
    [articleId, m.person, m.start, m.end, m.kind, m.text],
  );
}
