import { openDatabase } from "@whosaid/db";
import { ingestSamples, loadSamples } from "./src/bench/corpus.ts";
const db = await openDatabase({ memory: true });
await ingestSamples(db, loadSamples().slice(0, 30));
const { rows } = await db.query(`SELECT a.id,
  jsonb_array_length(a.parsed->'quotes') AS pq, (SELECT count(*)::int FROM quotes q WHERE q.article_id = a.id) AS q,
  jsonb_array_length(a.parsed->'people') AS pp, (SELECT count(*)::int FROM article_people x WHERE x.article_id = a.id) AS p,
  jsonb_array_length(a.parsed->'topics') AS pt, (SELECT count(*)::int FROM article_topics x WHERE x.article_id = a.id) AS t,
  (SELECT count(*)::int FROM mentions x WHERE x.article_id = a.id) AS m,
  jsonb_array_length(a.parsed->'places') AS pl, (SELECT count(*)::int FROM article_places x WHERE x.article_id = a.id) AS l
  FROM articles a`);
console.log(rows.filter((r: any) => r.pq !== r.q || r.pp !== r.p || r.pt !== r.t || r.pl !== r.l).length, rows.length);
console.log(rows.slice(0, 8));
await db.close();
