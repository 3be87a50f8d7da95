import { readFileSync } from "node:fs";
import { createArticle, e2eDb, expect, signIn, test, type TE2eTeam } from "./fixtures";

// Seeds claims straight into PostgreSQL: the dashboard is about what is stored.
async function seedReviewedArticles(team: TE2eTeam) {
  const db = e2eDb();
  const ratings = await db.ratingLevel.findMany({ where: { teamId: team.id }, select: { id: true, label: true } });
  const rating = (label: string) => ratings.find((r) => r.label === label)!.id;
  const mk = async (title: string, publishedAt: string, claims: Array<Record<string, unknown>>) => {
    const id = await createArticle(team, title, `${title}. Body text for ${title}.`);
    await db.article.update({ where: { id }, data: { publishedAt: new Date(publishedAt) } });
    const version = await db.articleVersion.findFirstOrThrow({ where: { articleId: id }, select: { id: true } });
    for (const c of claims) await db.claim.create({ data: { teamId: team.id, articleId: id, versionId: version.id, exact: "claim", start: 0, end: 5, ...c } as never });
    return id;
  };
  const flagged = await mk("Ministry memo leak", "2026-01-10T00:00:00Z", [
    { sourcingType: "provided_documents", status: "decided", ratingId: rating("Unsupported"), decidedById: team.users.editor.id, decidedAt: new Date() },
    { sourcingType: "anonymous", status: "approved", ratingId: rating("Accurate"), anonymityReason: "fear of reprisal", decidedById: team.users.editor.id, approvedById: team.users.admin.id },
    { sourcingType: "anonymous" },
  ]);
  const clean = await mk("Budget vote passes", "2026-02-20T00:00:00Z", [
    { sourcingType: "official", status: "approved", ratingId: rating("Accurate"), decidedById: team.users.reviewer.id, approvedById: team.users.admin.id },
    { sourcingType: "named_person", status: "approved", ratingId: rating("Mostly accurate"), decidedById: team.users.reviewer.id, approvedById: team.users.admin.id },
  ]);
  return { flagged, clean };
}

