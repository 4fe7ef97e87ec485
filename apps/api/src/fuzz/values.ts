/**
 * fast-check arbitraries of odd values: text with NUL, lone surrogates, SQL and search syntax,
 * lengths around every limit; dates around the accepted range; ids and cursors, real and forged.
 */
import fc from "fast-check";
import { encodeCursor } from "../pagination.ts";

const ODD = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\ud800",
  "\udc00x",
  "\ud83d\ude00",
  "\u202eevil",
  "%",
  "_",
  "\\",
  "'",
  '"',
  "' OR 1=1 --",
  '"unclosed phrase',
  "-",
  "or",
  "!",
  ":*",
  "&|",
  "<script>alert(1)</script>",
  "=cmd|' /C calc'!A0",
  "null",
  "0000-01-01",
  "UA",
  "medtop:16000000",
  "Zelenskyy",
  "armed conflict",
];
const LONG = [199, 200, 201, 500, 501, 1_001, 2_049, 20_000];

/** Any text a client might send, well-formed or not. */
export const oddText = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...ODD) },
  { weight: 3, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 3, arbitrary: fc.string({ unit: "binary", maxLength: 30 }) },
  { weight: 1, arbitrary: fc.constantFrom(...LONG).map((n) => "w".repeat(n)) },
  { weight: 1, arbitrary: fc.constantFrom(...LONG).map((n) => "\u0000\ud800".repeat(n / 2)) },
);

/** Dates in, at and out of range, and things that only look like dates. */
export const dateLike = fc.oneof(
  fc
    .date({ min: new Date("0001-01-01"), max: new Date("9999-12-31"), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom(
    "0000-01-01",
    "0001-01-01",
    "9999-12-31",
    "10000-01-01",
    "2022-02-30",
    "2022-13-01",
    "2022-1-1",
    "-000001-01-01",
    "+275760-09-13",
    "2022-11-15T10:00:00Z",
  ),
  oddText,
);

const TYPES = ["Article", "Person", "Quote", "Topic", "Place", "Organization", "Nope"];

/** Ids: real ones of the database, well-formed ones of nothing, forged and odd ones. */
export function idLike(real: string[]) {
  return fc.oneof(
    { weight: 3, arbitrary: real.length ? fc.constantFrom(...real) : fc.uuid() },
    { weight: 1, arbitrary: fc.uuid() },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.constantFrom(...TYPES), fc.oneof(fc.uuid(), oddText))
        .map(([t, id]) => Buffer.from(`${t}:${id}`).toString("base64")),
    },
    { weight: 1, arbitrary: oddText },
  );
}

/** Cursors: offsets and keys of every size and shape, and strings that are not cursors. */
export const cursorLike = fc.oneof(
  fc
    .oneof(fc.integer(), fc.double(), fc.constantFrom(1e20, -1, 2 ** 53, 2 ** 31, 0, 9_999_999))
    .map((o) => encodeCursor({ o })),
  fc.record({ date: dateLike, id: fc.oneof(fc.uuid(), oddText) }).map((key) => encodeCursor(key)),
  oddText,
  fc.base64String({ maxLength: 40 }),
);

/** Page sizes, in and out of range (and out of GraphQL's Int). */
export const pageSizeLike = fc.oneof(
  fc.integer({ min: -3, max: 120 }),
  fc.constantFrom(2 ** 31, -(2 ** 31), 1e12, 0.5),
);

/** A value of the wrong type, in place of the right one now and then. */
export function orWrong<T>(arb: fc.Arbitrary<T>) {
  return fc.oneof(
    { weight: 9, arbitrary: arb as fc.Arbitrary<unknown> },
    {
      weight: 1,
      arbitrary: fc.oneof(
        fc.integer(),
        fc.boolean(),
        fc.array(oddText, { maxLength: 3 }),
        fc.object(),
      ),
    },
  );
}

/** A list of values, sometimes far over the list limit (of short values: the body stays small). */
export function listOf<T>(arb: fc.Arbitrary<T>) {
  const short = arb.map((v) => (typeof v === "string" ? v.slice(0, 40) : v));
  return fc.oneof(
    { weight: 9, arbitrary: fc.array(arb, { maxLength: 4 }) },
    {
      weight: 1,
      arbitrary: short.chain((v) =>
        fc.constantFrom(99, 100, 101, 5_000).map((n) => Array(n).fill(v)),
      ),
    },
  );
}
