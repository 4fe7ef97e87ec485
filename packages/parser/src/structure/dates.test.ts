import { describe, expect, it } from "vitest";
import { normalizeDate, parseDateLine } from "./dates.ts";

describe("parseDateLine", () => {
  it.each([
    ["Friday, January 4, 2019", "2019-01-04"],
    ["Thursday, March 7th, 2024", "2024-03-07"],
    ["Updated 3:45 PM ET, Mon March 4, 2019", "2019-03-04"],
    ["Published: 12 March 2019, 10:32 GMT", "2019-03-12"],
    ["Posted on Sept. 9, 2021 at 7:05 a.m.", "2021-09-09"],
    ["Last updated on 2 Feb 2022", "2022-02-02"],
    ["2019-01-04", "2019-01-04"],
    ["publiziert am 14. Oktober 2020", "2020-10-14"],
    ["Veröffentlicht am Dienstag, 3. März 2020, 14:05 Uhr", "2020-03-03"],
    ["Stand: 05.11.2021 18:30 Uhr", "2021-11-05"],
    ["Publié le 1er mars 2019 à 14h05", "2019-03-01"],
    ["mis à jour le mardi 7 décembre 2021", "2021-12-07"],
    ["Publicado el 25 de septiembre de 2018", "2018-09-25"],
    ["Actualizado el lunes, 3 de mayo de 2021 - 09:10", "2021-05-03"],
    ["23/11/2020", "2020-11-23"],
    ["11/23/2020", "2020-11-23"],
  ])("reads %s", (line, date) => {
    expect(parseDateLine(line)).toBe(date);
  });

  it.each([
    "03/04/2020",
    "March 2019",
    "The vote on March 4, 2019 was close",
    "31 February 2020",
    "Monday",
    "In 2019 March 2",
    "By Jane Roe",
  ])("does not read %s as a date", (line) => {
    expect(parseDateLine(line)).toBeNull();
  });
});

describe("normalizeDate", () => {
  it("keeps valid ISO timestamps and reads written dates", () => {
    expect(normalizeDate("2024-03-10T08:30:00Z")).toBe("2024-03-10T08:30:00Z");
    expect(normalizeDate("2024-02-30")).toBeNull();
    expect(normalizeDate("Tue, 10 Mar 2020 08:30:00 GMT")).toBe("2020-03-10");
    expect(normalizeDate("10 mars 2020")).toBe("2020-03-10");
  });
});
