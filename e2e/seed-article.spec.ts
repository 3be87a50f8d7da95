// The seed article lives in ../shared (present on the team's machines and CI, absent on
// a user's); its text is read at test time and never copied into the project.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, signIn, test } from "./fixtures";
import { addClaimWithMouse, claimForm, openClaim, saveClaim } from "./review-helpers";
import { analyse } from "../lib/attribution/index";
import { SOURCING_TYPES, type TSourcingType } from "../lib/claims/sourcing-types";

const LABELS = path.resolve(process.cwd(), "tests/fixtures/attribution/seed-article.labels.json");

const SEED = path.resolve(process.cwd(), "../shared/fixtures/seed-article.txt");
const present = existsSync(SEED);
if (!present) console.log(`Skipping the seed-article journey: ${SEED} is not on this machine.`);

// The sentence of the seed article that contains `marker`, as it appears in the file.
function sentenceWith(text: string, marker: string): string {
  const at = text.indexOf(marker);
  if (at < 0) throw new Error(`The seed article no longer contains "${marker}"`);
  const before = text.slice(0, at);
  const start = Math.max(before.lastIndexOf(". ") + 2, before.lastIndexOf("\n") + 1, 0);
  const rest = text.slice(at);
  const stop = rest.search(/[.!?](\s|$)/);
  return text.slice(start, at + (stop < 0 ? rest.length : stop + 1));
}

test.describe("seed article", () => {
  test.skip(!present, `seed article absent: ${SEED}`);

  test("imported through the UI and reviewed: red flag, anonymous second-hand, official — all persist", async ({ page, team }) => {
    test.setTimeout(120_000); // a long journey: import, three claims, a reload
    const text = readFileSync(SEED, "utf8");
    await signIn(page, team.users.reviewer);
    await page.goto("/articles/new");
    await page.getByLabel("Title").fill("Seed article: Trump–Maduro call");
    await page.getByLabel("Outlet").fill("Seed outlet");
    await page.getByLabel("URL").fill("https://example.org/seed-article");
    await page.getByLabel("Article text").fill(text);
    await page.getByRole("button", { name: "Add article" }).click();
    await expect(page).toHaveURL(/\/articles\/[0-9a-f-]{36}$/);

    const provided = sentenceWith(text, "according to documents you provided me");
    const nyt = sentenceWith(text, "cited in a report from The New York Times");
    const official = sentenceWith(text, "The Trump Administration maintains");

    await addClaimWithMouse(page, provided);
    await claimForm(page).getByLabel("Sourcing type").selectOption("provided_documents");
    await expect(claimForm(page).getByText("⚑ Writer-addressed sourcing")).toBeVisible();
    await claimForm(page).getByLabel("Cue").fill("according to");
    await saveClaim(page);

    await addClaimWithMouse(page, nyt);
    await claimForm(page).getByLabel("Sourcing type").selectOption("anonymous");
    await claimForm(page).getByLabel("Source (who)").fill("several people with knowledge of the contact (via The New York Times)");
    await claimForm(page).getByLabel("First- or second-hand").selectOption("second_hand");
    await claimForm(page).getByLabel("Why was anonymity granted?").fill("Not authorized to speak publicly on the matter.");
    await saveClaim(page);

    await addClaimWithMouse(page, official);
    await claimForm(page).getByLabel("Sourcing type").selectOption("official");
    await claimForm(page).getByLabel("Source (who)").fill("The Trump Administration");
    await claimForm(page).getByLabel("Cue").fill("maintains");
    await saveClaim(page);

    await page.reload();
    await expect(page.getByTestId("claim-item")).toHaveCount(3);
    await expect(page.getByTestId("claim-item").filter({ hasText: "Documents you provided" })).toContainText("⚑ Red flag");

    await openClaim(page, "President Donald Trump held a phone call");
    await expect(claimForm(page).getByLabel("Sourcing type")).toHaveValue("anonymous");
    await expect(claimForm(page).getByLabel("First- or second-hand")).toHaveValue("second_hand");
    await expect(claimForm(page).getByLabel("Why was anonymity granted?")).toHaveValue("Not authorized to speak publicly on the matter.");
    await expect(page.getByTestId("claim-history")).toContainText("Reason for anonymity: — → “Not authorized to speak publicly on the matter.”");

    await openClaim(page, "The Trump Administration maintains");
    await expect(claimForm(page).getByLabel("Sourcing type")).toHaveValue("official");
    await expect(page.getByTestId("claim-history")).toContainText("Sourcing: — → Official");

    await openClaim(page, provided.slice(0, 40));
    await expect(claimForm(page).getByText("addressed to the writer, not the reader")).toBeVisible();
    await expect(page.getByTestId("claim-history")).toContainText("Sourcing: — → Documents you provided");
  });
});

