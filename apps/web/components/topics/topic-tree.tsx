import Link from "next/link";
import { plural } from "@/lib/format";
import type { TopicNode } from "@/lib/topic-tree";

/** Link of a topic page, by IPTC id (readable, stable URLs) or, for an ancestor, by label. */
export function topicHref(ref: string): string {
  return `/topics/${encodeURIComponent(ref)}`;
}

function TopicLink({ node }: { node: TopicNode }) {
  return (
    <>
      <Link href={topicHref(node.ref)}>{node.label}</Link>{" "}
      <span className="muted small">
        {plural(node.total, "statement")} · {plural(node.articleCount, "article")}
      </span>
    </>
  );
}

function Branch({ nodes, depth }: { nodes: readonly TopicNode[]; depth: number }) {
  return (
    <ul>
      {nodes.map((node) => (
        <li key={node.ref}>
          {node.children.length ? (
            <details open={depth === 0}>
              <summary>
                <TopicLink node={node} />
              </summary>
              <Branch nodes={node.children} depth={depth + 1} />
            </details>
          ) : (
            <TopicLink node={node} />
          )}
        </li>
      ))}
    </ul>
  );
}

/** The IPTC Media Topics tree with statement and article counts. */
export function TopicTree({ roots }: { roots: readonly TopicNode[] }) {
  if (roots.length === 0) return <p className="muted">No topics detected yet.</p>;
  return (
    <nav className="topic-tree panel" aria-label="Topic tree">
      <Branch nodes={roots} depth={0} />
    </nav>
  );
}
