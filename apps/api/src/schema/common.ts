/** Scalars, the `totalCount` of every connection and global-id helpers. */
import { decodeGlobalID } from "@pothos/plugin-relay";
import { builder } from "../builder.ts";
import { badInput } from "../errors.ts";
import type { Connection } from "../pagination.ts";
import { isDate, notADate } from "../validate/dates.ts";

builder.scalarType("Date", {
  description: "A calendar date, YYYY-MM-DD.",
  serialize: (value) => String(value),
  parseValue: (value) => {
    if (!isDate(value)) throw badInput(notADate(value));
    return value;
  },
});

builder.scalarType("DateTime", {
  description: "An instant, ISO 8601.",
  serialize: (value) =>
    value instanceof Date ? value.toISOString() : new Date(value).toISOString(),
  parseValue: (value) => String(value),
});

builder.globalConnectionField("totalCount", (t) =>
  t.int({
    description:
      "How many items match, whatever the page (respects the filter). Exact, except for quotes matching more than 1,000 by a filter the counters cannot answer (text search, topic, source, article, dates, speaker type): then the planner's estimate, and totalCountIsEstimate is true.",
    resolve: (parent) => (parent as unknown as Connection<unknown>).totalCount(),
  }),
);

builder.globalConnectionField("totalCountIsEstimate", (t) =>
  t.boolean({
    description:
      "True when totalCount is an estimate (see totalCount); false when it is exact. Asking for it costs the count.",
    resolve: (parent) => (parent as unknown as Connection<unknown>).totalCountIsEstimate(),
  }),
);

/** A value and how many times it occurs (facets, topic counts). */
export const CountRef = builder.objectRef<{ value: string; label?: string | null; count: number }>(
  "Count",
);
CountRef.implement({
  fields: (t) => ({
    value: t.exposeString("value"),
    label: t.string({ nullable: true, resolve: (c) => c.label ?? null }),
    count: t.exposeInt("count"),
  }),
});

/** Decodes a global id of the given type (a bare UUID is accepted too); BAD_USER_INPUT otherwise. */
export function localId(globalId: string, typename: string): string {
  const article = /^[AEIOU]/.test(typename) ? "an" : "a";
  if (/^[0-9a-f-]{36}$/i.test(globalId)) return globalId;
  try {
    const decoded = decodeGlobalID(globalId);
    // A NUL can hide in base64: PostgreSQL text cannot hold it (a masked error, not a miss).
    if (decoded.typename === typename && !decoded.id.includes("\u0000")) return decoded.id;
  } catch {
    // reported below
  }
  throw badInput(`"${globalId.slice(0, 60)}" is not ${article} ${typename} id.`);
}

/** Decodes a list of global ids (null stays null). */
export function localIds(
  globalIds: readonly string[] | null | undefined,
  typename: string,
): string[] | null {
  return globalIds ? globalIds.map((id) => localId(id, typename)) : null;
}
