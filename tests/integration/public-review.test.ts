// The public fact-check page's data: publishing needs an editor and an approved verdict,
// the page shows approved claims only and names itself as the ClaimReview url, and it
// is gone the moment the review is unpublished.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { claimReviews, missingClaimReviewFields } from "@/lib/exports/claim-review";
import { readPublicReview } from "@/lib/public/get-public-review";
import { publishArticleReview, unpublishArticleReview } from "@/lib/public/publish-review";
import { seedArticle, seedTeam, type TSeededTeam } from "../support/factory";

async function seedReview(t: TSeededTeam, approve: boolean) {
  const a = await seedArticle(t.teamId, "Łukasz Zółć said the bridge opened. Officials said it cost $4m.", "Bridge: a fact-check");
  const v = a.versions[0]!.id;
  const rating = await db.ratingLevel.findFirstOrThrow({ where: { teamId: t.teamId, label: "Accurate" }, select: { id: true } });
  const base = { teamId: t.teamId, articleId: a.id, versionId: v, ratingId: rating.id, decidedById: t.users.reviewer.id, decidedAt: new Date() };
  await db.claim.create({ data: { ...base, exact: "Łukasz Zółć said the bridge opened.", start: 0, end: 35, sourcingType: "named_person", sourcePhrase: "Łukasz Zółć", status: approve ? "approved" : "decided", ...(approve ? { approvedById: t.users.editor.id, approvedAt: new Date() } : {}) } });
  await db.claim.create({ data: { ...base, exact: "Officials said it cost $4m.", start: 36, end: 63, sourcingType: "anonymous", status: "decided" } });
  return a.id;
}

const code = async (p: Promise<unknown>) => p.then(() => "OK", (e: unknown) => (e instanceof AppError ? e.code : String(e)));

describe("public review page", () => {
  it("needs an editor and an approved verdict; shows approved claims only; unpublishing takes it down", async () => {
    const t = await seedTeam();
    const unapproved = await seedReview(t, false);
    expect(await code(publishArticleReview(t.users.editor.session, { articleId: unapproved, noindex: false }))).toBe("VALIDATION");
    const id = await seedReview(t, true);
    expect(await code(publishArticleReview(t.users.reviewer.session, { articleId: id, noindex: false }))).toBe("FORBIDDEN");
    expect(await db.article.findUniqueOrThrow({ where: { id }, select: { publicSince: true } })).toEqual({ publicSince: null });

    const pub = await publishArticleReview(t.users.editor.session, { articleId: id, noindex: true });
    expect(pub.slug).toMatch(/^bridge-a-fact-check-[0-9a-f]{8}$/);
    expect(pub.url).toMatch(new RegExp(`/f/${pub.slug}$`));
    const page = await readPublicReview(pub.slug);
    expect(page?.noindex).toBe(true);
    expect(page?.article.claims.map((c) => c.quote)).toEqual(["Łukasz Zółć said the bridge opened."]);
    const reviews = claimReviews(page!.report);
    expect(reviews).toHaveLength(1);
    expect(reviews[0]!.url).toBe(`${pub.url}#claim-1`);
    expect(missingClaimReviewFields(reviews[0])).toEqual([]);
    expect(await db.auditEvent.count({ where: { articleId: id, action: "article.published" } })).toBe(1);

    await unpublishArticleReview(t.users.editor.session, { articleId: id });
    expect(await readPublicReview(pub.slug)).toBeNull();
    // Publishing again keeps the address readers already have.
    const again = await publishArticleReview(t.users.editor.session, { articleId: id, noindex: false });
    expect(again.slug).toBe(pub.slug);
  });

  it("another team's editor cannot publish or unpublish it, and an unknown slug is nothing", async () => {
    const [t, other] = await Promise.all([seedTeam(), seedTeam("other")]);
    const id = await seedReview(t, true);
    expect(await code(publishArticleReview(other.users.editor.session, { articleId: id, noindex: false }))).toBe("NOT_FOUND");
    const pub = await publishArticleReview(t.users.editor.session, { articleId: id, noindex: false });
    expect(await code(unpublishArticleReview(other.users.admin.session, { articleId: id }))).toBe("NOT_FOUND");
    expect(await readPublicReview(pub.slug)).not.toBeNull();
    expect(await readPublicReview("no-such-review-00000000")).toBeNull();
    expect(await readPublicReview("../etc/passwd")).toBeNull();
  });
});
