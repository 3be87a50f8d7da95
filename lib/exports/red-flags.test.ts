// Table tests for the red-flag rules: each row is one claim or article shape and the
// flags a desk editor should see for it.
import { describe, expect, it } from "vitest";
import { anonymousShare, articleRedFlags, claimRedFlags, RED_FLAG_LABELS, ARTICLE_RED_FLAGS, resolveFlagOptions } from "./red-flags";
import { makeArticle, makeClaim } from "./test-fixtures";
import type { TReportClaim } from "./report-types";

const now = new Date("2024-05-10T12:00:00.000Z");
const opts = { staleAfterHours: 72, now };

describe("claimRedFlags", () => {
  const rows: Array<[string, Partial<TReportClaim>, string[]]> = [
    ["named, approved", {}, []],
    ["documents you provided", { sourcingType: "provided_documents" }, ["provided_documents"]],
    ["unattributed", { sourcingType: "unattributed" }, ["unattributed"]],
    ["anonymous with a reason", { sourcingType: "anonymous", anonymityReason: "Fears dismissal" }, []],
    ["anonymous, no reason", { sourcingType: "anonymous", anonymityReason: null }, ["anonymous_no_reason"]],
    ["anonymous, blank reason", { sourcingType: "anonymous", anonymityReason: "   " }, ["anonymous_no_reason"]],
    ["untagged", { sourcingType: null }, []],
    ["decided 73h ago", { status: "decided", approvedAt: null, decidedAt: "2024-05-07T11:00:00.000Z" }, ["approval_overdue"]],
    ["decided exactly 72h ago", { status: "decided", approvedAt: null, decidedAt: "2024-05-07T12:00:00.000Z" }, []],
    ["decided 1h ago", { status: "decided", approvedAt: null, decidedAt: "2024-05-10T11:00:00.000Z" }, []],
    ["approved long ago", { status: "approved", decidedAt: "2020-01-01T00:00:00.000Z" }, []],
    ["decided, no date", { status: "decided", decidedAt: null }, []],
    ["decided, bad date", { status: "decided", decidedAt: "not a date" }, []],
    [
      "several at once",
      { sourcingType: "anonymous", anonymityReason: null, status: "decided", decidedAt: "2024-01-01T00:00:00.000Z" },
      ["anonymous_no_reason", "approval_overdue"],
    ],
  ];
  it.each(rows)("%s", (_name, over, expected) => {
    expect(claimRedFlags(makeClaim(over), opts)).toEqual(expected);
  });
});

describe("articleRedFlags", () => {
  const anon = (reason: string | null = "Safety") => makeClaim({ sourcingType: "anonymous", anonymityReason: reason });
  const named = () => makeClaim();
  const untagged = () => makeClaim({ sourcingType: null });
  const rows: Array<[string, TReportClaim[], number | undefined, string[]]> = [
    ["no claims", [], undefined, []],
    ["half anonymous is not over 50%", [anon(), named()], undefined, []],
    ["two thirds anonymous", [anon(), anon(), named()], undefined, ["anonymous_share"]],
    ["untagged claims do not count", [anon(), named(), untagged(), untagged()], undefined, []],
    ["only untagged", [untagged()], undefined, []],
    ["custom threshold 30", [anon(), named(), named()], 30, ["anonymous_share"]],
    ["claim flags are merged in fixed order", [makeClaim({ sourcingType: "unattributed" }), makeClaim({ sourcingType: "provided_documents" })], undefined, ["provided_documents", "unattributed"]],
    ["anonymous without reason and share", [anon(null), anon()], undefined, ["anonymous_no_reason", "anonymous_share"]],
  ];
  it.each(rows)("%s", (_name, claims, threshold, expected) => {
    expect(articleRedFlags(makeArticle({ claims }), { ...opts, anonymousShareThreshold: threshold })).toEqual(expected);
  });

  it("computes the anonymous share among tagged claims", () => {
    expect(anonymousShare(makeArticle({ claims: [anon(), named(), untagged()] }))).toBe(50);
    expect(anonymousShare(makeArticle({ claims: [untagged()] }))).toBeNull();
  });
});

describe("labels and defaults", () => {
  it("has a label for every flag", () => {
    for (const f of ARTICLE_RED_FLAGS) expect(RED_FLAG_LABELS[f]).toBeTruthy();
  });
  it("judges at the fallback time with team defaults", () => {
    expect(resolveFlagOptions(undefined, "2024-05-10T12:00:00.000Z")).toEqual({ staleAfterHours: 72, anonymousShareThreshold: 50, now });
    expect(resolveFlagOptions({ staleAfterHours: 1, now }, "2000-01-01").staleAfterHours).toBe(1);
  });
});
