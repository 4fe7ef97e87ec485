import { describe, expect, it } from "vitest";
import { countryName, enumLabel, flagEmoji, formatDate, plural } from "./format";

describe("format helpers", () => {
  it("turns ISO codes into flag emoji", () => {
    expect(flagEmoji("UA")).toBe("🇺🇦");
    expect(flagEmoji("gb")).toBe("🇬🇧");
    expect(flagEmoji(null)).toBe("");
    expect(flagEmoji("UKR")).toBe("");
  });

  it("names countries and labels enums", () => {
    expect(countryName("UA")).toBe("Ukraine");
    expect(countryName(null)).toBe("Unknown country");
    expect(enumLabel("GOVERNMENT")).toBe("Government");
  });

  it("formats days, months and timestamps in UTC", () => {
    expect(formatDate("2022-11-15")).toBe("15 Nov 2022");
    expect(formatDate("2022-11")).toBe("Nov 2022");
    expect(formatDate("2022-11-15T23:30:00Z")).toBe("15 Nov 2022");
    expect(formatDate("soon")).toBeNull();
  });

  it("pluralizes counts", () => {
    expect(plural(1, "statement")).toBe("1 statement");
    expect(plural(1200, "statement")).toBe("1,200 statements");
  });
});
