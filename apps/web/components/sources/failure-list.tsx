import type { ResultOf } from "@/lib/graphql";
import type { SourcesQuery } from "@/lib/queries/sources";
import { timeLabel } from "@/lib/sources";

type Failure = ResultOf<typeof SourcesQuery>["feedFailures"][number];

/** The dead-letter list: pages and polls that failed every retry, with the reason. */
export function FailureList({ failures }: { failures: Failure[] }) {
  if (!failures.length) return <p className="muted">No failures.</p>;
  return (
    <ul className="failures">
      {failures.map((f) => (
        <li key={`${f.url}-${f.failedAt}`}>
          <a href={f.url} rel="noreferrer">
            {f.url}
          </a>{" "}
          <span className="small muted">({timeLabel(f.failedAt)})</span>
          <div className="small">{f.reason}</div>
        </li>
      ))}
    </ul>
  );
}
