import { appAlert, expect, signIn, test } from "./fixtures";

test.describe("article intake", () => {
  // The reader view takes the page's only <h1> as its headline (the title typed here wins).
  test("an HTML file becomes readable paragraphs with no markup or script", async ({ page, team }) => {
    await signIn(page, team.users.reviewer);
    await page.goto("/articles/new");
    await page.getByLabel("Title").fill("Imported from HTML");
    const html = `<html><head><title>x</title><script>window.__pwned = 1</script></head><body>
      <h1>Council backs &amp; funds bridge</h1><p onclick="steal()">The council voted <b>7–2</b>, officials said.</p>
      <p>Residents were <a href="javascript:alert(1)">not asked</a>.</p></body></html>`;
    await page.getByLabel(/or upload a file/).setInputFiles({ name: "story.html", mimeType: "text/html", buffer: Buffer.from(html) });
    await page.getByRole("button", { name: "Add article" }).click();
    await expect(page).toHaveURL(/\/articles\/[0-9a-f-]{36}$/);
    await expect(page.getByTestId("article-text")).toHaveText("The council voted 7–2, officials said.\n\nResidents were not asked.");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Imported from HTML");
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  test("clear errors for an unknown file type, a file over 2 MB and a missing title; nothing is saved", async ({ page, team }) => {
    await signIn(page, team.users.reviewer);
    await page.goto("/articles/new");
    await page.getByRole("button", { name: "Add article" }).click();
    // Marked at the field with the server's rule, before anything is sent.
    await expect(page.locator("#title-error")).toHaveText("Give the article a title.");
    await expect(page.getByLabel("Title")).toHaveAttribute("aria-invalid", "true");
    await page.getByLabel("Title").fill("Bad file");
    await page.getByLabel(/or upload a file/).setInputFiles({ name: "doc.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4") });
    await page.getByRole("button", { name: "Add article" }).click();
    await expect(appAlert(page).first()).toContainText("Upload a .txt, .md, .html or .docx file.");
    await page.getByLabel(/or upload a file/).setInputFiles({ name: "big.txt", mimeType: "text/plain", buffer: Buffer.alloc(2 * 1024 * 1024 + 10, 97) });
    await page.getByRole("button", { name: "Add article" }).click();
    await expect(appAlert(page).first()).toContainText("larger than 2 MB");
    await page.goto("/");
    await expect(page.getByText("No articles yet.")).toBeVisible();
  });
});
