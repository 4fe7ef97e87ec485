import { describe, expect, it } from "vitest";
import { buildTopicTree } from "./topic-tree";

const conflict = { iptcId: "medtop:16000000", label: "conflict, war and peace" };
const war = { iptcId: "medtop:20000053", label: "war", parent: conflict };
const politics = { iptcId: "medtop:11000000", label: "politics" };

describe("buildTopicTree", () => {
  it("nests topics under ancestors from their parent chains and sums counts upward", () => {
    const tree = buildTopicTree([
      { ...war, quoteCount: 5, articleCount: 1 },
      {
        iptcId: "medtop:20000565",
        label: "peace process",
        quoteCount: 2,
        articleCount: 1,
        parent: conflict,
      },
      { ...politics, quoteCount: 1, articleCount: 3 },
    ]);
    expect(tree.map((n) => [n.label, n.total])).toEqual([
      ["conflict, war and peace", 7],
      ["politics", 1],
    ]);
    expect(tree[0].quoteCount).toBe(0);
    expect(tree[0].children.map((c) => c.label)).toEqual(["war", "peace process"]);
  });

  it("keeps a listed ancestor's own counts when it appears before or after its children", () => {
    const tree = buildTopicTree([
      { ...war, quoteCount: 1, articleCount: 1 },
      { ...conflict, quoteCount: 4, articleCount: 2 },
    ]);
    expect(tree).toHaveLength(1);
    expect([tree[0].quoteCount, tree[0].total]).toEqual([4, 5]);
  });
});
