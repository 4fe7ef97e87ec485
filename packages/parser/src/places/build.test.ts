import { describe, expect, it } from "vitest";
import committed from "../../data/gazetteer/gazetteer.json" with { type: "json" };
import { buildGazetteer } from "./build.ts";
import { gazetteerSource } from "./source.ts";

describe("compiled gazetteer", () => {
  it("matches its sources (run pnpm build:gazetteer)", () => {
    expect(buildGazetteer(gazetteerSource())).toEqual(committed);
  });
});
