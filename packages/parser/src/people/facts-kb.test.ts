import { describe, expect, it } from "vitest";
import { named, peopleOf } from "./test-helpers.ts";

describe("person facts: the knowledge base, time-bound by the article's date", () => {
  const plain = "Carolyn Bennett said the talks went well.";

  it("gives the office held at the article's date, with kb evidence", () => {
    const p = named(peopleOf(plain, { publishedAt: "2022-03-01" }), "Carolyn Bennett");
    expect(p).toMatchObject({
      role: "Minister of Mental Health and Addictions",
      country: "CA",
      isOfficial: true,
    });
    expect(p.evidence.role?.evidence).toMatch(/^kb:Q\d+ /);
  });

  it("is not used against the text: a stated role wins", () => {
    const p = named(
      peopleOf("Fisheries Minister Carolyn Bennett said the talks went well.", {
        publishedAt: "2022-03-01",
      }),
      "Carolyn Bennett",
    );
    expect(p.role).toBe("Fisheries Minister");
    expect(p.evidence.role?.evidence).toBe("Fisheries Minister");
    expect(p.wikidataId).toMatch(/^Q\d+$/);
  });

  it("gives no role without a date, only identity", () => {
    const p = named(peopleOf(plain, { publishedAt: null }), "Carolyn Bennett");
    expect(p.role).toBeNull();
    expect(p.isOfficial).toBe(false);
    expect(p.wikidataId).toMatch(/^Q\d+$/);
  });

  it("knows national legislators at the date when the text speaks of politics", () => {
    const text = "Marco Rubio said the Senate plan would fail.";
    const dated = named(peopleOf(text, { publishedAt: "2016-02-01" }), "Marco Rubio");
    expect(dated).toMatchObject({
      role: "Senator",
      country: "US",
      // No title of his own ties the seat's party to him here.
      party: null,
      category: "legislature",
      isOfficial: true,
    });
    expect(dated.evidence.role?.evidence).toMatch(/^kb:Q\d+ Senator \(US\)/);
    const tied = named(
      peopleOf("Marco Rubio, a Republican, said the plan would fail.", {
        publishedAt: "2016-02-01",
      }),
      "Marco Rubio",
    );
    expect(tied.party).toBe("Republican Party");
    const undated = named(peopleOf(text, { publishedAt: null }), "Marco Rubio");
    expect(undated).toMatchObject({ role: null, party: null, isOfficial: false });
  });

  it("gives a titled legislator the seat's party the sentence names, never an independent's", () => {
    const list = peopleOf(
      "Two Republicans, Sen. Chuck Grassley and Sen. Pat Roberts, backed the farm bill. Sen. Angus King, who sits with the Democrats, did not.",
      { publishedAt: "2018-03-01" },
    );
    const grassley = named(list, "Chuck Grassley");
    expect(grassley).toMatchObject({ role: "Senator", party: "Republican Party" });
    expect(grassley.evidence.party?.evidence).toMatch(/^kb:Q\d+/);
    expect(named(list, "Angus King").party).toBeNull();
    // A sentence that names no party leaves the seat's party unsaid.
    const plain = peopleOf("Sen. Chuck Grassley said the farm bill would pass.", {
      publishedAt: "2018-03-01",
    });
    expect(named(plain, "Chuck Grassley").party).toBeNull();
    // The text's own tag beats the knowledge base.
    const tagged = peopleOf("Sen. Chuck Grassley (D) said the Republican farm bill would pass.", {
      publishedAt: "2018-03-01",
    });
    expect(named(tagged, "Chuck Grassley").party).toBe("Democratic Party");
  });

  it("takes no seat for a namesake the text does not tie to politics", () => {
    const p = named(
      peopleOf("Tim Walz, who fixes boilers for a living, said the river had flooded twice.", {
        publishedAt: "2012-06-01",
      }),
      "Tim Walz",
    );
    expect(p).toMatchObject({ role: null, party: null, isOfficial: false });
  });
});

describe("person facts: a title the knowledge base confirms", () => {
  it("keeps a sitting president's office over a party role in an appositive", () => {
    const p = named(
      peopleOf(
        "President Donald Trump, the Republican Party presidential nominee, said the polls were wrong.",
        { publishedAt: "2020-10-01" },
      ),
      "Donald Trump",
    );
    expect(p).toMatchObject({
      role: "President",
      party: "Republican Party",
      organization: null,
      category: "government",
      isOfficial: true,
    });
  });
});
