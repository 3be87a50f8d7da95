// Guards against N+1 queries: the dashboard and the review page must send the same
// number of SQL statements to PostgreSQL for a team with 3 articles and 2 claims as
// for one with 40 articles and 200 claims on the reviewed article.
//
// Counting happens at the pg driver (see tests/support/capture-sql.ts), which sees
// every statement that goes over the wire, Prisma's separate relation loads included.
// Prisma's $on("query") log would need a change to lib/db.ts and leaves out the
// adapter's BEGIN.
import { describe, expect, it } from "vitest";
import { getArticleForReview } from "@/lib/articles/get-article-for-review";
import { db } from "@/lib/db";
import { getDashboard } from "@/lib/reviews/get-dashboard";
import { PAGE_SIZE, ZDashboardFilter } from "@/lib/reviews/schemas";
import { captureSql } from "../support/capture-sql";
import { seedArticle, seedTeam, type TSeededTeam } from "../support/factory";

// The counts measured when this test was written; raise them only for a deliberate,
// fixed-size extra query, never for one that repeats per row.
const DASHBOARD_CEILING = 7;
// 13: the review page reads the article's newest URL-import capture ("Captured … from …"), one fixed query.
const REVIEW_CEILING = 13;

async function measure<T>(fn: () => Promise<T>): Promise<{ result: T; sql: string[] }> {
  let result: T | undefined;
  const queries = await captureSql(async () => {
    result = await fn();
  });
  return { result: result as T, sql: queries.map((q) => q.text) };
}

const TEXT = "The harbour authority met on Tuesday and approved the sale of the old pier.";

// Claims, evidence, comments and extra members of every kind the two pages read.
async function addClaims(t: TSeededTeam, articleId: string, versionId: string, n: number, deciders: string[]) {
  const ratings = await db.ratingLevel.findMany({ where: { teamId: t.teamId }, select: { id: true } });
  const types = ["anonymous", "official", "documents", "named_person"] as const;
  const claims = await db.claim.createManyAndReturn({
    data: Array.from({ length: n }, (_, i) => ({
      teamId: t.teamId, articleId, versionId, exact: "harbour", start: 4 + (i % 10), end: 11 + (i % 10),
      sourcingType: types[i % types.length], status: (["open", "decided", "approved"] as const)[i % 3],
      ratingId: i % 3 === 0 ? null : ratings[i % ratings.length]!.id,
      assigneeId: deciders[i % deciders.length], decidedById: i % 3 ? deciders[(i + 1) % deciders.length] : null,
      decidedAt: i % 3 ? new Date() : null, approvedById: i % 3 === 2 ? t.users.editor.id : null, approvedAt: i % 3 === 2 ? new Date() : null,
    })),
    select: { id: true },
  });
  await db.evidence.createMany({ data: claims.flatMap((c) => [1, 2].map((k) => ({ teamId: t.teamId, articleId, claimId: c.id, url: `https://example.test/${c.id}/${k}` }))) });
  await db.comment.createMany({ data: claims.map((c) => ({ teamId: t.teamId, claimId: c.id, authorId: t.users.reviewer.id, body: "Checked." })) });
}

async function addMembers(t: TSeededTeam, n: number): Promise<string[]> {
  const users = await db.user.createManyAndReturn({
    data: Array.from({ length: n }, (_, i) => ({ email: `extra-${i}-${t.teamId}@test.sourcebench.test`, name: `Extra ${i}` })),
    select: { id: true },
  });
  await db.membership.createMany({ data: users.map((u) => ({ userId: u.id, teamId: t.teamId, role: "reviewer" as const })) });
  return users.map((u) => u.id);
}

describe("query count", () => {
  it("dashboard and review page send a fixed number of queries, whatever the number of rows", async () => {
    const t = await seedTeam("query-count");
    const reviewed = await seedArticle(t.teamId, TEXT, "Reviewed article");
    const versionId = reviewed.versions[0]!.id;
    for (const title of ["Second", "Third"]) await seedArticle(t.teamId, TEXT, title);
    await addClaims(t, reviewed.id, versionId, 2, [t.users.reviewer.id]);

    const session = t.users.reviewer.session;
    const filter = ZDashboardFilter.parse({});
    const dashSmall = await measure(() => getDashboard(session, filter));
    const reviewSmall = await measure(() => getArticleForReview(session, reviewed.id));
    expect(dashSmall.result.total).toBe(3);
    expect(reviewSmall.result.claims).toHaveLength(2);
    // Zero would mean the driver patch missed Prisma's pg, not that nothing was read.
    expect(dashSmall.sql.length).toBeGreaterThan(0);

    const extra = await addMembers(t, 10);
    await addClaims(t, reviewed.id, versionId, 198, extra);
    for (let i = 0; i < 37; i++) {
      const a = await seedArticle(t.teamId, TEXT, `Filler ${i}`);
      await addClaims(t, a.id, a.versions[0]!.id, 3, extra);
    }

    const dashLarge = await measure(() => getDashboard(session, filter));
    const reviewLarge = await measure(() => getArticleForReview(session, reviewed.id));
    console.info("SQL statements sent to PostgreSQL", {
      dashboard: { small: dashSmall.sql.length, large: dashLarge.sql.length },
      review: { small: reviewSmall.sql.length, large: reviewLarge.sql.length },
    });

    // The larger data is really there and really read.
    const d = dashLarge.result;
    expect(d.total).toBe(40);
    expect(d.rows).toHaveLength(PAGE_SIZE);
    expect(d.summary).toMatchObject({ articles: 40, claims: 200 + 37 * 3 });
    expect(d.members.length).toBe(dashSmall.result.members.length + 10);
    const r = reviewLarge.result;
    expect(r.claims).toHaveLength(200);
    expect(r.claims.every((c) => c.evidence.length === 2)).toBe(true);
    expect(r.claims.filter((c) => c.ratingLabel).length).toBeGreaterThan(100);
    expect(r.claims.filter((c) => c.approvedAt).length).toBeGreaterThan(50);
    expect(r.members).toHaveLength(reviewSmall.result.members.length + 10);

    // The statements themselves are in the failure message, to show which one repeats.
    expect(dashLarge.sql.length, dashLarge.sql.join("\n")).toBe(dashSmall.sql.length);
    expect(reviewLarge.sql.length, reviewLarge.sql.join("\n")).toBe(reviewSmall.sql.length);
    expect(dashLarge.sql.length, dashLarge.sql.join("\n")).toBeLessThanOrEqual(DASHBOARD_CEILING);
    expect(reviewLarge.sql.length, reviewLarge.sql.join("\n")).toBeLessThanOrEqual(REVIEW_CEILING);
  });
});
