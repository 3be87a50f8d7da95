import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { describeShape, withApiDocs } from "./api-docs";
import { ZApiClaimsPage } from "./contracts";

describe("the README's API section", () => {
  it("is the one rendered from the contracts (run `npm run docs:api` after changing them)", () => {
    const readme = readFileSync("README.md", "utf8");
    expect(withApiDocs(readme)).toBe(readme);
  });

  it("spells out nested objects, names shared shapes and marks what may be null", () => {
    expect(describeShape(z.object({ a: z.string(), b: z.object({ c: z.number() }).nullable(), d: z.array(z.object({ e: z.string() })) }))).toBe(
      "{a, b: {c} or null, d: [{e}]}",
    );
    expect(describeShape(ZApiClaimsPage)).toContain("claims: [Claim]");
  });
});
