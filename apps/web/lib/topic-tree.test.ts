import { describe, expect, it } from "vitest";
import { buildTopicTree } from "./topic-tree";

const topic = (iptcId: string, path: string[], quoteCount: number, articleCount = 1) => ({
  iptcId,
  label: path[path.length - 1],
  path,
  quoteCount,
  articleCount,
});

describe("buildTopicTree", () => {
  it("nests topics under their ancestors' labels and sums counts upward", () => {
    const tree = buildTopicTree([
      topic("medtop:20000053", ["conflict, war and peace", "war"], 5),
      topic("medtop:20000565", ["conflict, war and peace", "peace process"], 2),
      topic("medtop:11000000", ["politics"], 1, 3),
    ]);
    expect(tree.map((n) => [n.label, n.total, n.ref])).toEqual([
      ["conflict, war and peace", 7, "conflict, war and peace"],
      ["politics", 1, "medtop:11000000"],
    ]);
    expect(tree[0].quoteCount).toBe(0);
    expect(tree[0].children.map((c) => c.ref)).toEqual(["medtop:20000053", "medtop:20000565"]);
  });

  it("shows a listed ancestor's own counts (subtopics included by the API), whatever the order", () => {
    const tree = buildTopicTree([
      topic("medtop:20000053", ["conflict, war and peace", "war"], 1),
      topic("medtop:16000000", ["conflict, war and peace"], 4, 2),
    ]);
    expect(tree).toHaveLength(1);
    expect([tree[0].ref, tree[0].quoteCount, tree[0].total]).toEqual(["medtop:16000000", 4, 4]);
  });

  it("treats a missing path as a top-level topic", () => {
    const tree = buildTopicTree([
      { iptcId: "x", label: "lonely", path: null, quoteCount: 0, articleCount: 0 },
    ]);
    expect(tree.map((n) => n.label)).toEqual(["lonely"]);
  });
});
