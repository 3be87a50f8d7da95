import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./safe-redirect";

describe("safeCallbackPath", () => {
  it.each([
    ["/articles/1", "/articles/1"],
    ["https://evil.test/", "/"],
    ["//evil.test/", "/"],
    ["/\\evil.test", "/"],
    ["/signin?x=1", "/"],
    [undefined, "/"],
    // Browsers drop tabs and newlines in URLs: these are other hosts, or nonsense.
    ["/\t/evil.example/phish", "/"],
    ["/%09/evil.example", "/%09/evil.example"],
    ["/\n/evil.example", "/"],
    ["/\r\n/evil.example", "/"],
    ["/ok\u0000", "/"],
    ["/./evil.example/../dashboard", "/dashboard"],
    ["/articles/1?x=1#claim-2", "/articles/1?x=1#claim-2"],
    ["/..//evil.example", "/"],
    ["https:/evil.example", "/"],
  ])("%s → %s", (input, out) => {
    expect(safeCallbackPath(input)).toBe(out);
  });
});
