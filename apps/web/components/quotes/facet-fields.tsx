"use client";

export interface FacetBucket {
  value: string;
  label: string | null;
  count: number;
}

/** Buckets plus any selected value the counts no longer list (so it can be unticked). */
function withSelected(buckets: readonly FacetBucket[], selected: readonly string[]) {
  const missing = selected
    .filter((value) => !buckets.some((b) => b.value === value))
    .map((value) => ({ value, label: null, count: 0 }));
  return [...buckets, ...missing];
}

/** A multi-valued facet as a group of checkboxes with counts. */
export function CheckboxFacet({
  legend,
  name,
  buckets,
  selected,
  label,
}: {
  legend: string;
  name: string;
  buckets: readonly FacetBucket[];
  selected: readonly string[];
  label: (bucket: FacetBucket) => string;
}) {
  const all = withSelected(buckets, selected);
  if (all.length === 0) return null;
  // The biggest values and every ticked one stay in sight; the long tail folds away.
  const shown = all.filter((b, i) => i < VISIBLE || selected.includes(b.value));
  const folded = all.filter((b) => !shown.includes(b));
  const option = (bucket: FacetBucket) => (
    <label className="option" key={bucket.value}>
      <input
        type="checkbox"
        name={name}
        value={bucket.value}
        defaultChecked={selected.includes(bucket.value)}
      />
      {label(bucket)}
      <span className="count">{bucket.count}</span>
    </label>
  );
  return (
    <fieldset>
      <legend>{legend}</legend>
      {shown.map(option)}
      {folded.length ? (
        <details className="more-options">
          <summary>{folded.length} more</summary>
          {folded.map(option)}
        </details>
      ) : null}
    </fieldset>
  );
}

/** Checkbox values listed before "N more". */
const VISIBLE = 8;

/** A single-valued facet as a select with counts. */
export function SelectFacet({
  label,
  name,
  buckets,
  selected,
}: {
  label: string;
  name: string;
  buckets: readonly FacetBucket[];
  selected: string | undefined;
}) {
  const all = withSelected(buckets, selected ? [selected] : []);
  if (all.length === 0) return null;
  const id = `filter-${name}`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={selected ?? ""}>
        <option value="">Any</option>
        {all.map((b) => (
          <option key={b.value} value={b.value}>
            {b.label ?? b.value} ({b.count})
          </option>
        ))}
      </select>
    </div>
  );
}

/** Officials only, everyone else, or anyone; with counts. */
export function OfficialFacet({
  buckets,
  selected,
}: {
  buckets: readonly FacetBucket[];
  selected: string;
}) {
  const choices = [
    ["", "Anyone"],
    ["true", "Officials only"],
    ["false", "Non-officials"],
  ];
  return (
    <fieldset>
      <legend>Officials</legend>
      {choices.map(([value, text]) => (
        <label className="option" key={value}>
          <input type="radio" name="official" value={value} defaultChecked={selected === value} />
          {text}
          <span className="count">{buckets.find((b) => b.value === value)?.count ?? ""}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** Stated on or after / on or before. */
export function DateRange({ from, to }: { from: string | undefined; to: string | undefined }) {
  return (
    <fieldset>
      <legend>Date range</legend>
      <div className="dates">
        <div>
          <label htmlFor="filter-from">From</label>
          <input id="filter-from" type="date" name="from" defaultValue={from ?? ""} />
        </div>
        <div>
          <label htmlFor="filter-to">To</label>
          <input id="filter-to" type="date" name="to" defaultValue={to ?? ""} />
        </div>
      </div>
    </fieldset>
  );
}
