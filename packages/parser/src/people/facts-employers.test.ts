import { describe, expect, it } from "vitest";
import { named, peopleOf } from "./test-helpers.ts";

describe("person facts: the body a person works for, and its kind", () => {
  it("reads a body named after a person, after the role's 'at'", () => {
    const list = peopleOf(
      "Nadia Orr, a historian at Margaret Hale University in the valley, said the archive was lost.",
    );
    expect(named(list, "Nadia Orr")).toMatchObject({
      organization: "Margaret Hale University",
      category: "expert",
    });
  });

  it("reads a body and its possessive before the role in an appositive", () => {
    const list = peopleOf(
      "Omar Diaz, Fenwick Savings Bank's chief economist, said rates would rise.",
    );
    expect(named(list, "Omar Diaz")).toMatchObject({
      organization: "Fenwick Savings Bank",
      category: "business",
      isOfficial: false,
    });
  });

  it("files a specialist a company or a charity employs under that body, a scholar as a scholar", () => {
    const list = peopleOf(
      "Lumen Cable Networks engineer Rob Tate testified. Ines Vaz, a lawyer for the Prairie Horse Rescue League of Alberta, said the herd was moved. Dana Kole, a professor at Fenwick Savings Bank's institute, disagreed.",
    );
    expect(named(list, "Rob Tate")).toMatchObject({
      organization: "Lumen Cable Networks",
      category: "business",
    });
    expect(named(list, "Ines Vaz")).toMatchObject({
      organization: "Prairie Horse Rescue League of Alberta",
      category: "civil_society",
    });
    expect(named(list, "Dana Kole").category).toBe("expert");
  });

  it("reads a place or a campaign named before the role in an appositive", () => {
    const list = peopleOf(
      "Wes Harlan, Birch Hollow mayor, closed the bridge. Lia Brandt, a Kessler campaign organizer, said the rally was full.",
    );
    expect(named(list, "Wes Harlan")).toMatchObject({
      organization: "Birch Hollow",
      category: "government",
    });
    // A campaign employs its staff, and is no party.
    expect(named(list, "Lia Brandt")).toMatchObject({
      organization: "Kessler campaign",
      category: "party",
      party: null,
    });
  });

  it("keeps the body named before two coordinated titles", () => {
    const list = peopleOf("Yesterday, Corven Gas President and CEO Hal Brook apologised.");
    expect(named(list, "Hal Brook")).toMatchObject({
      role: "President and CEO",
      organization: "Corven Gas",
      category: "business",
      isOfficial: false,
    });
  });

  it("reads a firm described after the role's 'of'", () => {
    const list = peopleOf(
      "Tess Ryland, the president of boutique advisory firm Quarry Lane Partners Inc., said sales slowed.",
    );
    expect(named(list, "Tess Ryland")).toMatchObject({
      organization: "Quarry Lane Partners Inc.",
      category: "business",
    });
  });

  it("takes the unit a person heads, not the university it belongs to", () => {
    const list = peopleOf(
      "Gil Moran, director of the Institute for Coastal Studies at the University of Leeds, said the dunes moved.",
    );
    expect(named(list, "Gil Moran")).toMatchObject({
      organization: "Institute for Coastal Studies",
      category: "expert",
    });
  });

  it("describes a sentence's subject by 'is a' and a role", () => {
    const list = peopleOf(
      "Rhea Lund is a Denver reporter who covers transit. Sol Baird is a menace, critics said.",
    );
    expect(named(list, "Rhea Lund")).toMatchObject({ role: "Reporter", category: "media" });
    expect(list.find((p) => p.name === "Sol Baird")?.role ?? null).toBeNull();
  });

  it("prints a known body under the name the article uses when it was renamed", () => {
    const list = peopleOf(
      "Pat Kerr, a lecturer at Anglia Polytechnic University, said. Eva Dunn, an anchor at CBS, asked.",
    );
    expect(named(list, "Pat Kerr").organization).toBe("Anglia Polytechnic University");
    // A short form of the known name gets the full name.
    expect(named(list, "Eva Dunn").organization).toBe("CBS News");
  });

  it("knows trade negotiators and opposition leaders as office-holders", () => {
    const list = peopleOf(
      "Trade representative Noor Haddad will lead the talks. Harbour Unity Opposition Leader Cal Brandt objected.",
    );
    expect(named(list, "Noor Haddad")).toMatchObject({ category: "government", isOfficial: true });
    expect(named(list, "Cal Brandt")).toMatchObject({ category: "legislature" });
    const chief = peopleOf("Hereditary Chief Tsaa Kwin said the river belonged to the nation.");
    expect(named(chief, "Tsaa Kwin")).toMatchObject({
      category: "civil_society",
      isOfficial: false,
    });
  });
});

