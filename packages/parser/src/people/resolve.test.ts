import { describe, expect, it } from "vitest";
import { newDraft } from "./draft.ts";
import { resolveDraft } from "./resolve.ts";
import { emptyRole, headOf } from "./role.ts";

describe("resolveDraft", () => {
  it("reads a draft without changing it, so a second reading gives the same facts", () => {
    const d = newDraft("Tamsin Overby", false);
    // "Secretary Overby … Overby, the former secretary of labour": the title is a courtesy.
    d.titles.push({ ...emptyRole("Secretary"), role: "Secretary", head: headOf(["Secretary"]) });
    d.appositives.push({
      ...emptyRole("the former secretary of labour"),
      role: "Secretary of Labour",
      head: headOf(["secretary"]),
      former: true,
    });
    const before = structuredClone(d);
    const first = resolveDraft(d, "2031-04-02");
    expect(d).toEqual(before);
    expect(first.role).toMatch(/^Former /);
    expect(first.isOfficial).toBe(false);
    expect(resolveDraft(d, "2031-04-02")).toEqual(first);
  });
});
