import { afterEach, describe, expect, it } from "vitest";
import { apiOrigin, browserApiUrl, serverApiUrl } from "./env";

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

describe("env", () => {
  it("defaults both endpoints to the local API", () => {
    delete process.env.WHOSAID_API_URL;
    delete process.env.NEXT_PUBLIC_WHOSAID_API_URL;
    expect(serverApiUrl()).toBe("http://localhost:4000/graphql");
    expect(browserApiUrl()).toBe("http://localhost:4000/graphql");
  });

  it("lets the browser follow WHOSAID_API_URL unless told otherwise", () => {
    delete process.env.NEXT_PUBLIC_WHOSAID_API_URL;
    process.env.WHOSAID_API_URL = "http://localhost:4100/graphql";
    expect(browserApiUrl()).toBe("http://localhost:4100/graphql");
    process.env.NEXT_PUBLIC_WHOSAID_API_URL = "https://api.example.org/graphql";
    expect(browserApiUrl()).toBe("https://api.example.org/graphql");
  });

  it("reads the variables and rejects what is not an http(s) URL", () => {
    process.env.WHOSAID_API_URL = "http://api.internal:8080/graphql";
    process.env.NEXT_PUBLIC_WHOSAID_API_URL = "ftp://example.com";
    expect(serverApiUrl()).toBe("http://api.internal:8080/graphql");
    expect(() => browserApiUrl()).toThrow(/NEXT_PUBLIC_WHOSAID_API_URL must use http/);
    process.env.WHOSAID_API_URL = "localhost:4000";
    expect(() => serverApiUrl()).toThrow(/WHOSAID_API_URL/);
  });

  it("derives the API origin for the export routes", () => {
    expect(apiOrigin("http://localhost:4000/graphql")).toBe("http://localhost:4000");
    expect(apiOrigin("https://x.org/api/graphql?a=1")).toBe("https://x.org/api");
  });
});