test.describe("seed article, keyboard only", () => {
  test.skip(!present, `seed article absent: ${SEED}`);

  test("every attribution tagged with the number keys alone: no mouse, and each sentence is on screen when tagged", async ({ page, team }) => {
    const { createArticle, e2eDb } = await import("./fixtures");
    const text = readFileSync(SEED, "utf8");
    const { sentences } = analyse(text);
    const labels = (JSON.parse(readFileSync(LABELS, "utf8")) as { labels: Array<{ i: number; type: string }> }).labels;
    // Every labelled attribution (the attributed types; "no attribution" is not one).
    const want = new Map<string, TSourcingType>();
    for (const l of labels) {
      if (l.type === "none" || l.type === "unattributed") continue;
      const s = sentences[l.i]!;
      want.set(text.slice(s.start, s.end).trim(), l.type as TSourcingType);
    }
    expect(want.size).toBeGreaterThanOrEqual(8);
    const id = await createArticle(team, "Seed article, keyboard", text);
    await page.setViewportSize({ width: 1440, height: 900 });
    await signIn(page, team.users.reviewer);
    await page.goto(`/articles/${id}`);
    await expect(page.getByTestId("article-text")).toHaveAttribute("data-interactive", "true");
    await page.evaluate(() => {
      const w = window as unknown as { pointerEvents: number };
      w.pointerEvents = 0;
      for (const t of ["mousedown", "click", "wheel", "pointerdown"]) window.addEventListener(t, (e) => { if (e.isTrusted) w.pointerEvents++; }, true);
    });
    for (let i = 0; i < 40 && !(await page.getByTestId("article-text").evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
    await expect(page.getByTestId("article-text")).toBeFocused();

    const pending = page.locator('[data-testid="article-text"] [data-pending]');
    const tagged = new Map<string, TSourcingType>();
    let last = "";
    for (let step = 0; step < 60; step++) {
      await page.keyboard.press("ArrowDown");
      await expect(pending.first()).toBeVisible();
      const now = (await pending.allTextContents()).join("").trim();
      if (now === last) break; // the cursor is at the last sentence
      last = now;
      const type = want.get(now);
      if (!type) continue;
      await expect(pending.first()).toBeInViewport();
      await page.keyboard.press(String(SOURCING_TYPES.indexOf(type) + 1));
      tagged.set(now, type);
      await expect(page.getByTestId("claim-item")).toHaveCount(tagged.size);
      await expect(page.getByTestId("article-text")).toBeFocused();
    }
    expect([...tagged.keys()].sort()).toEqual([...want.keys()].sort());
    expect(await page.evaluate(() => (window as unknown as { pointerEvents: number }).pointerEvents)).toBe(0);

    const stored = await e2eDb().claim.findMany({ where: { articleId: id }, select: { exact: true, sourcingType: true } });
    expect(new Map(stored.map((c) => [c.exact.trim(), c.sourcingType]))).toEqual(want);
  });
});

test.describe("seed article on the dashboard and in ClaimReview", () => {
  test.skip(!present, `seed article absent: ${SEED}`);

  test("the dashboard flags writer-addressed sourcing; ClaimReview has one object per approved claim", async ({ page, team }) => {
    const { createArticle, e2eDb } = await import("./fixtures");
    const { missingClaimReviewFields } = await import("../lib/exports/claim-review");
    const id = await createArticle(team, "Seed article reviewed", readFileSync(SEED, "utf8"));
    const db = e2eDb();
    // Offsets index into the text as stored, which intake made canonical.
    const version = await db.articleVersion.findFirstOrThrow({ where: { articleId: id }, select: { id: true, text: true } });
    const text = version.text;
    const ratings = Object.fromEntries((await db.ratingLevel.findMany({ where: { teamId: team.id } })).map((r) => [r.label, r.id]));
    const claim = async (marker: string, data: Record<string, unknown>) => {
      const exact = sentenceWith(text, marker);
      const start = text.indexOf(exact);
      await db.claim.create({ data: { teamId: team.id, articleId: id, versionId: version.id, exact, start, end: start + exact.length, ...data } as never });
    };
    const approved = { status: "approved", decidedById: team.users.reviewer.id, decidedAt: new Date(), approvedById: team.users.editor.id, approvedAt: new Date() };
    await claim("according to documents you provided me", { sourcingType: "provided_documents", ratingId: ratings.Unsupported, ...approved });
    await claim("cited in a report from The New York Times", { sourcingType: "anonymous", hand: "second_hand", anonymityReason: "Not authorized to speak publicly.", sourcePhrase: "several people with knowledge of the contact", ratingId: ratings.Unverifiable, ...approved });
    await claim("The Trump Administration maintains", { sourcingType: "official", sourcePhrase: "The Trump Administration", ratingId: ratings["Mostly accurate"], status: "decided", decidedById: team.users.reviewer.id, decidedAt: new Date() });

    await signIn(page, team.users.viewer);
    await page.goto("/");
    await expect(page.getByTestId("dashboard-row").filter({ hasText: "Seed article reviewed" })).toContainText("Sourced to “documents you provided”");
    const reviews = (await (await page.request.get(`/api/articles/${id}/export/claimreview`)).json()) as unknown[];
    expect(reviews).toHaveLength(2);
    for (const r of reviews) expect(missingClaimReviewFields(r)).toEqual([]);
  });
});
