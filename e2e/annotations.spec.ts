import { readFileSync } from "node:fs";
import path from "node:path";
import { createArticle, expect, signIn, test } from "./fixtures";

const dir = path.join(process.cwd(), "tests/fixtures/annotations");
const TEXT = readFileSync(path.join(dir, "article.txt"), "utf8");

test.describe("annotations", () => {
  test("a reviewer imports a Hypothesis export from the review page, then exports the claims as W3C annotations", async ({ page, team }) => {
    const id = await createArticle(team, "Bridge opens on time", TEXT);
    await signIn(page, team.users.reviewer);
    await page.goto(`/articles/${id}`);
    await page.getByRole("button", { name: "Import annotations" }).click();
    await page.getByLabel("Annotation file").setInputFiles(path.join(dir, "hypothesis-export.json"));
    await expect(page.getByTestId("import-annotations-result")).toHaveText(
      "Hypothesis file, 5 annotations: 2 claims anchored, 1 orphaned (listed under “needs re-attaching”), 2 without a quote, skipped.",
    );
    await page.getByRole("button", { name: "Close" }).click();
    // The orphan is listed with the two placed claims, marked, for a reviewer to re-attach.
    await expect(page.getByTestId("claim-item")).toHaveCount(3);
    await expect(page.getByTestId("claim-item").filter({ hasText: "Orphaned" })).toContainText("the contractor was paid three times");
    await expect(page.getByTestId("needs-reattaching")).toContainText("1 claim needs re-attaching");

    await page.goto(`/articles/${id}/report`);
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "W3C annotations" }).click();
    const file = await (await download).path();
    const doc = JSON.parse(readFileSync(file, "utf8")) as { type: string; total: number; first: { items: Array<{ target: { selector: Array<{ type: string; exact?: string }> } }> } };
    expect(doc.type).toBe("AnnotationCollection");
    expect(doc.total).toBe(2);
    expect(doc.first.items.map((a) => a.target.selector[0]!.exact)).toEqual(["the bridge opened on time", "it cost $4m more than planned"]);
  });
});
