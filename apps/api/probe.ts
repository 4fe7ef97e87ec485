import { openDatabase } from "@whosaid/db";
import { testApi, gql } from "./src/testing.ts";
const db = await openDatabase({ memory: true });
const api = testApi(db);
let sel = "id"; for (let i = 0; i < 10; i++) sel = `article { quotes { ${sel} } }`;
const qs = {
 depth: `{ quotes(first: 1) { edges { node { ${sel} } } } }`,
 aliases: `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: __typename`).join(" ")} }`,
 tokens: `{ ${Array.from({ length: 4000 }, (_, i) => `__typename`).join(" ")} }`,
 directives: `{ __typename ${"@skip(if: false) ".repeat(40)} }`,
 cost: `{ ${Array.from({ length: 25 }, (_, i) => `a${i}: quotes(first: 100) { edges { node { id text kind article { id title } } } }`).join(" ")} }`,
 complexity: "{ people(first: 100) { edges { node { a: quotes(first: 100) { totalCount } b: articles(first: 100) { totalCount } c: topics(first: 100) { count } } } } }",
 syntax: "{ quotes( }",
 unknown: "{ nope }",
 idA: `{ article(id: "bad") { id } }`,
 fromzero: `{ quotes(filter: {from: "0000-01-01"}) { totalCount } }`,
 nul: `{ quotes(filter: {search: "a\\u0000b"}) { totalCount } }`,
 nulname: `{ quotes(filter: {speakerName: "a\\u0000b"}) { totalCount } }`,
 cursor: `{ people(after: "${Buffer.from(JSON.stringify({o: 1e20})).toString("base64url")}") { totalCount } }`,
};
for (const [k, q] of Object.entries(qs)) {
  const { status, body } = await gql(api, q);
  console.log(k, status, JSON.stringify(body.errors?.map((e: any) => [e.message.slice(0, 150), e.extensions?.code])));
}
await db.close();
