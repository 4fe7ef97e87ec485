import { describe, expect, it } from "vitest";
import { articleScores, articleTopics } from "./article-topics.ts";
import { makeDoc } from "./make-doc.ts";

/** The top topic path of a small article written for one concept family. */
function top(title: string, ...paragraphs: string[]): string {
  const topics = articleTopics(articleScores(makeDoc({ title, paragraphs })));
  return topics[0]?.path.join(" > ") ?? "";
}

describe("article topics per concept family", () => {
  it("conflict, war and peace", () => {
    expect(
      top(
        "Troops push back offensive",
        "Artillery shelling and airstrikes hit the front line as troops fought to retake occupied territory.",
      ),
    ).toMatch(/^conflict, war and peace/);
    expect(
      top(
        "Rivals agree to resume peace talks",
        "Negotiators met to discuss a ceasefire and a peace agreement to end the war.",
      ),
    ).toMatch(/peace/);
  });
  it("politics", () => {
    expect(
      top(
        "Opposition wins general election",
        "Voters cast ballots and the party won a majority of seats in parliament, ending the campaign.",
      ),
    ).toMatch(/^politics > election/);
    expect(
      top(
        "Foreign ministers meet at summit",
        "The diplomats discussed bilateral relations and sanctions at the summit.",
      ),
    ).toMatch(/^politics > international relations/);
  });
  it("crime, law and justice", () => {
    expect(
      top(
        "Man pleads guilty to murder",
        "The defendant told the jury at his trial that he killed the victim; the judge will sentence him.",
      ),
    ).toMatch(/^crime, law and justice/);
  });
  it("disaster, accident and emergency incident", () => {
    expect(
      top(
        "Earthquake kills dozens",
        "A magnitude 7.1 quake struck, collapsing buildings; rescuers searched the rubble and aftershocks followed.",
      ),
    ).toMatch(/^disaster, accident and emergency incident/);
  });
  it("economy, business and finance", () => {
    expect(
      top(
        "Inflation hits 40-year high",
        "Consumer prices rose as the central bank raised interest rates to cool the economy.",
      ),
    ).toMatch(/^economy, business and finance/);
  });
  it("health", () => {
    expect(
      top(
        "Measles outbreak spreads",
        "Health officials urged vaccination as the epidemic filled hospitals with infected patients.",
      ),
    ).toMatch(/^health/);
  });
  it("science and technology", () => {
    expect(
      top(
        "Astronauts dock with space station",
        "NASA said the spacecraft reached orbit after the rocket launch.",
      ),
    ).toMatch(/^science and technology/);
  });
  it("environment", () => {
    expect(
      top(
        "Glaciers melt faster as climate change bites",
        "Greenhouse gas emissions and global warming drive sea level rise, scientists warn.",
      ),
    ).toMatch(/^environment/);
  });
  it("sport", () => {
    expect(
      top(
        "Striker scores twice in cup final",
        "The football team won the championship as fans filled the stadium; the coach praised the players.",
      ),
    ).toMatch(/^sport/);
  });
  it("arts, culture, entertainment and media", () => {
    expect(
      top(
        "Singer releases new album",
        "The musician and songwriter will tour with her band after the album's concert premiere.",
      ),
    ).toMatch(/^arts, culture, entertainment and media/);
  });
  it("religion", () => {
    expect(
      top(
        "Pope visits cathedral",
        "The pontiff led worship with bishops and priests of the Catholic church.",
      ),
    ).toMatch(/^religion/);
  });
  it("weather", () => {
    expect(
      top(
        "Forecasters warn of snowstorm",
        "The weather service issued a storm warning as temperatures fell and heavy snow was forecast.",
      ),
    ).toMatch(/^(weather|disaster)/);
  });
});

describe("what lends the article its topics", () => {
  it("weighs the title and lead over the tail", () => {
    const tail = Array.from({ length: 12 }, () => "Officials spoke about the day.");
    const doc = makeDoc({
      title: "Earthquake strikes coastal city",
      paragraphs: [
        "The quake collapsed homes.",
        ...tail,
        "Separately, a football match was held at the stadium.",
      ],
    });
    expect(articleTopics(articleScores(doc))[0].path[0]).toBe(
      "disaster, accident and emergency incident",
    );
  });

  it("never takes topics from related stories or captions", () => {
    const doc = makeDoc({
      title: "Parliament passes budget",
      paragraphs: ["Lawmakers in parliament passed the budget bill after a long debate."],
      captions: ["Basketball players dunk during the NBA playoffs in a crowded arena."],
      related: [
        {
          title: "Prison inmates riot",
          summary: "Wind farm opposition grows; tuition rises; population hits 8 billion.",
        },
      ],
    });
    const labels = articleTopics(articleScores(doc)).map((t) => t.path.join(" > "));
    expect(labels.length).toBeGreaterThan(0);
    for (const banned of ["basketball", "prison", "wind", "tuition", "population", "sport"]) {
      expect(labels.filter((l) => l.includes(banned))).toEqual([]);
    }
  });
});
