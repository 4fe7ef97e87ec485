import type { Metadata } from "next";
import { Streamed } from "@/components/layout/streamed";
import { TopicTree } from "@/components/topics/topic-tree";
import type { ResultOf } from "@/lib/graphql";
import { TopicsQuery } from "@/lib/queries/topics";
import { buildTopicTree, type ListedTopic } from "@/lib/topic-tree";
import { serverQuery } from "@/lib/urql/fetch";

export const metadata: Metadata = { title: "Topics" };

/** Every used topic, page by page (the API caps pages at 100). */
async function usedTopics(): Promise<ListedTopic[]> {
  const all: ListedTopic[] = [];
  let after: string | null = null;
  for (let page = 0; page < 20; page++) {
    const { topics }: ResultOf<typeof TopicsQuery> = await serverQuery(TopicsQuery, { after });
    all.push(...(topics?.edges ?? []).map((e) => e.node));
    if (!topics?.pageInfo.hasNextPage || !topics.pageInfo.endCursor) break;
    after = topics.pageInfo.endCursor;
  }
  return all;
}

async function UsedTopicTree() {
  return <TopicTree roots={buildTopicTree(await usedTopics())} />;
}

export default function TopicsPage() {
  return (
    <>
      <h1>Topics</h1>
      <p className="lede">
        IPTC Media Topics found in the articles, with the number of statements under each (subtopics
        included).
      </p>
      <Streamed>
        <UsedTopicTree />
      </Streamed>
      <p className="small muted">IPTC Media Topics © IPTC, CC BY 4.0.</p>
    </>
  );
}
