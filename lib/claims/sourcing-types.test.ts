import { describe, expect, it } from "vitest";
import { SOURCING_LABELS, SOURCING_TAGS } from "./labels";
import { SOURCING_TYPE_INFO, SOURCING_TYPES, UNTAGGED_STYLE } from "./sourcing-types";

describe("the sourcing-type registry", () => {
  it("has every database type, each with a label, a tag, styles, a chart colour and a ClaimReview claimant", () => {
    expect(SOURCING_TYPES).toEqual(expect.arrayContaining(["anonymous", "official", "provided_documents", "documents", "media_report", "named_person", "unattributed"]));
    for (const t of SOURCING_TYPES) {
      const info = SOURCING_TYPE_INFO[t];
      expect(info.label, t).not.toBe("");
      expect(info.tag, t).toMatch(/^[A-Z-]+( ⚑)?$/);
      expect(info.highlight, t).toMatch(/\bbg-\S+ .*\bunderline\b/);
      expect(info.swatch, t).toMatch(/\bbg-\S+ border-\S+/);
      expect(info.chart, t).toMatch(/^#[0-9a-f]{6}$/);
      expect(["Person", "Organization"], t).toContain(info.claimant);
    }
    expect(Object.keys(SOURCING_TYPE_INFO).sort()).toEqual([...SOURCING_TYPES].sort());
  });

  it("tells the types apart without reading colour alone: distinct labels, tags, colours and underline styles", () => {
    const all = SOURCING_TYPES.map((t) => SOURCING_TYPE_INFO[t]);
    for (const key of ["label", "tag", "chart", "highlight"] as const) expect(new Set([...all.map((i) => i[key]), UNTAGGED_STYLE[key === "tag" ? "label" : key]]).size, key).toBe(all.length + 1);
    expect(SOURCING_LABELS.provided_documents).toBe("Documents you provided");
    expect(SOURCING_TAGS.provided_documents).toBe("YOU-DOCS ⚑");
  });
});
