import { describe, expect, it } from "vitest";
import { ZAddComment, ZAddEvidence, ZClaimPatch, ZCreateClaim, ZReattachClaim, ZUpdateClaim } from "./schemas";

const id = "6f1c1a3e-3b7a-4a55-9d8e-0c5d2a9b1f10";

describe("ZCreateClaim", () => {
  const ok = { articleId: id, versionId: id, start: 3, end: 9, idempotencyKey: "abcdefgh12" };
  it.each([
    ["a valid span", ok, true],
    ["an empty span", { ...ok, end: 3 }, false],
    ["a negative start", { ...ok, start: -1 }, false],
    ["a fractional offset", { ...ok, end: 9.5 }, false],
    ["a bad id", { ...ok, articleId: "nope" }, false],
    ["a short idempotency key", { ...ok, idempotencyKey: "abc" }, false],
    ["an idempotency key with odd characters", { ...ok, idempotencyKey: "abcdefgh<script>" }, false],
    ["an unknown sourcing type", { ...ok, sourcingType: "gossip" }, false],
    ["a known sourcing type", { ...ok, sourcingType: "provided_documents" }, true],
  ])("%s", (_n, input, valid) => {
    expect(ZCreateClaim.safeParse(input).success).toBe(valid);
  });
});

describe("ZClaimPatch / ZUpdateClaim", () => {
  it("turns blank text into null and trims", () => {
    expect(ZClaimPatch.parse({ sourcePhrase: "  ", rationale: "  ok  " })).toEqual({ sourcePhrase: null, rationale: "ok" });
  });
  it.each([
    ["unknown fields", { status: "approved" }],
    ["too many sources", { sourceCount: 100 }],
    ["negative sources", { sourceCount: -1 }],
    ["an over-long rationale", { rationale: "x".repeat(5001) }],
    ["a bad identification", { identification: "total" }],
    ["a bad rating id", { ratingId: "1" }],
  ])("refuses %s", (_n, patch) => {
    expect(ZClaimPatch.safeParse(patch).success).toBe(false);
  });
  it("needs a positive base version", () => {
    expect(ZUpdateClaim.safeParse({ claimId: id, baseVersion: 0, patch: {} }).success).toBe(false);
    expect(ZUpdateClaim.safeParse({ claimId: id, baseVersion: 1, patch: { hand: "second_hand" } }).success).toBe(true);
  });
});

describe("evidence, comments, re-attach", () => {
  it.each([
    ["https://example.org/a", true],
    ["http://example.org/a", true],
    ["javascript:alert(1)", false],
    ["JaVaScRiPt:alert(1)", false],
    ["data:text/html,<script>alert(1)</script>", false],
    ["vbscript:msgbox", false],
    ["/relative/path", false],
    ["", false],
  ])("evidence URL %s → %s", (url, valid) => {
    expect(ZAddEvidence.safeParse({ claimId: id, url }).success).toBe(valid);
  });
  it("comments must have text and a bounded length", () => {
    expect(ZAddComment.safeParse({ claimId: id, body: "   " }).success).toBe(false);
    expect(ZAddComment.safeParse({ claimId: id, body: "x".repeat(5001) }).success).toBe(false);
    expect(ZAddComment.parse({ claimId: id, body: " fine " }).body).toBe("fine");
  });
  it("re-attach needs a non-empty span", () => {
    expect(ZReattachClaim.safeParse({ claimId: id, baseVersion: 1, start: 5, end: 5 }).success).toBe(false);
  });
});

describe("integer bounds", () => {
  it("refuses versions and offsets beyond PostgreSQL's integer range", () => {
    const id = "6f1c1a3e-3b7a-4a55-9d8e-0c5d2a9b1f10";
    expect(ZUpdateClaim.safeParse({ claimId: id, baseVersion: 1856437153722201, patch: {} }).success).toBe(false);
    expect(ZReattachClaim.safeParse({ claimId: id, baseVersion: 1, start: 0, end: 2 ** 31 }).success).toBe(false);
    expect(ZCreateClaim.safeParse({ articleId: id, versionId: id, start: 0, end: 2 ** 31, idempotencyKey: "abcdefgh12" }).success).toBe(false);
  });
});
