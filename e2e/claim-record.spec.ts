// A record editors can sign, as a reviewer meets it: a wrong claim is withdrawn from the
// keyboard and restored, a duplicate is caught, an orphan counts nowhere until
// re-attached, numbers stay put, and the article's record is edited and archived.
import { DEMO_ARTICLE } from "../lib/seed/demo-article";
import { createArticle, createArticleWithClaims, expect, signIn, test } from "./fixtures";
import { addClaimWithMouse, claimForm, openClaim, saveClaim, selectWithMouse } from "./review-helpers";

const S = {
  named: "Harbour master Tomas Berg told reporters on Tuesday that cargo volumes fell 12 percent last year.",
  documents: "Records filed with the commercial registry show that one of the bidders registered a local subsidiary in February.",
  unattributed: "The terminal employs about 1,400 people and handles most of the region's grain exports.",
};

const highlights = (page: import("@playwright/test").Page) => page.locator('[data-testid="article-text"] span[data-claims]:not([data-claims=""])');

test.describe("the claim record", () => {
  test("a wrong claim is withdrawn with Delete, leaves the text, progress and exports, and is restored", async ({ page, team }) => {
    const id = await createArticle(team, DEMO_ARTICLE.title, DEMO_ARTICLE.text);
    await signIn(page, team.users.reviewer);
    await page.goto(`/articles/${id}`);
    await addClaimWithMouse(page, S.named);
    await claimForm(page).getByLabel("Sourcing type").selectOption("named_person");
    await saveClaim(page);
    await expect(claimForm(page).getByTestId("claim-saved")).toHaveText("Saved");
    await addClaimWithMouse(page, S.unattributed);
    await expect(page.getByTestId("review-progress")).toHaveText("0 of 2 decided, 0 approved");

    // Keyboard: the open claim, Delete, a confirmation with an optional reason.
    await page.getByTestId("article-text").focus();
    await page.keyboard.press("Delete");
    const dialog = page.getByRole("dialog", { name: "Withdraw claim #2?" });
    await expect(dialog).toBeVisible();
    await dialog.getByLabel("Reason (optional)").fill("Not a claim: background");
    await dialog.getByRole("button", { name: "Withdraw claim" }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByTestId("claim-item")).toHaveCount(1);
    await expect(highlights(page)).toHaveCount(1);
    await expect(page.getByTestId("review-progress")).toHaveText("0 of 1 decided, 0 approved");

    await page.reload();
    await expect(page.getByTestId("claim-item")).toHaveCount(1);
    const withdrawn = page.getByTestId("withdrawn-claims");
    await withdrawn.locator("summary").click();
    await expect(withdrawn.getByTestId("withdrawn-item")).toContainText("#2");
    await expect(withdrawn.getByTestId("withdrawn-item")).toContainText("Not a claim: background");
    const csv = await (await page.request.get(`/api/articles/${id}/export/csv`)).text();
    expect(csv).toContain("Harbour master");
    expect(csv).not.toContain("The terminal employs");

    // Backspace asks too; Cancel leaves everything as it was.
    await openClaim(page, "Harbour master");
    await page.getByTestId("article-text").focus();
    await page.keyboard.press("Backspace");
    await page.getByRole("dialog").getByRole("button", { name: "Cancel" }).click();
    await expect(page.getByTestId("claim-item")).toHaveCount(1);

    await withdrawn.getByRole("button", { name: "Restore #2" }).click();
    await expect(page.getByTestId("claim-item")).toHaveCount(2);
    await expect(page.getByTestId("claim-item").filter({ hasText: "The terminal employs" })).toContainText("#2");
    await page.reload();
    await expect(page.getByTestId("claim-item")).toHaveCount(2);
    await expect(page.getByTestId("withdrawn-claims")).toHaveCount(0);
  });

  test("a second claim on the same sentence is caught: open the first, or add a second on purpose", async ({ page, team }) => {
    const id = await createArticle(team, DEMO_ARTICLE.title, DEMO_ARTICLE.text);
    await signIn(page, team.users.reviewer);
    await page.goto(`/articles/${id}`);
    await addClaimWithMouse(page, S.documents);
    await addClaimWithMouse(page, S.named);
    await selectWithMouse(page, S.documents);
    await page.getByRole("button", { name: "Add claim (C)" }).click();
    const notice = page.getByTestId("duplicate-notice");
    await expect(notice).toContainText("Claim #1 already covers this text.");
    await notice.getByRole("button", { name: "Open claim #1" }).click();
    await expect(claimForm(page).locator("blockquote")).toContainText("Records filed");
    await expect(page.getByTestId("claim-item")).toHaveCount(2);

    await selectWithMouse(page, S.documents);
    await page.getByRole("button", { name: "Add claim (C)" }).click();
    await notice.getByRole("button", { name: "Add a second claim" }).click();
    await expect(page.getByTestId("claim-item")).toHaveCount(3);
    await expect(claimForm(page)).toContainText("Claim #3");
  });

  test("an orphaned claim counts nowhere but as 'needs re-attaching', on the page and the dashboard, until re-attached", async ({ page, team }) => {
    const id = await createArticle(team, DEMO_ARTICLE.title, DEMO_ARTICLE.text);
    await signIn(page, team.users.reviewer);
    await page.goto(`/articles/${id}`);
    await addClaimWithMouse(page, S.named);
    await addClaimWithMouse(page, S.documents);
    await page.getByRole("button", { name: "Edit text" }).click();
    await page.getByRole("dialog").getByLabel("Article text").fill(DEMO_ARTICLE.text.replace(S.documents, ""));
    await page.getByRole("button", { name: "Save new version" }).click();
    await expect(page.getByTestId("needs-reattaching")).toHaveText(/^1 claim needs re-attaching/);
    await expect(page.getByTestId("review-progress")).toHaveText("0 of 1 decided, 0 approved");

    await page.goto("/");
    const row = page.getByTestId("dashboard-row").filter({ hasText: DEMO_ARTICLE.title });
    await expect(row.getByTestId("needs-reattaching")).toHaveText("1 needs re-attaching");

    await page.goto(`/articles/${id}`);
    await openClaim(page, "Records filed");
    await selectWithMouse(page, S.unattributed);
    await page.getByRole("button", { name: "Re-attach to the selected text" }).click();
    await expect(page.getByTestId("needs-reattaching")).toHaveCount(0);
    await expect(page.getByTestId("review-progress")).toHaveText("0 of 2 decided, 0 approved");
  });

  test("a long report reads 200 claims a page, with its summary over all of them", async ({ page, team }) => {
    const id = await createArticleWithClaims(team, "A long report", 450);
    await signIn(page, team.users.viewer);
    await page.goto(`/articles/${id}/report`);
    await expect(page.getByTestId("article-report")).toContainText("450 claims · 0 decided · 0 approved");
    await expect(page.getByTestId("report-claim")).toHaveCount(200);
    await expect(page.getByTestId("report-range-top")).toHaveText("Claims 1–200 of 450");
    await page.getByRole("navigation", { name: "Report pages", exact: true }).getByRole("link", { name: "Next claims" }).click();
    await expect(page).toHaveURL(/\/report\?page=2$/);
    await expect(page.getByTestId("report-range-top")).toHaveText("Claims 201–400 of 450");
    await expect(page.getByTestId("report-claim").first()).toContainText("Claim sentence 201 was");
    await page.getByRole("navigation", { name: "Report pages, end" }).getByRole("link", { name: "Next claims" }).click();
    await expect(page.getByTestId("report-claim")).toHaveCount(50);
    await expect(page.getByTestId("report-claim").last()).toContainText("Claim sentence 450 was");
    await expect(page.getByRole("link", { name: "Next claims" })).toHaveCount(0);
    // A page number that is not one reads as the first page, never an error.
    await page.goto(`/articles/${id}/report?page=abc`);
    await expect(page.getByTestId("report-range-top")).toHaveText("Claims 1–200 of 450");
    await page.goto(`/articles/${id}/report?page=99`);
    await expect(page.getByTestId("report-range-top")).toHaveText("Claims 401–450 of 450");
  });

  test("claim numbers follow creation, not text order, and read the same on the page, the report and the CSV", async ({ page, team }) => {
    const id = await createArticle(team, DEMO_ARTICLE.title, DEMO_ARTICLE.text);
    await signIn(page, team.users.reviewer);
    await page.goto(`/articles/${id}`);
    await addClaimWithMouse(page, S.unattributed);
    await addClaimWithMouse(page, S.named);
    // In text order the named claim comes first, but it was made second.
    await expect(page.getByTestId("claim-item").first()).toContainText("#2");
    await expect(page.getByTestId("claim-item").first()).toContainText("Harbour master");
    await page.goto(`/articles/${id}/report`);
    await expect(page.getByTestId("report-claim").first()).toContainText("Claim #2");
    await expect(page.getByTestId("report-claim").nth(1)).toContainText("Claim #1");
    const csv = await (await page.request.get(`/api/articles/${id}/export/csv`)).text();
    const header = csv.replace(/^\uFEFF/, "").split("\r\n")[0]!.split(",");
    const numbers = csv.trim().split("\r\n").slice(1).map((line) => line.split(",")[header.indexOf("claim_number")]);
    expect(numbers).toEqual(["2", "1"]);
  });

  test("evidence links explain themselves: a bare address is completed, the stored form is shown, a save says Saved", async ({ page, team }) => {
    const id = await createArticle(team, DEMO_ARTICLE.title, DEMO_ARTICLE.text);
    await signIn(page, team.users.reviewer);
    await page.goto(`/articles/${id}`);
    await addClaimWithMouse(page, S.named);
    await page.getByLabel("Evidence URL").fill("ftp://files.example.org/cargo");
    await page.getByRole("button", { name: "Add evidence" }).click();
    await expect(page.locator("#evidence-url-error")).toHaveText("Only web addresses (https:// or http://) can be linked.");
    await page.getByLabel("Evidence URL").fill("www.port.example/cargo report \"2025\"");
    await page.getByRole("button", { name: "Add evidence" }).click();
    await expect(page.getByRole("link", { name: "https://www.port.example/cargo%20report%20%222025%22" })).toBeVisible();
    await expect(page.getByTestId("evidence-saved")).toHaveText("Saved");
    await expect(page.locator("#evidence-url-error")).toHaveCount(0);
  });

  test("the article's record: details are edited, the article is archived off the dashboard and restored", async ({ page, team }) => {
    const id = await createArticle(team, DEMO_ARTICLE.title, DEMO_ARTICLE.text);
    await signIn(page, team.users.editor);
    await page.goto(`/articles/${id}`);
    await page.getByRole("button", { name: "Article details" }).click();
    const form = page.getByRole("form", { name: "Article details" });
    await form.getByLabel("Title").fill("Port sale: the terminal");
    await form.getByLabel("URL").fill("not a url at all");
    await form.getByRole("button", { name: "Save details" }).click();
    await expect(form.locator("#record-url-error")).toContainText("web address");
    await form.getByLabel("URL").fill("www.wire.example/port");
    await form.getByRole("button", { name: "Save details" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Port sale: the terminal");

    await page.getByRole("button", { name: "Article details" }).click();
    await page.getByRole("button", { name: "Archive article" }).click();
    await expect(page.getByText("This article is archived")).toBeVisible();
    await page.goto("/");
    await expect(page.getByTestId("dashboard-row").filter({ hasText: "Port sale" })).toHaveCount(0);
    await page.getByLabel("Archived articles").check();
    await expect(page.getByTestId("dashboard-row").filter({ hasText: "Port sale" })).toHaveCount(1);
    await page.goto(`/articles/${id}`);
    await page.getByRole("button", { name: "Article details" }).click();
    await page.getByRole("button", { name: "Restore from archive" }).click();
    await expect(page.getByText("This article is archived")).toHaveCount(0);
    await page.goto("/");
    await expect(page.getByTestId("dashboard-row").filter({ hasText: "Port sale" })).toHaveCount(1);
  });
});
