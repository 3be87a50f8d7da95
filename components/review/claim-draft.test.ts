import { describe, expect, it } from "vitest";
import { chooseDraft, DRAFT_FIELDS, patchOf, type TDraft } from "./claim-draft";

const blank = Object.fromEntries(DRAFT_FIELDS.map((f) => [f, ""])) as TDraft;
const base: TDraft = { ...blank, sourcingType: "anonymous", sourceCount: "1" };
const typed: TDraft = { ...base, rationale: "Two officials confirmed it." };

describe("chooseDraft", () => {
  it("brings back unsaved edits typed against the same version", () => {
    expect(chooseDraft(base, 3, { baseVersion: 3, draft: typed })).toEqual({ version: 3, draft: typed, restored: true });
  });

  it("drops edits typed against another version of the claim", () => {
    expect(chooseDraft(base, 4, { baseVersion: 3, draft: typed })).toEqual({ version: 4, draft: base, restored: false });
  });

  it("says nothing was restored when the stored edits match the claim", () => {
    expect(chooseDraft(base, 3, { baseVersion: 3, draft: { ...base } })).toEqual({ version: 3, draft: base, restored: false });
  });

  it("starts from the claim when nothing was stored", () => {
    expect(chooseDraft(base, 1, null)).toEqual({ version: 1, draft: base, restored: false });
  });
});

describe("patchOf", () => {
  it("sends only changed fields, blanks as null and the source count as a number", () => {
    expect(patchOf({ ...base, rationale: "Why", sourcePhrase: "  ", sourceCount: "2" }, { ...base, sourcePhrase: "an aide" })).toEqual({ rationale: "Why", sourcePhrase: null, sourceCount: 2 });
  });
});
