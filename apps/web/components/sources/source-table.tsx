import type { ResultOf } from "@/lib/graphql";
import type { SourcesQuery } from "@/lib/queries/sources";
import { intervalLabel, statusLabel, timeLabel } from "@/lib/sources";

type Source = ResultOf<typeof SourcesQuery>["feedSources"][number];

/** The followed feeds: interval, last and next poll, the latest outcome, articles found. */
export function SourceTable({ sources }: { sources: Source[] }) {
  if (!sources.length)
    return (
      <p className="muted">
        No feeds yet. Add one with <code>pnpm whosaid feeds add URL</code> or the{" "}
        <code>addFeedSource</code> mutation.
      </p>
    );
  return (
    <table className="sources">
      <thead>
        <tr>
          <th scope="col">Feed</th>
          <th scope="col">Last poll</th>
          <th scope="col">Next poll</th>
          <th scope="col">Status</th>
          <th scope="col">Articles</th>
        </tr>
      </thead>
      <tbody>
        {sources.map((s) => (
          <tr key={s.id}>
            <td>
              <a href={s.url} rel="noreferrer">
                {s.url}
              </a>
              <div className="small muted">
                {s.kind ?? "feed"}, {intervalLabel(s.everySeconds)}
              </div>
            </td>
            <td>{timeLabel(s.lastPolledAt)}</td>
            <td>{s.paused ? "—" : timeLabel(s.nextPollAt)}</td>
            <td>
              {statusLabel(s.lastStatus, s.paused)}
              {s.lastError ? <div className="small">{s.lastError}</div> : null}
            </td>
            <td>{s.articlesFound}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
