import { describe, expect, it } from "vitest";
import { quotesOf } from "../quotes/test-helpers.ts";

const whoSaid = (body: string, start: string) =>
  quotesOf(body).find((q) => q.text.startsWith(start))?.who;

describe("speaker error classes", () => {
  it("never take a photographer's credit line as the referent of a description", () => {
    const body = [
      "Open this photo in gallery Mayor Ines Koval at city hall. Dario Pell/The Canadian Press",
      "Transit fares will rise again, and the statistician says ridership could fall further.",
    ].join("\n\n");
    expect(whoSaid(body, "ridership could fall")).not.toBe("Dario Pell");
  });

  it("give a body owned by a named organization its own name", () => {
    const body = [
      "Farmers in the valley lost a third of their harvest to the drought.",
      "Yields will keep dropping unless water use changes, the World Bank’s agriculture panel says.",
    ].join("\n\n");
    expect(whoSaid(body, "Yields will keep dropping")).toBe("World Bank’s agriculture panel");
  });

  it("give a collective's statement to its members, not to the list", () => {
    const body =
      "The council faces a growing number of shop owners who say the new parking fees will drive customers away.";
    expect(whoSaid(body, "the new parking fees")).toBe("shop owners");
  });

  it("find a pronoun's antecedent in a lede name the people stage kept no mention of", () => {
    const body = [
      "For Nadia El Amrani and dozens of other nurses, the new contract came too late.",
      "The 41-year-old's shifts had already doubled, and a second job paid for her son's tuition.",
      "“I stopped sleeping properly two years ago,” she said from the hospital's parking lot.",
      "El Amrani is one of 300 nurses who signed the union's petition this spring.",
      "The hospital did not answer. El Amrani said she will keep writing letters.",
    ].join("\n\n");
    expect(whoSaid(body, "I stopped sleeping")).toBe("El Amrani");
  });

  it("give 'the diocese' the named body whose name holds that word, before any other", () => {
    const body = [
      "On Monday the Anglican Diocese of Westbrook suspended its choir director pending a review.",
      "Many parents were angry at the diocese for acting so fast.",
      "The diocese issued a second statement on Thursday, saying the review would take a month.",
    ].join("\n\n");
    expect(whoSaid(body, "the review would take")).toBe("Anglican Diocese of Westbrook");
  });

  it("give a participle after 'with' to the object of 'with', not to the clause's subject", () => {
    const body =
      "Tenants told reporters the eviction had been rushed, with one volunteer at the shelter describing the night as “total chaos.”";
    expect(whoSaid(body, "total chaos")).toBe("one volunteer at the shelter");
    // Not a thing: "softer wording calling for …" is no one speaking.
    const thing =
      "Delegates rewrote the motion, replacing it with softer wording calling for “further study.”";
    expect(whoSaid(thing, "further study")).not.toBe("softer wording");
  });

  it("give '…, adding that' after an inverted tag to the tag's speaker", () => {
    const body =
      "''We never saw the invoices,'' said Mr. Okonjo, adding that the audit would start in June.";
    expect(whoSaid(body, "the audit would start")).toBe("Okonjo");
    const object =
      "The union attacked Mayor Lisa Brandt, saying the cuts would close four libraries.";
    expect(whoSaid(object, "the cuts would close")).not.toBe("Lisa Brandt");
  });

  it("never take the state closing a hometown appositive as the speaker", () => {
    const body = [
      "Rosa Imbert, who lost her farm to the flood near Fargo, North Dakota, in April 2011, said the dikes were never raised.",
      "Theo Marsh, a trucker from Tulsa, Okla., who has driven the route for years, said the bridge is unsafe.",
    ].join("\n\n");
    expect(whoSaid(body, "the dikes were never")).toBe("Rosa Imbert");
    expect(whoSaid(body, "the bridge is unsafe")).toBe("Theo Marsh");
    const described = "Wanda Pruitt, 58, a school bus driver in Erie, Pa., said the route was cut.";
    expect(whoSaid(described, "the route was cut")).toBe("Wanda Pruitt");
  });

  it("never take a sentence adverb for the head of an appositive chain", () => {
    const body = [
      "Likewise, Petra Voss, head of the Baltic Fisheries Council, warned that cod stocks had halved.",
      "Meanwhile, Ian Grady, a harbour pilot, said the new quay was too shallow.",
    ].join("\n\n");
    expect(whoSaid(body, "cod stocks had halved")).toBe("Petra Voss");
    expect(whoSaid(body, "the new quay")).toBe("Ian Grady");
  });

  it("read an appositive that opens with a brand in lower case, also one with an inner dot", () => {
    const body = [
      "“We priced it for students,” Dana Kohl, iTutor’s founder and the designer of its first app, said at the launch in Graz.",
      "“Nobody else sells a car this small,” Oskar Brenn, e.MO’s chief engineer, said on Monday.",
    ].join("\n\n");
    expect(whoSaid(body, "We priced it")).toBe("Dana Kohl");
    expect(whoSaid(body, "Nobody else sells")).toBe("Oskar Brenn");
  });

  it("keep the subject of a fronted concessive clause from taking the next 'he said'", () => {
    const body =
      "Museum director Paul Ferrante said the gallery drew 40,000 visitors in its first month. Although Mayor Tom Reyes has often claimed that the city overpaid for the building, attendance beat every forecast. Schools booked tours well into the spring, he said.";
    expect(whoSaid(body, "Schools booked tours")).toBe("Paul Ferrante");
  });

  it("give 'the reports' the source they were attributed to just before", () => {
    const body =
      "Shares fell after reports by several newspapers including the Daily Ledger saying the merger had collapsed. The reports, citing two bankers, said the board would meet again on Friday.";
    expect(whoSaid(body, "the board would meet")).toBe(
      "several newspapers including the Daily Ledger",
    );
  });
});
