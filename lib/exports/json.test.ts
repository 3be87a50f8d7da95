// JSON export tests: the envelope, that every documented field is present, and that the
// public shape does not pick up internal fields by accident.
import { describe, expect, it } from "vitest";
import { toJson, toJsonObject } from "./json";
import { makeArticle, makeClaim, makeReport } from "./test-fixtures";

describe("toJson", () => {
  const report = makeReport({
    articles: [
      makeArticle({
        claims: [
          makeClaim({ id: "a", number: 2, sourcingType: null }),
          makeClaim({ id: "b", number: 1, sourcingType: "anonymous", anonymityReason: null }),
        ],
      }),
    ],
  });

  it("wraps the report in a versioned envelope", () => {
    const parsed = JSON.parse(toJson(report));
    expect(parsed).toMatchObject({
      format: "sourcebench.report",
      version: 1,
      team: { id: "t1", name: "Example Fact Desk", url: "https://factdesk.example.com" },
      generatedAt: "2024-05-10T12:00:00.000Z",
      appUrl: "https://sourcebench.example.com",
      scale: { best: 5, worst: 1 },
      redFlagSettings: { staleAfterHours: 72, anonymousShareThreshold: 50 },
    });
    expect(toJson(report).endsWith("}\n")).toBe(true);
  });

  it("describes each article with a summary and red flags, claims in text order", () => {
    const [a] = toJsonObject(report).articles;
    expect(a?.link).toBe("https://sourcebench.example.com/articles/a1");
    expect(a?.summary).toEqual({
      claims: 2,
      decided: 2,
      approved: 2,
      sourcingMix: { anonymous: 1, untagged: 1 },
      anonymousSharePercent: 100,
      needsReattaching: 0,
      redFlags: [
        { number: 1, code: "anonymous_no_reason", text: "Anonymous source without a reason for anonymity (1 claim)" },
        { number: 2, code: "anonymous_share", text: "Anonymous share above the team's threshold (100% of tagged claims)" },
      ],
      text: { claims: "2 claims · 2 decided · 2 approved", sourcingMix: "Anonymous: 1, Not tagged yet: 1", needsReattaching: null },
    });
    expect(a?.redFlags).toEqual(["anonymous_no_reason", "anonymous_share"]);
    expect(a?.claims.map((c) => c.id)).toEqual(["a", "b"]);
  });

  it("has exactly the documented claim fields", () => {
    const claim = toJsonObject(report).articles[0]?.claims[1];
    expect(Object.keys(claim ?? {}).sort()).toEqual(
      [
        "id", "number", "link", "quote", "start", "end", "sourcingType", "sourcingLabel", "sourcePhrase", "cue",
        "identification", "groundRules", "anonymityReason", "hand", "sourceCount", "status", "rating", "rationale", "evidence",
        "reviewer", "approver", "decidedAt", "approvedAt", "createdAt", "updatedAt", "redFlags", "comments",
      ].sort(),
    );
    expect(claim).toMatchObject({ link: "https://sourcebench.example.com/articles/a1#claim-b", sourcingLabel: "Anonymous", redFlags: ["anonymous_no_reason"] });
  });

  it("does not leak extra fields from the input", () => {
    const extra = { ...makeClaim(), secretNote: "internal" } as ReturnType<typeof makeClaim>;
    const json = toJson(makeReport({ articles: [makeArticle({ claims: [extra] })] }));
    expect(json).not.toContain("secretNote");
  });

  it("takes team settings and the judging time", () => {
    const claim = makeClaim({ status: "decided", approvedAt: null, decidedAt: "2024-05-10T00:00:00.000Z" });
    const r = makeReport({ articles: [makeArticle({ claims: [claim] })] });
    expect(toJsonObject(r).articles[0]?.redFlags).toEqual([]);
    expect(toJsonObject(r, { staleAfterHours: 6 }).articles[0]?.redFlags).toEqual(["approval_overdue"]);
  });
});
