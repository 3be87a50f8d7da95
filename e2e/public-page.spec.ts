// An editor publishes a signed-off review; a reader with no account opens it, the page
// carries ClaimReview JSON-LD that names the page itself; unpublished, it is gone.
import { createArticle, e2eDb, expect, signIn, test } from "./fixtures";

const TEXT = "Minister Łukasz Zółć said the bridge opened on time. Officials said it cost $4m.";

test.describe("public fact-check page", () => {
  test("publish, read signed out with its ClaimReview, unpublish → 404", async ({ page, browser, team }) => {
    const id = await createArticle(team, "Bridge opening: a fact-check", TEXT);
    const db = e2eDb();
    const version = await db.articleVersion.findFirstOrThrow({ where: { articleId: id }, select: { id: true } });
    const rating = await db.ratingLevel.findFirstOrThrow({ where: { teamId: team.id, label: "Accurate" }, select: { id: true } });
    const base = { teamId: team.id, articleId: id, versionId: version.id, ratingId: rating.id, decidedById: team.users.reviewer.id, decidedAt: new Date() };
    await db.claim.create({ data: { ...base, exact: "Minister Łukasz Zółć said the bridge opened on time.", start: 0, end: 51, sourcingType: "official", sourcePhrase: "Łukasz Zółć", rationale: "Opening ceremony on video.", status: "approved", approvedById: team.users.editor.id, approvedAt: new Date() } });
    await db.claim.create({ data: { ...base, exact: "Officials said it cost $4m.", start: 52, end: 79, sourcingType: "anonymous", status: "decided" } });

    await signIn(page, team.users.editor);
    await page.goto(`/articles/${id}/report`);
    await page.getByRole("button", { name: "Publish review" }).click();
    const link = page.getByTestId("public-url");
    await expect(link).toBeVisible();
    const url = new URL((await link.textContent())!);
    expect(url.pathname).toMatch(/^\/f\/bridge-opening-a-fact-check-[0-9a-f]{8}$/);

    const reader = await browser.newContext();
    const pub = await reader.newPage();
    const res = await pub.goto(url.pathname);
    expect(res?.status()).toBe(200);
    await expect(pub.getByRole("heading", { level: 1 })).toHaveText("Bridge opening: a fact-check");
    await expect(pub.getByTestId("public-claim")).toHaveCount(1);
    await expect(pub.getByTestId("public-claim")).toContainText("Łukasz Zółć");
    await expect(pub.getByText("Officials said it cost $4m.")).toHaveCount(0);
    const jsonLd = JSON.parse((await pub.locator('script[type="application/ld+json"]').textContent())!) as Array<{ url: string; "@type": string; claimReviewed: string }>;
    expect(jsonLd).toHaveLength(1);
    expect(jsonLd[0]!["@type"]).toBe("ClaimReview");
    expect(jsonLd[0]!.url).toBe(`${url.href}#claim-1`);
    expect(jsonLd[0]!.claimReviewed).toBe("Minister Łukasz Zółć said the bridge opened on time.");

    await page.getByRole("button", { name: "Unpublish" }).click();
    await expect(page.getByRole("button", { name: "Publish review" })).toBeVisible();
    expect((await pub.goto(url.pathname))?.status()).toBe(404);
    await reader.close();
  });

  test("a reviewer sees no publish control, and a review with nothing approved cannot go public", async ({ page, team }) => {
    const id = await createArticle(team, "Nothing approved", TEXT);
    await signIn(page, team.users.reviewer);
    await page.goto(`/articles/${id}/report`);
    await expect(page.getByTestId("article-report")).toBeVisible();
    await expect(page.getByRole("button", { name: "Publish review" })).toHaveCount(0);
    await signIn(page, team.users.editor);
    await page.goto(`/articles/${id}/report`);
    await page.getByRole("button", { name: "Publish review" }).click();
    await expect(page.getByTestId("publish-controls").getByRole("alert")).toContainText("Nothing to publish yet");
    expect((await e2eDb().article.findUniqueOrThrow({ where: { id }, select: { publicSince: true } })).publicSince).toBeNull();
  });
});
