import { appAlert, createArticle, createTeam, expect, PASSWORD, signIn, test } from "./fixtures";

test.describe("sign-in and access", () => {
  test("a signed-out visitor is sent to sign-in from every page but it", async ({ page }) => {
    for (const path of ["/", "/settings/team", "/articles/00000000-0000-0000-0000-000000000000"]) {
      await page.goto(path);
      await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
      await expect(page.getByRole("heading", { name: "Sign in to Sourcebench" })).toBeVisible();
    }
  });

  test("signs in through the form, lands on the team dashboard, and signs out", async ({ page, team }) => {
    await page.goto("/settings/team");
    await page.getByLabel("E-mail").fill(team.users.admin.email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page).toHaveURL(/\/settings\/team$/);
    await page.goto("/");
    await expect(page.getByRole("heading", { name: `${team.name}: dashboard` })).toBeVisible();
    await expect(page.getByText("No articles yet.")).toBeVisible();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/signin/);
    await page.goto("/");
    await expect(page).toHaveURL(/\/signin/);
  });

  test("signing out ends every copy of the session token, and the redirect after sign-in stays on this site", async ({ page, browser, team }) => {
    await signIn(page, team.users.reviewer);
    await page.goto("/");
    await expect(page.getByTestId("current-user")).toBeVisible();
    // A copy of the session cookie in another browser, as a stolen token would be.
    const copy = await browser.newContext({ baseURL: test.info().project.use.baseURL });
    await copy.addCookies(await page.context().cookies());
    expect((await copy.request.get("/api/exports/json")).status()).toBe(200);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/signin/);
    expect((await copy.request.get("/api/exports/json")).status()).toBe(401);
    await copy.close();

    // A tab inside the callback path is a different host to a browser: refused.
    await page.goto("/signin?callbackUrl=%2F%09%2Fevil.example%2Fphish");
    await page.getByLabel("E-mail").fill(team.users.reviewer.email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/$/);
    const newline = await page.request.get("/signin?callbackUrl=%2F%0A%2Fevil.example", { maxRedirects: 0 });
    expect(newline.status()).toBeLessThan(500);
  });

  test("a wrong password gets one generic message, and 10 failures from this device pause its sign-in", async ({ page, team }) => {
    const attempt = async (password: string) => {
      await page.getByLabel("E-mail").fill(team.users.editor.email);
      await page.getByLabel("Password").fill(password);
      await page.getByRole("button", { name: "Sign in", exact: true }).click();
    };
    await page.goto("/signin");
    await attempt("not-the-password");
    const alert = appAlert(page);
    await expect(alert).toContainText("Sign-in failed");
    const generic = await alert.textContent();

    await attempt("unknown-person-password");
    await expect(alert).toHaveText(generic!);
    // From the same browser: the pause is per address and device.
    for (let i = 2; i < 10; i++) {
      await attempt(`wrong-${i}-password`);
      await expect(alert).toHaveText(generic!);
    }
    await attempt(PASSWORD);
    await expect(appAlert(page)).toHaveText(generic!);
    await expect(page).toHaveURL(/\/signin/);
  });

  test("a reviewer is refused on the admin page", async ({ page, team }) => {
    await signIn(page, team.users.reviewer);
    await page.goto("/settings/team");
    await expect(page.getByRole("heading", { name: "You don’t have access to this page" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Team settings" })).toHaveCount(0);
  });

  test("a member of team A gets 'not found' for team B's article", async ({ page, team }) => {
    const other = await createTeam("rival");
    const articleId = await createArticle(other, "Rival desk's secret story", "Unpublished text that must not leak.");
    await signIn(page, team.users.admin);
    const res = await page.goto(`/articles/${articleId}`);
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
    await expect(page.getByText("Unpublished text")).toHaveCount(0);
    await expect(page.getByText("Rival desk's secret story")).toHaveCount(0);
  });
});

test.describe("team administration", () => {
  test("an invite link is accepted by a new user who joins with the invited role", async ({ page, browser, team }) => {
    await signIn(page, team.users.admin);
    await page.goto("/settings/team");
    const email = `newcomer-${Date.now()}@e2e.sourcebench.test`;
    await page.getByLabel("E-mail", { exact: true }).fill(email);
    await page.getByLabel("Role", { exact: true }).selectOption("reviewer");
    await page.getByRole("button", { name: "Create invite link" }).click();
    const link = await page.getByLabel("Invite link").inputValue();
    expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{40,}$/);

    const newcomer = await browser.newContext();
    const p2 = await newcomer.newPage();
    await p2.goto(link);
    await expect(p2.getByText(`You are invited to ${team.name} as reviewer`)).toBeVisible();
    await p2.getByLabel("Your name").fill("Nia Newcomer");
    await p2.getByLabel("Choose a password").fill("password1234");
    await p2.getByRole("button", { name: "Create account and join" }).click();
    // Marked at the field, with the server's rule, and nobody joins.
    await expect(p2.locator("#password-error")).toContainText("too common");
    await expect(p2.getByLabel("Choose a password")).toHaveAttribute("aria-invalid", "true");
    await expect(p2).toHaveURL(/\/invite\//);
    await p2.getByLabel("Choose a password").fill("a-much-better-passphrase");
    await p2.getByRole("button", { name: "Create account and join" }).click();
    await expect(p2.getByRole("heading", { name: `${team.name}: dashboard` })).toBeVisible();
    await expect(p2.getByTestId("current-user")).toHaveText("Nia Newcomer · Reviewer");

    // The link works once.
    const p3 = await (await browser.newContext()).newPage();
    await p3.goto(link);
    await expect(appAlert(p3)).toContainText("not valid any more");
    await newcomer.close();
  });

  test("a role change takes effect on the member's next request", async ({ page, browser, team }) => {
    const reviewerContext = await browser.newContext({ baseURL: test.info().project.use.baseURL });
    const reviewerPage = await reviewerContext.newPage();
    await signIn(reviewerPage, team.users.reviewer);
    await reviewerPage.goto("/settings/team");
    await expect(reviewerPage.getByRole("heading", { name: "You don’t have access to this page" })).toBeVisible();

    await signIn(page, team.users.admin);
    await page.goto("/settings/team");
    await page.getByLabel(`Role of ${team.users.reviewer.name}`).selectOption("admin");
    await expect(page.getByLabel(`Role of ${team.users.reviewer.name}`)).toHaveValue("admin");

    await reviewerPage.reload();
    await expect(reviewerPage.getByRole("heading", { name: `${team.name}: team settings` })).toBeVisible();
    await reviewerContext.close();
  });

  test("the last admin cannot be removed", async ({ page, team }) => {
    await signIn(page, team.users.admin);
    await page.goto("/settings/team");
    page.once("dialog", (d) => void d.accept());
    await page.getByTestId(`member-${team.users.admin.email}`).getByRole("button", { name: "Remove" }).click();
    await expect(appAlert(page)).toContainText("at least one admin");
    await page.reload();
    await expect(page.getByTestId(`member-${team.users.admin.email}`)).toBeVisible();
  });

test.describe("teams from the UI", () => {
  test("a member starts a second team from the header and switches between the two", async ({ page, team }) => {
    await signIn(page, team.users.viewer);
    await page.goto("/");
    await page.getByRole("link", { name: "New team" }).click();
    await expect(page).toHaveURL(/\/teams\/new$/);
    await page.getByLabel("Team name").fill(`Night desk ${team.name}`);
    await page.getByRole("button", { name: "Start the team" }).click();
    await expect(page.getByRole("heading", { name: `Night desk ${team.name}: dashboard` })).toBeVisible();
    await expect(page.getByTestId("current-user")).toContainText("Admin");
    await page.getByLabel("Switch team").selectOption({ label: team.name });
    await expect(page.getByRole("heading", { name: `${team.name}: dashboard` })).toBeVisible();
  });
});
});
