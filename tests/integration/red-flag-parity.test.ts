// The dashboard judges red flags in SQL over the per-article rollups; the review page
// judges them in the browser with the pure rules in lib/exports/red-flags.ts. Both must
// flag the same articles for the same reasons, so one table of articles goes through both.
import { describe, expect, it } from "vitest";
import { getArticleForReview } from "@/lib/articles/get-article-for-review";
import { db } from "@/lib/db";
import { articleRedFlags } from "@/lib/exports/red-flags";
import { getDashboard } from "@/lib/reviews/get-dashboard";
import { ZDashboardFilter } from "@/lib/reviews/schemas";
import { seedArticle, seedTeam } from "../support/factory";

const HOUR = 3_600_000;
type TClaimSpec = Record<string, unknown>;

const CASES: Array<{ name: string; claims: TClaimSpec[]; expected: string[] }> = [
  { name: "no claims", claims: [], expected: [] },
  { name: "untagged only", claims: [{}, {}], expected: [] },
  { name: "writer-addressed", claims: [{ sourcingType: "provided_documents" }, { sourcingType: "official" }], expected: ["provided_documents"] },
  { name: "unattributed", claims: [{ sourcingType: "unattributed" }, { sourcingType: "named_person" }], expected: ["unattributed"] },
  { name: "anonymous, no reason", claims: [{ sourcingType: "anonymous" }, { sourcingType: "official" }], expected: ["anonymous_no_reason"] },
  { name: "anonymous, blank reason", claims: [{ sourcingType: "anonymous", anonymityReason: "   " }, { sourcingType: "documents" }], expected: ["anonymous_no_reason"] },
  { name: "anonymous share exactly at the threshold", claims: [{ sourcingType: "anonymous", anonymityReason: "safety" }, { sourcingType: "official" }], expected: [] },
  { name: "anonymous share above the threshold", claims: [{ sourcingType: "anonymous", anonymityReason: "safety" }, { sourcingType: "anonymous", anonymityReason: "job" }, { sourcingType: "official" }, {}], expected: ["anonymous_share"] },
  { name: "decided long ago, not approved", claims: [{ sourcingType: "official", status: "decided", decidedAt: new Date(Date.now() - 100 * HOUR) }], expected: ["approval_overdue"] },
  { name: "decided recently", claims: [{ sourcingType: "official", status: "decided", decidedAt: new Date(Date.now() - 10 * HOUR) }], expected: [] },
  { name: "approved long after deciding", claims: [{ sourcingType: "media_report", status: "approved", decidedAt: new Date(Date.now() - 500 * HOUR) }], expected: [] },
  {
    name: "everything at once",
    claims: [{ sourcingType: "provided_documents" }, { sourcingType: "unattributed" }, { sourcingType: "anonymous" }, { sourcingType: "anonymous", status: "decided", decidedAt: new Date(Date.now() - 80 * HOUR) }, { sourcingType: "anonymous", anonymityReason: "safety" }],
    expected: ["provided_documents", "unattributed", "anonymous_no_reason", "approval_overdue", "anonymous_share"],
  },
];

describe("red flags: dashboard SQL and the review page's rules agree", () => {
  it("on every case of the table", async () => {
    const t = await seedTeam();
    const ids = new Map<string, string>();
    for (const c of CASES) {
      const a = await seedArticle(t.teamId, "The harbour authority met on Tuesday.", c.name);
      ids.set(c.name, a.id);
      for (const spec of c.claims) {
        await db.claim.create({ data: { teamId: t.teamId, articleId: a.id, versionId: a.versions[0]!.id, exact: "T", start: 0, end: 1, ...spec } });
      }
    }
    const dashboard = await getDashboard(t.users.viewer.session, ZDashboardFilter.parse({}));
    for (const c of CASES) {
      const row = dashboard.rows.find((r) => r.id === ids.get(c.name));
      const review = await getArticleForReview(t.users.viewer.session, ids.get(c.name)!);
      const inBrowser = articleRedFlags(review, { ...review.flagRules, now: new Date(review.renderedAt) });
      expect({ case: c.name, flags: [...row!.flags].sort() }).toEqual({ case: c.name, flags: [...c.expected].sort() });
      expect({ case: c.name, flags: [...inBrowser].sort() }).toEqual({ case: c.name, flags: [...c.expected].sort() });
    }
  });
});
