/** GraphQL reads for the campaign: every query field with odd filters, pages, ids and cursors. */
import fc from "fast-check";
import { cursorLike, dateLike, idLike, listOf, oddText, orWrong, pageSizeLike } from "./values.ts";

/** What a case sends to `/graphql`. */
export interface Operation {
  query: string;
  variables?: unknown;
  operationName?: unknown;
  token?: string;
}

/** Real ids of the database under test (global ids), for cases that hit existing rows. */
export interface KnownIds {
  articles: string[];
  people: string[];
  quotes: string[];
}

const CATEGORIES = ["GOVERNMENT", "MILITARY", "EXPERT", "MEDIA", "OTHER", "government", "NOPE"];
const KINDS = ["DIRECT", "PARTIAL", "INDIRECT", "direct", "SHOUTED"];
const SPEAKER_TYPES = ["PERSON", "ORGANIZATION", "GROUP", "organization", "MINISTRY"];

const QUOTE_FIELDS = `id text kind cue channel statedAt speakerLabel speakerCountry speakerType speakerMentionKind start end sentence
  speaker { id name country category isOfficial } article { id title url publishedAt } topics { score topic { label } }`;

const QUERIES = {
  quotes: `query($f: QuoteFilter, $n: Int, $a: String, $o: QuoteOrder) { quotes(filter: $f, first: $n, after: $a, orderBy: $o) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${QUOTE_FIELDS} } } } }`,
  facets: `query($f: QuoteFilter, $n: Int) { facets(filter: $f, first: $n) { total country { value label count } category { value count } topic { value count } source { value count } month { value count } kind { value count } organization { value count } speakerType { value count } } }`,
  people: `query($s: String, $c: [String!], $k: [PersonCategory!], $n: Int, $a: String) { people(filter: {search: $s, country: $c, category: $k}, first: $n, after: $a) { totalCount edges { cursor node { id name aliases role quoteCount quotes(first: 3) { totalCount } } } } }`,
  articles: `query($s: String, $src: [String!], $from: Date, $to: Date, $ids: [ID!], $n: Int, $a: String) { articles(filter: {search: $s, source: $src, from: $from, to: $to, personId: $ids}, first: $n, after: $a) { totalCount edges { node { id title publishedAt sourceName } } } }`,
  topics: `query($s: String, $p: String, $n: Int, $a: String) { topics(filter: {search: $s, parentId: $p}, first: $n, after: $a) { totalCount edges { node { id iptcId label quoteCount } } } }`,
  topic: `query($id: ID, $i: String, $l: String) { topic(id: $id, iptcId: $i, label: $l) { id label children { id } } }`,
  node: `query($id: ID!) { node(id: $id) { id ... on Article { title text } ... on Person { name } ... on Quote { text } } }`,
  nodes: `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`,
  person: `query($id: ID!, $f: QuoteFilter) { person(id: $id) { id name roles { role } coQuoted { sharedArticles person { id } } topics { count } quotes(filter: $f, first: 5) { totalCount } articles(first: 5) { totalCount } } }`,
  article: `query($id: ID!) { article(id: $id) { id title text paragraphs { text } people { id name } quotes { id text } places { mentionCount } relatedArticles { id } } }`,
  organizations: `query($s: String, $n: Int) { organizations(search: $s, first: $n) { name } sources { name } }`,
};

/** QuoteFilter values, mostly of the right shape and now and then of none. */
function quoteFilter(ids: KnownIds) {
  return orWrong(
    fc.record(
      {
        speakerCountry: orWrong(listOf(fc.oneof(fc.constantFrom("UA", "US", "RU"), oddText))),
        speakerCategory: orWrong(listOf(fc.constantFrom(...CATEGORIES))),
        official: orWrong(fc.boolean()),
        speakerId: orWrong(listOf(idLike(ids.people))),
        speakerName: orWrong(oddText),
        organization: orWrong(listOf(oddText)),
        topic: orWrong(listOf(fc.oneof(fc.constantFrom("medtop:16000000", "politics"), oddText))),
        kind: orWrong(listOf(fc.constantFrom(...KINDS))),
        speakerType: orWrong(listOf(fc.constantFrom(...SPEAKER_TYPES))),
        source: orWrong(listOf(fc.oneof(fc.constant("NBC News"), oddText))),
        articleId: orWrong(listOf(idLike(ids.articles))),
        from: orWrong(dateLike),
        to: orWrong(dateLike),
        search: orWrong(oddText),
      },
      { requiredKeys: [] },
    ),
  );
}

/** A read of any query field, with odd variables. */
export function readOperation(ids: KnownIds): fc.Arbitrary<Operation> {
  const anyId = idLike([...ids.articles, ...ids.people, ...ids.quotes]);
  const n = orWrong(pageSizeLike);
  const a = orWrong(cursorLike);
  const variables = {
    quotes: fc.record(
      { f: quoteFilter(ids), n, a, o: orWrong(fc.constantFrom("NEWEST", "OLDEST", "SIDEWAYS")) },
      { requiredKeys: [] },
    ),
    facets: fc.record({ f: quoteFilter(ids), n }, { requiredKeys: [] }),
    people: fc.record(
      { s: oddText, c: listOf(oddText), k: listOf(fc.constantFrom(...CATEGORIES)), n, a },
      { requiredKeys: [] },
    ),
    articles: fc.record(
      {
        s: oddText,
        src: listOf(oddText),
        from: dateLike,
        to: dateLike,
        ids: listOf(idLike(ids.people)),
        n,
        a,
      },
      { requiredKeys: [] },
    ),
    topics: fc.record({ s: oddText, p: oddText, n, a }, { requiredKeys: [] }),
    topic: fc.record({ id: anyId, i: oddText, l: oddText }, { requiredKeys: [] }),
    node: fc.record({ id: anyId }),
    nodes: fc.record({ ids: listOf(anyId) }),
    person: fc.record({ id: idLike(ids.people), f: quoteFilter(ids) }, { requiredKeys: ["id"] }),
    article: fc.record({ id: idLike(ids.articles) }),
    organizations: fc.record({ s: oddText, n }, { requiredKeys: [] }),
  };
  return fc.oneof(
    ...(Object.keys(QUERIES) as (keyof typeof QUERIES)[]).map((name) =>
      variables[name].map((v) => ({ query: QUERIES[name], variables: v })),
    ),
  );
}

/** The read templates, for a test that checks they are valid queries. */
export const READ_QUERIES = Object.values(QUERIES);
