/**
 * Builds the IPTC tree from the topics in use. Each topic brings the labels of its ancestors
 * (`path`), so ancestors that carry nothing themselves still appear, linked by label.
 */

/** A topic as the API lists it. */
export interface ListedTopic {
  iptcId: string | null;
  label: string | null;
  /** Labels from the top level down to this topic. */
  path: readonly string[] | null;
  quoteCount: number | null;
  articleCount: number | null;
}

export interface TopicNode {
  /** Where the topic page is: the IPTC id when known, else the label. */
  ref: string;
  label: string;
  /** Statements and articles in this topic or a subtopic, each counted once (from the API). */
  quoteCount: number;
  articleCount: number;
  /** What the tree shows: the API's count when the topic is listed, else its children's sum. */
  total: number;
  listed: boolean;
  children: TopicNode[];
}

/** Roots of the tree, biggest first. */
export function buildTopicTree(listed: readonly ListedTopic[]): TopicNode[] {
  const nodes = new Map<string, TopicNode>();
  const roots: TopicNode[] = [];
  const nodeAt = (path: readonly string[]): TopicNode => {
    const key = path.join("\u0000");
    let node = nodes.get(key);
    if (node) return node;
    node = {
      ref: path[path.length - 1],
      label: path[path.length - 1],
      quoteCount: 0,
      articleCount: 0,
      total: 0,
      listed: false,
      children: [],
    };
    nodes.set(key, node);
    if (path.length === 1) roots.push(node);
    else nodeAt(path.slice(0, -1)).children.push(node);
    return node;
  };
  for (const t of listed) {
    const label = t.label ?? t.iptcId;
    if (!label) continue;
    const path =
      t.path?.length && t.path[t.path.length - 1] === label ? t.path : [...(t.path ?? []), label];
    const node = nodeAt(path);
    if (t.iptcId) node.ref = t.iptcId;
    node.quoteCount = t.quoteCount ?? 0;
    node.articleCount = t.articleCount ?? 0;
    node.listed = true;
  }
  const settle = (node: TopicNode): number => {
    // The API counts a topic with its subtopics, each statement once: summing children would
    // count a statement carrying two subtopics twice.
    const children = node.children.reduce((sum, c) => sum + settle(c), 0);
    node.total = node.listed ? node.quoteCount : children;
    if (!node.listed) node.articleCount = Math.max(0, ...node.children.map((c) => c.articleCount));
    node.children.sort(byWeight);
    return node.total;
  };
  for (const root of roots) settle(root);
  return roots.sort(byWeight);
}

function byWeight(a: TopicNode, b: TopicNode): number {
  return b.total - a.total || b.articleCount - a.articleCount || a.label.localeCompare(b.label);
}
