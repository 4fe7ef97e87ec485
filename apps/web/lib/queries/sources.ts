import { graphql } from "@/lib/graphql";

/** Followed feeds with their polling status and failures, and the whole dead-letter list. */
export const SourcesQuery = graphql(`
  query Sources {
    feedSources {
      id url everySeconds paused kind lastPolledAt nextPollAt lastStatus lastError errorCount
      articlesFound
      failures(limit: 5) { url reason failedAt }
    }
    feedFailures(limit: 50) { url jobKind reason failedAt }
  }
`);
