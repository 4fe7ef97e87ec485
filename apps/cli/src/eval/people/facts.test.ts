import { describe, expect, it } from "vitest";
import {
  categoryKey,
  organizationsAgree,
  partiesAgree,
  partyKey,
  roleParts,
  rolesAgree,
} from "./facts.ts";

describe("people eval: role agreement", () => {
  it("agrees on the head noun whatever the word order or abbreviation", () => {
    expect(rolesAgree("Minister of Foreign Affairs", "foreign minister")).toBe(true);
    expect(rolesAgree("Senator", "Sen.")).toBe(true);
    expect(rolesAgree("Representative", "congresswoman")).toBe(true);
    expect(rolesAgree("spokeswoman", "Spokesperson")).toBe(true);
    expect(rolesAgree("founder and CEO", "chief executive officer")).toBe(true);
    expect(rolesAgree("mayor", "regional director")).toBe(false);
    expect(rolesAgree("market strategist", "in-house market strategist")).toBe(true);
    expect(rolesAgree("Secretary of State", "secretary")).toBe(true);
  });
  it("requires the same qualifiers: former, vice, acting, -elect", () => {
    expect(rolesAgree("Vice President", "President")).toBe(false);
    expect(rolesAgree("former mayor", "mayor")).toBe(false);
    expect(rolesAgree("retired general", "former general")).toBe(true);
    expect(rolesAgree("president-elect", "President-elect")).toBe(true);
    expect(rolesAgree("president-elect", "President")).toBe(false);
    expect(rolesAgree("acting director", "interim director")).toBe(true);
    expect(roleParts("ex-Prime Minister").qualifiers).toEqual(new Set(["former"]));
  });
  it("keeps posts named 'X general' apart from the military rank", () => {
    expect(rolesAgree("Attorney General", "general")).toBe(false);
    expect(rolesAgree("attorney general", "Attorney-General")).toBe(true);
    expect(rolesAgree("Prime Minister", "Minister")).toBe(false);
  });
  it("counts a blank prediction as a disagreement", () => {
    expect(rolesAgree("mayor", null)).toBe(false);
  });
});

describe("people eval: organizations, parties and categories", () => {
  it("matches organizations by their words or an acronym", () => {
    expect(organizationsAgree("State Department", "Department of State")).toBe(true);
    expect(organizationsAgree("Republican Party", "Republican")).toBe(true);
    expect(organizationsAgree("FBI", "Federal Bureau of Investigation")).toBe(true);
    expect(organizationsAgree("Boston Red Sox", "the Red Sox")).toBe(true);
    expect(organizationsAgree("Dixon Hall", "Swedish")).toBe(false);
    expect(organizationsAgree("Dixon Hall", null)).toBe(false);
  });
  it("folds party names", () => {
    expect(partyKey("Democrat")).toBe(partyKey("Democratic Party"));
    expect(partyKey("GOP")).toBe(partyKey("Republican"));
    expect(partyKey("Conservative Party")).not.toBe(partyKey("Liberal Party"));
    expect(partiesAgree("SDLP", "Social Democratic and Labour Party")).toBe(true);
    expect(partiesAgree("UUP", "Ulster Unionist Party")).toBe(true);
    expect(partiesAgree("Yukon Liberal", "Liberal Party")).toBe(false);
    expect(partiesAgree("Democrat", "Democratic Party")).toBe(true);
  });
  it("reads the parser's older category names as the gold's", () => {
    expect(categoryKey("expert")).toBe("expert/academic");
    expect(categoryKey("legislature")).toBe("legislature");
    expect(categoryKey(null)).toBeNull();
  });
});
