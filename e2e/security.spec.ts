import { e2eDb, expect, signIn, test } from "./fixtures";
import { addClaimWithMouse, claimForm } from "./review-helpers";

const PAYLOADS = [
  `<img src=x onerror="alert('xss-img')">`,
  `<script>alert('xss-script')</script>`,
  `"><svg onload=alert('xss-svg')>`,
  `javascript:alert('xss-js')`,
];

test.describe("security", () => {
  test("server actions from another site, or larger than the limit, get a clear 403 or 413, never a 500", async ({ page, team }) => {
    await signIn(page, team.users.reviewer);
    const action = { "next-action": "0000000000000000000000000000000000000000", "content-type": "text/plain;charset=UTF-8" };
    const foreign = await page.request.post("/", { headers: { ...action, origin: "https://evil.example" }, data: "[]" });
    expect(foreign.status()).toBe(403);
    expect(await foreign.json()).toMatchObject({ error: { code: "FORBIDDEN" } });
    const big = await page.request.post("/", { headers: action, data: "x".repeat(3 * 1024 * 1024 + 10) });
    expect(big.status()).toBe(413);
    // A search that once overflowed PostgreSQL's parser, or held a NUL, is just a search.
    for (const q of ["-".repeat(50), "%00harbour"]) {
      const res = await page.goto(`/?q=${q}`);
      expect(res?.status()).toBe(200);
    }
  });

  test("security headers, a nonce-based CSP and hardened session cookies", async ({ page, team }) => {
    const cspErrors: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy/i.test(m.text())) cspErrors.push(m.text());
    });
    const res = await page.goto("/signin");
    const h = res!.headers();
    const csp = h["content-security-policy"]!;
    const scriptSrc = csp.split(";").find((d) => d.trim().startsWith("script-src"))!;
    expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
    expect(scriptSrc).not.toContain("unsafe-inline");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["x-frame-options"]).toBe("DENY");
    expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    await signIn(page, team.users.reviewer);
    const session = (await page.context().cookies()).find((c) => c.name.endsWith("next-auth.session-token"))!;
    expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
    await page.goto("/");
    await expect(page.getByRole("heading", { name: /dashboard/ })).toBeVisible();
    expect(cspErrors).toEqual([]);
  });

  test("stored XSS payloads in every user field never run", async ({ page, team }) => {
    const fired: string[] = [];
    page.on("dialog", (d) => {
      fired.push(d.message());
      void d.dismiss();
    });
    page.on("console", (m) => {
      if (m.text().includes("xss-")) fired.push(m.text());
    });
    await e2eDb().team.update({ where: { id: team.id }, data: { name: `Desk ${PAYLOADS[0]}` } });
    await signIn(page, team.users.reviewer);
    await page.goto("/articles/new");
    await page.getByLabel("Title").fill(`Title ${PAYLOADS[0]} ${PAYLOADS[1]}`);
    await page.getByLabel("Outlet").fill(PAYLOADS[2]!);
    await page.getByLabel("Article text").fill(`Officials said ${PAYLOADS[1]} the plan works.\n\nCritics said ${PAYLOADS[0]} it fails.`);
    await page.getByRole("button", { name: "Add article" }).click();
    await expect(page).toHaveURL(/\/articles\/[0-9a-f-]{36}$/);
    const articleUrl = page.url();

    await addClaimWithMouse(page, `Officials said ${PAYLOADS[1]} the plan works.`);
    await claimForm(page).getByLabel("Sourcing type").selectOption("official");
    await claimForm(page).getByLabel("Source (who)").fill(PAYLOADS[2]!);
    await claimForm(page).getByLabel("Rationale").fill(PAYLOADS[0]!);
    await claimForm(page).getByRole("button", { name: "Save claim" }).click();
    await expect(claimForm(page).getByText("version 2")).toBeVisible();
    await page.getByLabel("Comment", { exact: true }).fill(`${PAYLOADS[2]} ${PAYLOADS[1]}`);
    await page.getByRole("button", { name: "Add comment" }).click();
    await expect(page.getByText(PAYLOADS[1]!, { exact: false }).last()).toBeVisible();

    // javascript: and data: URLs are refused as evidence links, with a clear message on the field.
    for (const bad of ["javascript:alert('xss-js')", "data:text/html,<script>alert('xss-data')</script>"]) {
      await page.getByLabel("Evidence URL").fill(bad);
      await page.getByRole("button", { name: "Add evidence" }).click();
      await expect(page.locator("#evidence-url-error")).toHaveText("Only web addresses (https:// or http://) can be linked.");
      await expect(page.getByLabel("Evidence URL")).toHaveAttribute("aria-invalid", "true");
    }
    await page.getByLabel("Evidence URL").fill("https://example.org/ok");
    await page.getByLabel("Evidence note").fill(PAYLOADS[0]!);
    await page.getByRole("button", { name: "Add evidence" }).click();
    await expect(page.getByRole("link", { name: "https://example.org/ok" })).toBeVisible();
    expect(await e2eDb().evidence.count({ where: { teamId: team.id } })).toBe(1);

    for (const path of [articleUrl, "/", `${articleUrl}/report`]) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
    }
    await page.goto(articleUrl);
    await page.getByTestId("claim-item").first().click();
    await page.waitForTimeout(500);
    expect(fired).toEqual([]);
    // The payloads are shown as text, not swallowed.
    await expect(page.getByRole("heading", { level: 1 })).toContainText("<img src=x");
  });
});
