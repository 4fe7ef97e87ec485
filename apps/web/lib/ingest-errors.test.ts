import { describe, expect, it } from "vitest";
import { ingestErrorMessage, validateIngestInput } from "./ingest-errors";

describe("ingest messages", () => {
  it("explains a refusal without token", () => {
    const message = ingestErrorMessage({
      graphQLErrors: [{ message: "Not authorized", extensions: { code: "UNAUTHENTICATED" } }],
    });
    expect(message).toMatch(/Refused: saving needs a valid ingest token/);
    const preview = ingestErrorMessage(
      { graphQLErrors: [{ message: "No token", extensions: { code: "UNAUTHENTICATED" } }] },
      "preview",
    );
    expect(preview).toMatch(/Refused: previewing needs a valid ingest token/);
  });

  it("passes bad input and network failures on in plain words", () => {
    expect(
      ingestErrorMessage({
        graphQLErrors: [{ message: "Input is empty", extensions: { code: "BAD_USER_INPUT" } }],
      }),
    ).toBe("The article could not be read: Input is empty");
    expect(
      ingestErrorMessage({ networkError: { message: "fetch failed" }, graphQLErrors: [] }),
    ).toMatch(/could not be reached/);
  });

  it("validates the form before sending", () => {
    expect(validateIngestInput("   ", "")).toMatch(/Paste/);
    expect(validateIngestInput("short", "")).toMatch(/too short/);
    expect(validateIngestInput("x".repeat(50), "example.com")).toMatch(/http/);
    expect(validateIngestInput("x".repeat(50), "https://example.com/a")).toBeNull();
    // A URL alone is fetched by the API.
    expect(validateIngestInput("", "https://example.com/a")).toBeNull();
    expect(validateIngestInput("", "ftp://example.com/a")).toMatch(/http/);
  });

  it("says when a page could not be fetched", () => {
    const message = ingestErrorMessage({
      graphQLErrors: [
        {
          message: "127.0.0.1 is a private, loopback or reserved address",
          extensions: { code: "BAD_USER_INPUT", reason: "URL_FORBIDDEN" },
        },
      ],
    });
    expect(message).toMatch(/^The page could not be fetched: 127\.0\.0\.1 is a private/);
  });
});
