import { describe, expect, it } from "vitest";
import { quotesOf } from "./test-helpers.ts";

/** The texts of the reported (indirect) statements of a test article. */
const reported = (body: string) =>
  quotesOf(body)
    .filter((q) => q.kind === "indirect")
    .map((q) => q.text);

describe("words after a verb of speech that report nothing", () => {
  it("reads no statement from the programme or place after 'said on'", () => {
    expect(
      reported("The harbour master said on Coast Radio's Morning Watch before the gale hit."),
    ).toEqual([]);
    expect(
      reported("Councillor Abebe said on a video call arranged by the tenants' union."),
    ).toEqual([]);
  });

  it("still reads the clause after a programme named in doubled apostrophes", () => {
    expect(
      reported(
        "Ms. Varga said on KLB's ''Open Line'' on Monday that the bridge tolls would double.",
      ),
    ).toEqual(["the bridge tolls would double"]);
  });

  it("takes no participle after a tag for the statement", () => {
    const body =
      "''The mill fed the whole valley,'' Mr. Oduya said, waving at the shuttered sheds that line the river.";
    expect(reported(body)).toEqual([]);
    expect(
      reported("The levy is fair, the treasurer said, tapping a folder of receipts on the desk."),
    ).toEqual(["The levy is fair"]);
  });

  it("keeps a gerund after the tag that opens the statement's clause", () => {
    expect(
      reported("Though the old bridge was cheap, she said, replacing it would cost a fortune."),
    ).toContain("replacing it would cost a fortune");
  });

  it("reads no statement from a time span after the verb, and skips it before a clause", () => {
    const body =
      "Halifax scored first. Moncton replied just 12 seconds later, however, as the Hawks tied it on a quick passing play.";
    expect(reported(body)).toEqual([]);
    expect(
      reported("Lund answered a couple of minutes later when Berg scored on the power play."),
    ).toEqual([]);
    expect(reported("The inspector wrote two days earlier that the pier was unsafe.")).toEqual([
      "the pier was unsafe",
    ]);
  });
});
