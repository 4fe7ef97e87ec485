import { parseArticle } from "@whosaid/parser";
import { describe, expect, it } from "vitest";
import { editedCopy, restyledCopy, wireCopy } from "../../test/wire-story.ts";
import { storyHash } from "./story.ts";

const parse = (text: string) => parseArticle(text, { format: "text" });

describe("storyHash", () => {
  it("gives a syndicated copy the hash of the original", () => {
    expect(storyHash(parse(wireCopy))).toMatch(/^[0-9a-f]{64}$/);
    expect(storyHash(parse(restyledCopy))).toBe(storyHash(parse(wireCopy)));
  });

  it("tells a story with a changed sentence apart", () => {
    expect(storyHash(parse(editedCopy))).not.toBe(storyHash(parse(wireCopy)));
  });

  it("gives no hash to bodies too short to tell apart", () => {
    const short = parse("Road closed\n\nThe bridge is closed until Friday, police said.");
    expect(storyHash(short)).toBeNull();
  });
});
