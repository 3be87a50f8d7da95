import { describe, expect, it } from "vitest";
import { count } from "./count";

describe("count", () => {
  it.each([
    [0, "0 articles"],
    [1, "1 article"],
    [2, "2 articles"],
    [1100, "1,100 articles"],
  ])("%i → %s", (n, expected) => {
    expect(count(n, "article")).toBe(expected);
  });
  it("takes an irregular plural", () => {
    expect(count(1, "claim needs", "claims need")).toBe("1 claim needs");
  });
});
