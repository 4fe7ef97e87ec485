/** Facet buckets as the API returns them (nullable fields) made safe for rendering. */

export interface Bucket {
  value: string;
  label: string | null;
  count: number;
}

type RawBucket = { value: string | null; label?: string | null; count: number | null };

/** Drops buckets without a value; a missing count reads as 0. */
export function buckets(list: readonly RawBucket[] | null | undefined): Bucket[] {
  return (list ?? []).flatMap((b) =>
    b.value == null ? [] : [{ value: b.value, label: b.label ?? null, count: b.count ?? 0 }],
  );
}
