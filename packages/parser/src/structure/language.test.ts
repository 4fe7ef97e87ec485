import { describe, expect, it } from "vitest";
import { detectLanguage } from "./language.ts";

describe("detectLanguage", () => {
  it("reads stopwords whatever their case, long words and apostrophes", () => {
    expect(
      detectLanguage(
        "THE Committee And its Chairwoman Said That They Would Not Wait For the Vote.",
      ),
    ).toBe("en");
    expect(
      detectLanguage("Le conseil municipal a voté les budgets pour l’année et il est là."),
    ).toBe("fr");
    expect(
      detectLanguage("Der Stadtrat hat über die Haushalte abgestimmt und sie sind nicht fertig."),
    ).toBe("de");
  });

  it("counts words with letters outside ASCII as the same words", () => {
    expect(
      detectLanguage("El consejo votó el presupuesto, y también la ley de aguas del año."),
    ).toBe("es");
  });

  it("tells a text in another script and one with no words", () => {
    expect(detectLanguage("Городской совет проголосовал за бюджет на следующий год.")).toBe("ru");
    expect(detectLanguage("1234 — 5678")).toBe("und");
  });
});
