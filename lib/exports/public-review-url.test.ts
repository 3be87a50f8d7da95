import { describe, expect, it } from "vitest";
import { publicReviewUrl } from "./public-review-url";

describe("publicReviewUrl", () => {
  it.each([
    ["no public page yet", {}, "https://checks.example.org", null],
    ["no base URL configured", { publicSlug: "bridge" }, null, null],
    ["a page under the base", { publicSlug: "bridge-costs" }, "https://checks.example.org", "https://checks.example.org/f/bridge-costs"],
    ["a base with a path", { publicSlug: "bridge" }, "https://example.org/desk/", "https://example.org/desk/f/bridge"],
    ["a slug is one path segment, encoded", { publicSlug: "a b/ć" }, "https://checks.example.org", "https://checks.example.org/f/a%20b%2F%C4%87"],
    ["only web addresses", { publicSlug: "x" }, "javascript:alert(1)", null],
  ])("%s", (_name, article, base, expected) => {
    expect(publicReviewUrl(article, base)).toBe(expected);
  });
});
