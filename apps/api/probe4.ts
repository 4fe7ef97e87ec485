import { openDatabase } from "@whosaid/db";
import { testApi, gql, INGEST, INGEST_TOKEN, seedText } from "./src/testing.ts";
for (const url of [undefined, "postgres://postgres@127.0.0.1:5432/postgres"]) {
const db = await openDatabase(url ? { url } : { memory: true });
const api = testApi(db);
const text = seedText().replace("Zelenskyy", "Zelen\ud800skyy");
const r = await gql(api, INGEST, { input: { text: "Some Title\n\nThe minister said \"we will do it\ud83d tomorrow\" on Monday. ".repeat(3) } }, INGEST_TOKEN);
console.log(JSON.stringify(r.body).slice(0, 300));
const r2 = await gql(api, INGEST, { input: { text } }, INGEST_TOKEN);
console.log(JSON.stringify(r2.body).slice(0, 300));
const r3 = await gql(api, INGEST, { input: { text: seedText(), source: "a\u0000b" } }, INGEST_TOKEN);
console.log(JSON.stringify(r3.body).slice(0, 300));
const r4 = await gql(api, INGEST, { input: { text: seedText(), publishedAt: "0000-01-01" } }, INGEST_TOKEN);
console.log(JSON.stringify(r4.body).slice(0, 300));
await db.close();
}