describe("person facts: teams and newsrooms named around a role", () => {
  it("gives players the team a sports story names with its city", () => {
    const list = peopleOf(
      "The Portland Foxes beat the Halifax Gulls 4-2 on Saturday. Pia Lund of the Portland Foxes scored twice. Leo Grant and Ken Mori had goals for the Gulls.",
    );
    expect(named(list, "Pia Lund")).toMatchObject({
      organization: "Portland Foxes",
      category: "public",
      isOfficial: false,
    });
    expect(named(list, "Ken Mori").organization).toBe("Halifax Gulls");
  });

  it("makes no team of a party's members or a nickname without a city", () => {
    const list = peopleOf(
      "Lena Ortiz of the Ohio Valley Democrats spoke. Bo Chan said he voted for the Greens.",
    );
    expect(list.find((p) => p.name === "Bo Chan")?.organization ?? null).toBeNull();
  });

  it("reads an outlet before an adjective and the role, and a known name inside a longer one", () => {
    const list = peopleOf("Harbor Times accredited reporter Dan Cole asked the question.");
    expect(named(list, "Dan Cole")).toMatchObject({
      organization: "Harbor Times",
      category: "media",
    });
  });
});

describe("person facts: parties, candidates and prosecutors", () => {
  it("gives a party's figure the party, and a party candidate named by a clause", () => {
    const list = peopleOf(
      "The crowd cheered the Harbor Party's Ada Marsh. Ted Ray, who is standing for the Social Democrats in the by-election, said the tax was unfair. Sam Ode, who was running for the bus, fell.",
    );
    expect(named(list, "Ada Marsh")).toMatchObject({
      organization: "Harbor Party",
      category: "party",
    });
    expect(named(list, "Ted Ray")).toMatchObject({
      organization: "Social Democrats",
      category: "party",
      isOfficial: false,
    });
    expect(list.find((p) => p.name === "Sam Ode")?.organization ?? null).toBeNull();
  });

  it("reads 'the party's nominee' as the party the article named last", () => {
    const list = peopleOf(
      "The Harbor Unity Party of Oregon held its convention on Saturday. Lena Ortiz, the party's nominee for governor, spoke first.",
    );
    expect(named(list, "Lena Ortiz")).toMatchObject({
      organization: "Harbor Unity Party of Oregon",
      category: "party",
    });
  });

  it("reads a candidacy from election words around the name", () => {
    const list = peopleOf(
      "Rita Marsh, if elected, would cut taxes. The race between Marsh and Dana Kole tightened. Bo Ames said at a campaign rally that he would win. The fight between Ann Lee and Bo Tran continued.",
    );
    for (const name of ["Rita Marsh", "Dana Kole", "Bo Ames"])
      expect(named(list, name).category).toBe("party");
    expect(named(list, "Ann Lee").category).toBe("public");
  });

  it("reads past campaigns, delegates, tickets and running mates as candidacies", () => {
    const list = peopleOf(
      "Donors abandoned the campaign of Rod Vance, a former Oregon governor, in March. Mia Kerr had won 900 delegates by then. The party's ticket put Lu Ortiz for president, and Ortiz picked Sam Hale as his running mate.",
    );
    for (const name of ["Rod Vance", "Mia Kerr", "Lu Ortiz", "Sam Hale"])
      expect(named(list, name)).toMatchObject({ category: "party", isOfficial: false });
  });

  it("keeps a company's vice-president out of government", () => {
    const list = peopleOf(
      "Former Tallow Holdings vice-president Ned Foy was charged. Vice President Ann Lee spoke.",
    );
    expect(named(list, "Ned Foy")).toMatchObject({ category: "business", isOfficial: false });
    expect(named(list, "Ann Lee")).toMatchObject({ category: "government", isOfficial: true });
  });

  it("files a public prosecutor under the judiciary, also when the name ends the sentence", () => {
    const list = peopleOf(
      "The ruling is made by the Director of the Public Prosecutions, Ann Kerr. Later the head of the Harbor Authority, Jo Kent, spoke.",
    );
    expect(named(list, "Ann Kerr")).toMatchObject({ category: "judiciary", isOfficial: true });
    expect(named(list, "Jo Kent")).toMatchObject({
      organization: "Harbor Authority",
      category: "government",
    });
  });
});

