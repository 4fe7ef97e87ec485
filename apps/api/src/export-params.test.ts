/** The export reads its filter under the web app's URL names, the field names kept as aliases. */
import { describe, expect, it } from "vitest";
import { filterFromParams } from "./export-params.ts";

const filter = (query: string) => filterFromParams(new URLSearchParams(query));

describe("export parameters", () => {
  it("reads every filter field under the name the web app's /quotes URL gives it", () => {
    const query = [
      "country=UA,pl",
      "category=government&category=expert",
      "official=true",
      "speaker=Ostrowska",
      "organization=Harbour Authority, Ltd.",
      "topic=medtop:16000000",
      "kind=direct,partial",
      "type=organization",
      "source=Coast Courier",
      "from=2024-03-01&to=2024-03-31",
      "q=ferry fares",
    ].join("&");
    expect(filter(query)).toMatchObject({
      speakerCountry: ["UA", "pl"],
      speakerCategory: ["government", "expert"],
      official: true,
      speakerName: "Ostrowska",
      organization: ["Harbour Authority, Ltd."],
      topic: ["medtop:16000000"],
      kind: ["direct", "partial"],
      speakerType: ["organization"],
      source: ["Coast Courier"],
      from: "2024-03-01",
      to: "2024-03-31",
      search: "ferry fares",
    });
  });

  it("takes person and article ids under the web's names", () => {
    const id = "0b6f2d9e-3f43-4c1f-9a55-1c2b3d4e5f60";
    expect(filter(`person=${id}&article=${id}`)).toMatchObject({
      speakerId: [id],
      articleId: [id],
    });
  });

  it("keeps the field names as aliases, alone or beside the web's names", () => {
    expect(filter("speakerCountry=UA&official=false&search=ferry")).toEqual(
      filter("country=UA&official=false&q=ferry"),
    );
    expect(filter("country=UA&speakerCountry=PL").speakerCountry).toEqual(["UA", "PL"]);
  });

  it("refuses a bad value under either name, as the GraphQL filter does", () => {
    expect(() => filter("type=crowd")).toThrow(/speakerType/);
    expect(() => filter("speakerType=crowd")).toThrow(/speakerType/);
    expect(() => filter("from=2024-02-30")).toThrow();
  });
});
