/**
 * Writes for the campaign: articles with odd text, HTML and metadata (ingest and preview), and
 * corrections and deletions with real and forged ids, under good, bad and missing tokens.
 */
import fc from "fast-check";
import type { KnownIds, Operation } from "./queries.ts";
import { dateLike, idLike, listOf, oddText, orWrong } from "./values.ts";

/** URLs that are refused without a DNS lookup (the campaign must not reach the network). */
const OFFLINE_URLS = [
  "http://127.0.0.1/article",
  "http://[::1]/",
  "http://[::ffff:127.0.0.1]/",
  "http://169.254.169.254/latest/meta-data",
  "http://10.0.0.1/",
  "javascript:alert(1)",
  "data:text/html,<p>hi</p>",
  "ftp://127.0.0.1/x",
  "not a url",
  "",
];

const url = fc.oneof(
  fc.constantFrom(...OFFLINE_URLS),
  oddText.map((path) => `https://example.com/${path}`),
  oddText,
);

const WORDS = ["minister", "said", "the", "war", "talks", "Kyiv", "Monday", "“", "”", '"', "'"];

/** Article text: samples spliced with odd characters, quote-dense prose, noise, long words. */
function articleText(samples: string[]) {
  const spliced = fc
    .tuple(
      fc.constantFrom(...samples),
      fc.array(fc.tuple(fc.nat(), oddText), { maxLength: 4 }),
      fc.nat(),
    )
    .map(([text, inserts, cut]) => {
      let out = text.slice(0, 600 + (cut % text.length));
      for (const [at, s] of inserts) {
        const i = at % (out.length + 1);
        out = out.slice(0, i) + s.slice(0, 400) + out.slice(i);
      }
      return out;
    });
  const prose = fc
    .array(fc.constantFrom(...WORDS), { minLength: 5, maxLength: 300 })
    .map((w) => `A Title Line\n\n${w.join(" ")}`);
  return fc.oneof(
    { weight: 4, arbitrary: spliced },
    { weight: 2, arbitrary: prose },
    { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 400 }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(1_000, 20_000).map((n) => `Title\n\n${"a".repeat(n)}`),
    },
  );
}

function articleHtml(samples: string[]) {
  return fc
    .tuple(
      articleText(samples),
      fc.constantFrom("", "<div>", "<span>", "<b>", "<p>", "<table><tr><td>"),
      fc.nat({ max: 1_200 }),
      dateLike,
      oddText,
    )
    .map(
      ([text, tag, depth, date, title]) =>
        `<html><head><title>${title}</title><meta property="article:published_time" content="${date}"></head><body><article>${tag.repeat(depth)}${text
          .split("\n\n")
          .map((p) => `<p>${p}</p>`)
          .join("")}</article><script>var x = "<div>";</script></body></html>`,
    );
}

/** An ArticleInput: text or HTML (or both, or neither) with odd source, url and date. */
function articleInput(samples: string[]) {
  return fc.oneof(
    fc.record(
      { text: articleText(samples), source: oddText, url, publishedAt: dateLike },
      { requiredKeys: ["text"] },
    ),
    fc.record(
      { html: articleHtml(samples), source: oddText, url, publishedAt: dateLike },
      { requiredKeys: ["html"] },
    ),
    fc.record({ url: fc.constantFrom(...OFFLINE_URLS) }),
    fc.record({ text: oddText, html: oddText }, { requiredKeys: [] }),
  );
}

const PAYLOAD =
  "created warnings article { id title publishedAt sourceName url quotes { id text } }";
const PREVIEW = "title publishedAt source quotes { text kind } people { name } warnings";

/** A mutation; `tokens` are the good token first, then others (read-only, bad). */
export function mutation(
  ids: KnownIds,
  samples: string[],
  tokens: string[],
): fc.Arbitrary<Operation> {
  const token = fc.oneof(
    { weight: 8, arbitrary: fc.constant(tokens[0]) },
    { weight: 1, arbitrary: fc.constantFrom(...tokens.slice(1), "", "wrong-token-123456") },
  );
  const op = (query: string, variables: fc.Arbitrary<unknown>) =>
    fc.tuple(variables, token).map(([v, t]) => ({ query, variables: v, token: t || undefined }));
  const quoteId = idLike(ids.quotes);
  const personId = idLike(ids.people);
  const input = orWrong(articleInput(samples));
  return fc.oneof(
    {
      weight: 6,
      arbitrary: op(
        `mutation($i: ArticleInput!) { ingestArticle(input: $i) { ${PAYLOAD} } }`,
        fc.record({ i: input }),
      ),
    },
    {
      weight: 3,
      arbitrary: op(
        `mutation($i: ArticleInput!) { previewArticle(input: $i) { ${PREVIEW} } }`,
        fc.record({ i: input }),
      ),
    },
    {
      weight: 1,
      arbitrary: op(
        "mutation($id: ID!) { deleteArticle(id: $id) { deletedId } }",
        fc.record({ id: fc.oneof(fc.uuid(), oddText) }),
      ),
    },
    {
      weight: 1,
      arbitrary: op(
        "mutation($id: ID!) { reparseArticle(id: $id) { id quotes { id } } }",
        fc.record({ id: idLike(ids.articles) }),
      ),
    },
    {
      weight: 1,
      arbitrary: op(
        "mutation($q: ID!, $p: ID, $l: String) { reassignQuoteSpeaker(quoteId: $q, speakerId: $p, speakerLabel: $l) { id speakerLabel } }",
        fc.record({ q: quoteId, p: personId, l: oddText }, { requiredKeys: ["q"] }),
      ),
    },
    {
      weight: 1,
      arbitrary: op(
        "mutation($q: ID!) { markNotQuote(quoteId: $q) { __typename } }",
        fc.record({ q: fc.oneof(fc.uuid(), oddText) }),
      ),
    },
    {
      weight: 1,
      arbitrary: op(
        "mutation($s: [ID!]!, $t: ID!) { mergePeople(sourceIds: $s, targetId: $t) { id } }",
        fc.record({ s: listOf(fc.oneof(fc.uuid(), oddText)), t: personId }),
      ),
    },
    {
      weight: 1,
      arbitrary: op(
        "mutation($p: ID!, $a: [ID!]!, $n: String) { splitPerson(personId: $p, articleIds: $a, name: $n) { id } }",
        fc.record(
          { p: fc.oneof(fc.uuid(), oddText), a: listOf(idLike(ids.articles)), n: oddText },
          { requiredKeys: ["p", "a"] },
        ),
      ),
    },
  );
}
