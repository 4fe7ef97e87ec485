/** Builds the IPTC tree from topics and their ancestor chains, summing counts up the tree. */

/** A topic as the API lists it: its own counts and its chain of parents. */
export interface ListedTopic {
  iptcId: string | null;
  label: string | null;
  quoteCount?: number | null;
  articleCount?: number | null;
  parent?: ListedTopic | null;
}

export interface TopicNode {
  iptcId: string;
  label: string;
  /** Statements carrying exactly this topic. */
  quoteCount: number;
  articleCount: number;
  /** Statements in this topic and everything under it. */
  total: number;
  children: TopicNode[];
}

/** Roots of the tree, biggest first; topics without statements or articles below are dropped. */
export function buildTopicTree(listed: readonly ListedTopic[]): TopicNode[] {
  const nodes = new Map<string, TopicNode>();
  const parentOf = new Map<string, string | null>();
  const visit = (t: ListedTopic, own: boolean): string | null => {
    if (!t.iptcId) return null;
    let node = nodes.get(t.iptcId);
    if (!node) {
      node = {
        iptcId: t.iptcId,
        label: t.label ?? t.iptcId,
        quoteCount: 0,
        articleCount: 0,
        total: 0,
        children: [],
      };
      nodes.set(t.iptcId, node);
    }
    if (own) {
      node.quoteCount = t.quoteCount ?? 0;
      node.articleCount = t.articleCount ?? 0;
    }
    if (!parentOf.has(t.iptcId) || t.parent)
      parentOf.set(t.iptcId, t.parent ? visit(t.parent, false) : null);
    return t.iptcId;
  };
  for (const t of listed) visit(t, true);
  const roots: TopicNode[] = [];
  for (const [id, node] of nodes) {
    const parent = parentOf.get(id);
    const parentNode = parent ? nodes.get(parent) : undefined;
    if (parentNode) parentNode.children.push(node);
    else roots.push(node);
  }
  const settle = (node: TopicNode): number => {
    node.total = node.quoteCount + node.children.reduce((sum, c) => sum + settle(c), 0);
    node.children.sort(byWeight);
    return node.total;
  };
  for (const root of roots) settle(root);
  return roots.sort(byWeight);
}

function byWeight(a: TopicNode, b: TopicNode): number {
  return b.total - a.total || b.articleCount - a.articleCount || a.label.localeCompare(b.label);
}
