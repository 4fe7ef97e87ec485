import concepts from "../../data/iptc/mediatopics.json" with { type: "json" };
import type { CompactConcept } from "./compact.ts";

/** The active IPTC Media Topics concepts, in the order the cue index refers to them. */
export const CONCEPTS: readonly CompactConcept[] = concepts as CompactConcept[];

const indexById = new Map(CONCEPTS.map((c, i) => [c.id, i]));

/** Index of each concept's parent in CONCEPTS, or -1 for a top-level topic. */
export const PARENT: Int32Array = Int32Array.from(CONCEPTS, (c) =>
  c.parent ? (indexById.get(c.parent) ?? -1) : -1,
);

/** Depth of each concept: 0 for the top-level topics. */
export const DEPTH: Int32Array = new Int32Array(CONCEPTS.length);
// CONCEPTS lists parents before children, so a parent's depth is known before its children's.
for (let c = 0; c < CONCEPTS.length; c++) DEPTH[c] = PARENT[c] < 0 ? 0 : DEPTH[PARENT[c]] + 1;

const paths: string[][] = [];

/** Labels from the top level down to the concept, e.g. ["conflict, war and peace", "armed conflict", "war"]. */
export function pathOf(i: number): string[] {
  if (paths[i]) return paths[i];
  const path: string[] = [];
  for (let c = i; c >= 0; c = PARENT[c]) path.unshift(CONCEPTS[c].label);
  paths[i] = path;
  return path;
}

/** The medtop qcode of a concept: "medtop:20000062". */
export function qcodeOf(i: number): string {
  return QCODES[i];
}

const QCODES = CONCEPTS.map((c) => `medtop:${c.id}`);

/** Index of a concept by its numeric id or qcode, or -1. */
export function conceptIndex(id: string): number {
  return indexById.get(id.replace("medtop:", "")) ?? -1;
}