test.describe("dashboard", () => {
  test("filters change the table and the URL; red flags show; a shared URL reproduces the view", async ({ page, team }) => {
    const { flagged } = await seedReviewedArticles(team);
    await signIn(page, team.users.viewer);
    await page.goto("/");
    const rows = page.getByTestId("dashboard-row");
    await expect(rows).toHaveCount(2);
    const flaggedRow = rows.filter({ hasText: "Ministry memo leak" });
    await expect(flaggedRow).toContainText("Sourced to “documents you provided”");
    await expect(flaggedRow).toContainText("Anonymous share above the team's threshold");
    await expect(flaggedRow).toContainText("Anonymous source without a reason for anonymity");
    await expect(rows.filter({ hasText: "Budget vote passes" })).toContainText("100%");

    const filters = page.getByRole("search", { name: "Filter articles" });
    await filters.getByLabel("Sourcing type").selectOption("official");
    await expect(page).toHaveURL(/[?&]sourcing=official/);
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText("Budget vote passes");

    await filters.getByLabel("Sourcing type").selectOption("");
    await expect(rows).toHaveCount(2);
    await filters.getByLabel("Red flags only").check();
    await expect(page).toHaveURL(/flagged=1/);
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText("Ministry memo leak");

    await filters.getByLabel("Red flags only").uncheck();
    await filters.getByLabel("Search title and text").fill("budget");
    await expect(page).toHaveURL(/q=budget/);
    await expect(rows).toHaveCount(1);

    const shared = new URL(page.url());
    await page.goto(`/?${shared.searchParams}`);
    await expect(rows).toHaveCount(1);
    await expect(filters.getByLabel("Search title and text")).toHaveValue("budget");

    await page.goto(`/articles/${flagged}`);
    await expect(page.getByTestId("article-red-flags")).toContainText("documents you provided");
  });

  test("a chart renders and its table alternative holds the same numbers", async ({ page, team }) => {
    await seedReviewedArticles(team);
    await signIn(page, team.users.viewer);
    await page.goto("/");
    const charts = page.getByTestId("dashboard-charts");
    await expect(charts.locator("svg.recharts-surface").first()).toBeVisible();
    await expect(charts.locator(".recharts-bar-rectangle").first()).toBeVisible();
    const card = page.getByRole("figure", { name: "Verdicts by sourcing type" });
    await card.getByText("Show as table").click();
    const table = page.getByTestId("table-verdicts-by-sourcing");
    await expect(table.getByRole("row", { name: /Anonymous/ })).toContainText("1");
    const official = await table.getByRole("row", { name: /^Official/ }).getByRole("cell").allTextContents();
    // Official: one Accurate claim, nothing else.
    expect(official.map(Number).reduce((a, b) => a + b, 0)).toBe(1);
    // Every chart has a legend naming what its colours mean.
    const mix = page.getByRole("figure", { name: "Sourcing mix over time" });
    await expect(mix.locator(".recharts-legend-item-text").filter({ hasText: "Anonymous" })).toBeVisible();
    await expect(mix.locator(".recharts-legend-item-text").filter({ hasText: "Official" })).toBeVisible();
    await expect(page.getByRole("figure", { name: "Share of claims resting on anonymous sources" }).locator(".recharts-legend-item-text")).toHaveText(["Anonymous share"]);
    await mix.getByText("Show as table").click();
    await expect(page.getByTestId("table-sourcing-by-month").getByRole("row", { name: /Jan 2026/ })).toBeVisible();
    await expect(page.getByTestId("summary-Claims")).toHaveText("5");
    await expect(page.getByTestId("summary-Resting on anonymous sources")).toHaveText("40%");
  });

  test("dates and numbers read in the team's locale, one format on the page", async ({ page, team }) => {
    await seedReviewedArticles(team);
    await signIn(page, team.users.admin);
    await page.goto("/settings/team");
    await page.getByLabel("Dates and times in (language tag)").fill("pl-PL");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
    await page.goto("/");
    const row = page.getByTestId("dashboard-row").filter({ hasText: "Ministry memo leak" });
    await expect(row.locator("time")).toHaveText("10 sty 2026");
    await expect(row.locator("time")).toHaveAttribute("datetime", "2026-01-10T00:00:00.000Z");
    const mix = page.getByRole("figure", { name: "Sourcing mix over time" });
    await mix.getByText("Show as table").click();
    await expect(page.getByTestId("table-sourcing-by-month").getByRole("row", { name: /sty 2026/ })).toBeVisible();
    // No ISO date is left on the page for a reader to decode.
    expect(await page.locator("main").innerText()).not.toMatch(/\b20\d\d-\d\d(-\d\d)?\b/);
  });

  test("each export downloads in the browser and holds only this team's data", async ({ page, team }) => {
    const { flagged } = await seedReviewedArticles(team);
    const rival = await import("./fixtures").then((m) => m.createTeam("rival"));
    await createArticle(rival, "Rival scoop", "Rival text.");
    await signIn(page, team.users.editor);
    for (const [fmt, name] of [["csv", /\.csv$/], ["json", /\.json$/], ["md", /\.md$/], ["claimreview", /\.claimreview\.jsonld$/], ["pdf", /\.pdf$/]] as const) {
      await page.goto("/");
      await page.getByText("Export", { exact: true }).click();
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: { csv: "CSV", json: "JSON", md: "Markdown", claimreview: "ClaimReview", pdf: "PDF" }[fmt], exact: true }).click()]);
      expect(download.suggestedFilename()).toMatch(name);
      const body = readFileSync((await download.path())!);
      if (fmt === "pdf") {
        expect(body.subarray(0, 5).toString()).toBe("%PDF-");
        continue;
      }
      const text = body.toString("utf8");
      expect(text).not.toContain("Rival scoop");
      if (fmt === "csv") {
        expect(text.charCodeAt(0)).toBe(0xfeff);
        expect(text).toContain("Ministry memo leak");
      }
      if (fmt === "claimreview") {
        const reviews = JSON.parse(text) as Array<Record<string, unknown>>;
        expect(reviews).toHaveLength(3); // approved claims only
        for (const r of reviews) expect(r).toMatchObject({ "@context": "https://schema.org", "@type": "ClaimReview" });
      }
    }
    const res = await page.request.get(`/api/articles/${flagged}/export/json`);
    expect(res.ok()).toBeTruthy();
  });

  test("a member of another team gets nothing from exports", async ({ page, team }) => {
    const { flagged } = await seedReviewedArticles(team);
    const rival = await import("./fixtures").then((m) => m.createTeam("rival"));
    await signIn(page, rival.users.admin);
    for (const fmt of ["csv", "json", "md", "claimreview", "pdf"]) {
      const res = await page.request.get(`/api/articles/${flagged}/export/${fmt}`);
      expect(res.status()).toBe(404);
      expect(await res.text()).not.toContain("Ministry memo leak");
    }
    const csv = await (await page.request.get("/api/exports/csv")).text();
    expect(csv).not.toContain("Ministry memo leak");
    const anon = await page.context().browser()!.newContext({ baseURL: test.info().project.use.baseURL });
    expect((await anon.request.get("/api/exports/csv")).status()).toBe(401);
    await anon.close();
  });

  test("a 10,000-claim export runs in the background, shows progress and completes", async ({ page, team }) => {
    const db = e2eDb();
    const id = await createArticle(team, "Ten thousand claims", "x".repeat(200));
    const version = await db.articleVersion.findFirstOrThrow({ where: { articleId: id }, select: { id: true } });
    await db.$executeRaw`
      INSERT INTO claims (team_id, article_id, version_id, exact, start, "end", sourcing_type, updated_at)
      SELECT ${team.id}::uuid, ${id}::uuid, ${version.id}::uuid, 'claim ' || g, g % 190, g % 190 + 5,
             (ARRAY['anonymous','official','documents','named_person']::"SourcingType"[])[1 + g % 4], now()
      FROM generate_series(1, 10000) g`;
    await signIn(page, team.users.viewer);
    await page.goto("/");
    await page.getByText("Export", { exact: true }).click();
    await page.getByRole("link", { name: "CSV", exact: true }).click();
    await expect(page).toHaveURL(/\/exports\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("progressbar", { name: "Export progress" })).toBeVisible();
    await expect(page.getByText("10,000 claims.")).toBeVisible();
    const link = page.getByRole("link", { name: /Download sourcebench-dashboard-/ });
    await expect(link).toBeVisible({ timeout: 60_000 });
    await expect(page.getByTestId("export-status")).toHaveText("Done.");
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    const lines = readFileSync((await download.path())!, "utf8").trim().split("\r\n");
    expect(lines).toHaveLength(10_001);
  });
});
