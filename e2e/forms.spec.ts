// Forms are checked with the schema the server parses with: a mistake shows under its
// field, in the server's words, before anything is sent; what the server refuses lands
// in the same place; a good save is kept.
import { expect, signIn, test } from "./fixtures";

test.describe("forms", () => {
  test("team settings: bad values are caught at the field before sending, a good save is stored", async ({ page, team }) => {
    await signIn(page, team.users.admin);
    await page.goto("/settings/team");
    let actions = 0;
    page.on("request", (r) => {
      if (r.method() === "POST" && r.headers()["next-action"]) actions++;
    });
    const threshold = page.getByLabel("Flag an article when anonymous claims exceed (%)");
    await threshold.fill("150");
    await page.getByLabel("Time zone").fill("Mars/Olympus_Mons");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.locator("#threshold-error")).toHaveText("Use 1–100.");
    await expect(threshold).toHaveAttribute("aria-invalid", "true");
    await expect(threshold).toHaveAttribute("aria-describedby", "threshold-error");
    await expect(page.locator("#timeZone-error")).toHaveText("Use a time zone such as UTC, Europe/London or America/New_York.");
    expect(actions).toBe(0);

    await threshold.fill("40");
    await expect(page.locator("#threshold-error")).toHaveCount(0);
    await page.getByLabel("Time zone").fill("Europe/Warsaw");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
    await page.reload();
    await expect(threshold).toHaveValue("40");
    await expect(page.getByLabel("Time zone")).toHaveValue("Europe/Warsaw");
  });

  test("an invite link is copied with one click", async ({ page, context, team }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await signIn(page, team.users.admin);
    await page.goto("/settings/team");
    await page.getByLabel("E-mail", { exact: true }).fill(`copy-${Date.now()}@e2e.sourcebench.test`);
    await page.getByRole("button", { name: "Create invite link" }).click();
    const link = await page.getByLabel("Invite link").inputValue();
    await page.getByRole("button", { name: "Copy link" }).click();
    await expect(page.getByTestId("copy-status")).toHaveText("Copied");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  });

  test("invite and new team: an address or name the server would refuse is marked at its field", async ({ page, team }) => {
    await signIn(page, team.users.admin);
    await page.goto("/settings/team");
    await page.getByLabel("E-mail", { exact: true }).fill("not-an-address");
    await page.getByRole("button", { name: "Create invite link" }).click();
    await expect(page.locator("#invite-email-error")).not.toBeEmpty();
    await expect(page.getByLabel("E-mail", { exact: true })).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Invite link")).toHaveCount(0);

    await page.goto("/teams/new");
    await page.getByLabel("Team name").fill("x");
    await page.getByRole("button", { name: "Start the team" }).click();
    await expect(page.locator("#team-name-error")).toHaveText("Use at least 2 characters.");
    await expect(page).toHaveURL(/\/teams\/new$/);
  });
});
