import type { Metadata } from "next";
import { Streamed } from "@/components/layout/streamed";
import { FailureList } from "@/components/sources/failure-list";
import { SourceTable } from "@/components/sources/source-table";
import { SourcesQuery } from "@/lib/queries/sources";
import { serverQuery } from "@/lib/urql/fetch";

export const metadata: Metadata = { title: "Sources" };

async function SourcesStatus() {
  const { feedSources, feedFailures } = await serverQuery(SourcesQuery, {});
  return (
    <>
      <SourceTable sources={feedSources} />
      <h2>Failures</h2>
      <p className="small muted">Articles and polls that failed every retry, newest first.</p>
      <FailureList failures={feedFailures} />
    </>
  );
}

export default function SourcesPage() {
  return (
    <>
      <h1>Sources</h1>
      <p className="lede">
        The feeds whosaid follows: when each was last polled and will be next, what the last poll
        found, and how many articles it brought in.
      </p>
      <Streamed>
        <SourcesStatus />
      </Streamed>
    </>
  );
}