describe("person facts: bodies read from the rest of the article", () => {
  it("seats councillors on the one local council the article names", () => {
    const list = peopleOf(
      "The Oakdale city council voted 6-5 on Tuesday. Councillor Amy Ford opposed the plan.",
    );
    expect(named(list, "Amy Ford")).toMatchObject({
      organization: "Oakdale city council",
      category: "legislature",
    });
  });

  it("gives an official's staff the official's body", () => {
    const list = peopleOf(
      "Harbor Authority chief executive Ann Lee spoke on Monday. Kim Ode, Lee's chief of staff, said the plan was ready.",
    );
    expect(named(list, "Kim Ode")).toMatchObject({
      organization: "Harbor Authority",
      category: "government",
    });
  });

  it("reads a photo credit that opens a caption, not a poll named the same way", () => {
    const list = peopleOf(
      "A wildfire raged near the town on Monday, officials said.\n\nKim Sung Ho / Bloomberg Firefighters battle the blaze near the town on Monday.\n\nThe Harbor Dornsife / Bloomberg Poll found a tie between the two candidates in the race for mayor this week.",
    );
    expect(named(list, "Kim Sung Ho")).toMatchObject({
      organization: "Bloomberg",
      category: "media",
    });
    expect(list.some((p) => p.name.includes("Dornsife"))).toBe(false);
  });
});

describe("person facts: words before a role that name no body", () => {
  it("makes no body of demonyms, eras, honorifics or a work's title", () => {
    const list = peopleOf(
      "Ivo Brandt, a Chilean-Peruvian billionaire, said. Ada Quist, a Nixon-era Treasury official, said. Remy Hale, the star of 'Harbor Lights,' said.",
    );
    expect(named(list, "Ivo Brandt")).toMatchObject({ organization: null, category: "business" });
    expect(named(list, "Ada Quist").organization ?? "").not.toMatch(/era/);
    expect(named(list, "Remy Hale").organization).toBeNull();
  });

  it("keeps a researcher at a non-profit an expert", () => {
    const list = peopleOf(
      "Lia Moro, an economist at the Tula Foundation, said the grants would grow.",
    );
    expect(named(list, "Lia Moro")).toMatchObject({
      organization: "Tula Foundation",
      category: "expert",
    });
  });

  it("reads a player's team at the end of a sentence", () => {
    const list = peopleOf(
      "The Halifax Owls beat the Regina Hawks 3-1 on Friday. The coach singled out Dan Vale of the Halifax Owls.",
    );
    expect(named(list, "Dan Vale").organization).toBe("Halifax Owls");
  });
});
