import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { DEMO_ARTICLE } from "../lib/seed/demo-article";
import { createArticle, e2eDb, expect, signIn, test } from "./fixtures";

const SEED = path.resolve(process.cwd(), "../shared/fixtures/seed-article.txt");
const seedPresent = existsSync(SEED);
if (!seedPresent) console.log(`Skipping the seed-article suggestion journey: ${SEED} is not on this machine.`);

async function reviewWithKeyboard(page: Page, articleId: string) {
  await page.goto(`/articles/${articleId}`);
  await page.getByRole("button", { name: "Suggest claims" }).click();
  const panel = page.getByTestId("suggestion-panel");
  await expect(panel.getByTestId("current-suggestion")).toBeVisible();
  await expect(page.locator('[data-testid="article-text"] [data-suggestion]').first()).toBeVisible();
  await expect(page.locator('[data-testid="article-text"] [data-mark~="cue"]').first()).toBeVisible();
  const accepted: string[] = [];
  await page.locator("body").focus();
  for (let i = 0; i < 3; i++) {
    const quote = (await panel.getByTestId("current-suggestion").locator("p.italic").textContent())!.slice(1, 40);
    accepted.push(quote);
    const before = await page.getByTestId("claim-item").count();
    await page.keyboard.press(i === 1 ? "Enter" : "a");
    await expect(page.getByTestId("claim-item")).toHaveCount(before + 1);
    await expect(panel.getByTestId("current-suggestion").locator("p.italic")).not.toContainText(quote);
  }
  const rejected = (await panel.getByTestId("current-suggestion").locator("p.italic").textContent())!.slice(1, -1);
  const remaining = await panel.locator("ol li").count();
  await page.keyboard.press("x");
  await expect(panel.locator("ol li")).toHaveCount(remaining - 1);
  return { accepted, rejected };
}

test.describe("attribution assistant", () => {
  test("suggests claims; keyboard accepts three and rejects one; after reload the rejected stays gone", async ({ page, team }) => {
    const id = await createArticle(team, DEMO_ARTICLE.title, DEMO_ARTICLE.text);
    await signIn(page, team.users.reviewer);
    const { accepted, rejected } = await reviewWithKeyboard(page, id);
    await page.reload();
    await expect(page.getByTestId("claim-item")).toHaveCount(3);
    for (const q of accepted) await expect(page.getByTestId("claim-item").filter({ hasText: q }).first()).toBeVisible();
    const claims = await e2eDb().claim.findMany({ where: { articleId: id }, select: { sourcingType: true } });
    expect(claims.every((c) => c.sourcingType !== null)).toBe(true);
    await page.getByRole("button", { name: "Suggest claims" }).click();
    await expect(page.getByTestId("suggestion-panel")).toBeVisible();
    await expect(page.getByTestId("suggestion-panel").locator("ol li").filter({ hasText: rejected.slice(0, 40) })).toHaveCount(0);
  });

  test("on the seed article: writer-addressed sourcing is suggested with the red flag", async ({ page, team }) => {
    test.skip(!seedPresent, `seed article absent: ${SEED}`);
    const text = readFileSync(SEED, "utf8");
    const id = await createArticle(team, "Seed article", text);
    await signIn(page, team.users.reviewer);
    await reviewWithKeyboard(page, id);
    await page.reload();
    await page.getByRole("button", { name: "Suggest claims" }).click();
    const panel = page.getByTestId("suggestion-panel");
    const provided = panel.locator("ol li").filter({ hasText: "Documents you provided" });
    await expect(provided).toHaveCount(1);
    await provided.locator("button").click();
    await expect(panel.getByTestId("current-suggestion")).toContainText("addressed to the writer");
    await panel.getByRole("button", { name: "Accept (A)" }).click();
    await expect(page.getByTestId("claim-item").filter({ hasText: "Documents you provided" })).toContainText("Red flag");
  });
});
