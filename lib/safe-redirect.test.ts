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
  ])("%s → %s", (input, out) => {
    expect(safeCallbackPath(input)).toBe(out);
  });
});
