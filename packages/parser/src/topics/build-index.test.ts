import { describe, expect, it } from "vitest";
import committed from "../../data/iptc/cue-index.json" with { type: "json" };
import concepts from "../../data/iptc/mediatopics.json" with { type: "json" };
import cues from "../lexicon/topic-cues.json" with { type: "json" };
import { buildCueIndex } from "./build-index.ts";
import { CONCEPTS, conceptIndex, pathOf } from "./taxonomy.ts";

describe("compiled IPTC data", () => {
  it("the committed cue index matches the taxonomy and cues (run pnpm build:taxonomy)", () => {
    expect(buildCueIndex(concepts, cues)).toEqual(committed);
  });

  it("holds the active concepts with paths from the top level", () => {
    expect(CONCEPTS).toHaveLength(1100);
    expect(pathOf(conceptIndex("medtop:20000062"))).toEqual([
      "conflict, war and peace",
      "armed conflict",
      "war",
    ]);
    expect(pathOf(conceptIndex("20000076"))).toEqual([
      "conflict, war and peace",
      "peace process",
      "peace talks",
    ]);
  });
});
