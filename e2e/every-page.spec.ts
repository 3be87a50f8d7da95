// Every page (the public fact-check page too), as a phone, a tablet and a desktop show it: nothing scrolls sideways,
// the header's links are reachable (in a menu on narrow screens), and axe finds no
// serious or critical issue with the charts drawn. Screenshots of each page at each
// size go into the test output for people to look at.
import AxeBuilder from "@axe-core/playwright";
import { expect, createArticle, e2eDb, signIn, test, type TE2eTeam } from "./fixtures";
import { DEMO_ARTICLE } from "../lib/seed/demo-article";
import type { Page, TestInfo } from "@playwright/test";

const SIZES = [
  { name: "phone", width: 390, height: 844 },
  { name: "tablet", width: 768, height: 1024 },
  { name: "desktop", width: 1440, height: 900 },
] as const;

// International and long unbroken text: the pages must wrap it, not widen.
const WIDE_TEXT = `${DEMO_ARTICLE.text}\n\nŁukasz Zółć, the minister, said the “ΑΒΓΔ” report was wrong. Источник сообщил, что документ подлинный. قال المتحدث إن القرار نهائي. 发言人说这个决定是最终的。 https://example.org/a/very/long/path/that/never/breaks/${"x".repeat(120)}`;

type TPages = { path: string; name: string; ready: (p: Page) => Promise<void> }[];

async function fixtures(team: TE2eTeam): Promise<{ articleId: string; exportId: string }> {
  const articleId = await createArticle(team, `Ministry of Ünïcode: a headline long enough to wrap on a phone ${"—".repeat(3)} and then some more words`, WIDE_TEXT);
  const db = e2eDb();
  const version = await db.articleVersion.findFirstOrThrow({ where: { articleId }, select: { id: true, text: true } });
  const exact = "Łukasz Zółć, the minister, said the “ΑΒΓΔ” report was wrong.";
  const start = version.text.indexOf(exact);
  const rating = await db.ratingLevel.findFirstOrThrow({ where: { teamId: team.id }, select: { id: true } });
  await db.claim.create({
    data: { teamId: team.id, articleId, versionId: version.id, exact, start, end: start + exact.length, sourcingType: "official", sourcePhrase: "Łukasz Zółć", ratingId: rating.id, status: "decided", decidedById: team.users.reviewer.id, decidedAt: new Date() },
  });
  // Its review published, for the public page.
  await db.claim.updateMany({ where: { articleId }, data: { status: "approved", approvedById: team.users.editor.id, approvedAt: new Date() } });
  await db.article.update({ where: { id: articleId }, data: { publicSlug: `layout-${articleId.slice(0, 8)}`, publicSince: new Date() } });
  const job = await db.exportJob.create({
    data: { teamId: team.id, requestedById: team.users.editor.id, format: "csv", filter: {}, status: "done", progress: 1, total: 1, fileName: "claims.csv", content: Buffer.from("a,b\n"), finishedAt: new Date() },
    select: { id: true },
  });
  return { articleId, exportId: job.id };
}

const signedIn = (articleId: string, exportId: string): TPages => [
  { path: "/", name: "dashboard", ready: async (p) => { await expect(p.getByRole("figure", { name: "Sourcing mix over time" })).toBeVisible(); await expect(p.locator(".recharts-surface").first()).toBeVisible(); } },
  { path: `/articles/${articleId}`, name: "review", ready: async (p) => { await expect(p.getByTestId("article-text")).toBeVisible(); } },
  { path: `/articles/${articleId}/report`, name: "report", ready: async (p) => { await expect(p.getByRole("heading", { level: 1 })).toBeVisible(); } },
  { path: "/articles/new", name: "new-article", ready: async (p) => { await expect(p.getByLabel("Article text")).toBeVisible(); } },
  { path: "/settings/team", name: "team-settings", ready: async (p) => { await expect(p.getByRole("button", { name: "Create invite link" })).toBeVisible(); } },
  { path: `/exports/${exportId}`, name: "export", ready: async (p) => { await expect(p.getByText("Done.")).toBeVisible(); } },
  { path: "/teams/new", name: "new-team", ready: async (p) => { await expect(p.getByRole("heading", { level: 1 })).toBeVisible(); } },
];

async function checkPage(page: Page, info: TestInfo, size: (typeof SIZES)[number], name: string): Promise<void> {
  const widths = await page.evaluate(() => {
    // The outermost elements that stick out, to name in a failure.
    const out = [...document.querySelectorAll("body *")].filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5 && !(el.parentElement && el.parentElement.getBoundingClientRect().right > window.innerWidth + 0.5));
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}.${[...el.classList].slice(0, 4).join(".")} (${Math.round(el.getBoundingClientRect().right)}px)`;
    return { scroll: document.documentElement.scrollWidth, inner: window.innerWidth, wide: out.slice(0, 5).map(name).join("; ") };
  });
  const shot = info.outputPath(`${name}-${size.name}-${size.width}.png`);
  await page.screenshot({ path: shot, fullPage: true });
  await info.attach(`${name} at ${size.width}×${size.height}`, { path: shot, contentType: "image/png" });
  expect(widths.scroll, `${name} at ${size.width}px scrolls sideways: ${widths.wide}`).toBeLessThanOrEqual(widths.inner);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(bad.map((v) => `${name}@${size.width}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

test.describe("every page at every size", () => {
  for (const size of SIZES) {
    test(`${size.name} ${size.width}×${size.height}: no sideways scroll, no serious axe issue`, async ({ page, browser, team }, info) => {
      test.setTimeout(180_000);
      const { articleId, exportId } = await fixtures(team);
      await page.setViewportSize({ width: size.width, height: size.height });

      // Signed out: the sign-in page, an invite link and a published fact-check.
      const anon = await browser.newContext({ viewport: { width: size.width, height: size.height } });
      const out = await anon.newPage();
      await out.goto("/signin");
      await expect(out.getByRole("button", { name: "Sign in" })).toBeVisible();
      await checkPage(out, info, size, "sign-in");

      await signIn(page, team.users.admin);
      await page.goto("/settings/team");
      await page.getByLabel("E-mail", { exact: true }).fill(`layout-${Date.now()}@e2e.sourcebench.test`);
      await page.getByRole("button", { name: "Create invite link" }).click();
      const link = await page.getByLabel("Invite link").inputValue();
      await out.goto(link);
      await expect(out.getByRole("heading", { level: 1 })).toBeVisible();
      await checkPage(out, info, size, "invite");
      await out.goto(`/f/layout-${articleId.slice(0, 8)}`);
      await expect(out.getByTestId("public-claim")).toHaveCount(1);
      await checkPage(out, info, size, "public-review");
      await anon.close();

      for (const p of signedIn(articleId, exportId)) {
        await page.goto(p.path);
        await p.ready(page);
        await checkPage(page, info, size, p.name);
      }

      // The header's links are on screen or one tap away in the menu.
      await page.goto("/");
      const menu = page.getByRole("button", { name: "Menu" });
      if (size.width < 1024) {
        await expect(page.getByRole("link", { name: "Team settings" })).toBeHidden();
        await menu.click();
      } else {
        await expect(menu).toBeHidden();
      }
      for (const name of ["Dashboard", "New article", "Team settings"]) await expect(page.getByRole("link", { name, exact: true })).toBeInViewport();
      await expect(page.getByRole("button", { name: "Sign out" })).toBeInViewport();
    });
  }
});
