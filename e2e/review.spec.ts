import AxeBuilder from "@axe-core/playwright";
import { DEMO_ARTICLE } from "../lib/seed/demo-article";
import { createArticle, createArticleWithClaims, e2eDb, expect, signIn, test } from "./fixtures";
import { addClaimWithMouse, claimForm, openClaim, saveClaim, selectWithMouse } from "./review-helpers";

const S = {
  anonymous: "The regional port authority has held preliminary talks with two private operators about selling its container terminal, according to three people familiar with the negotiations.",
  nested: "three people familiar with the negotiations",
  official: 'The Ministry of Transport said in a statement that it "supports any option that protects jobs at the harbour."',
  named: "Harbour master Tomas Berg told reporters on Tuesday that cargo volumes fell 12 percent last year.",
  provided: "According to documents you provided me, the authority's board approved a valuation of the terminal in January.",
  documents: "Records filed with the commercial registry show that one of the bidders registered a local subsidiary in February.",
  unattributed: "The terminal employs about 1,400 people and handles most of the region's grain exports.",
  media: "A report in the Northern Ledger said the dock workers' union had not been consulted.",
  overlapA: "The same people said a decision could come before the summer",
  overlapB: "before the summer, although no formal offer has been made.",
};

test.describe("review workbench", () => {
  test("tags claims of every sourcing type with the mouse, overlapping ones too, and everything persists", async ({ page, team }) => {
    const id = await createArticle(team, DEMO_ARTICLE.title, DEMO_ARTICLE.text);
    await signIn(page, team.users.reviewer);
    await page.goto(`/articles/${id}`);
    // A save answers with the claim alone and the page judges its flags itself: no
    // server re-render of the page per save (neither a refetch nor a page tree riding on
    // the save's answer, which would carry the article's title), so nothing re-renders
    // or shifts under the next selection.
    let refetches = 0;
    page.on("request", (r) => {
      if (r.method() === "GET" && r.headers()["rsc"] === "1" && !r.headers()["next-router-prefetch"]) refetches++;
    });
    // The answer of each create and save, read through the test's own proxy of that very
    // request: on a busy machine Chromium's network log may drop an answer's body or its
    // "finished" event, which made counting them there flaky.
    const answers: string[] = [];
    await page.route(
      (url) => url.pathname.startsWith("/articles/"),
      async (route) => {
        const req = route.request();
        if (req.method() !== "POST" || !req.headers()["next-action"]) return route.continue();
        const res = await route.fetch();
        const body = await res.text();
        const sent = req.postData() ?? "";
        if (sent.includes('"idempotencyKey"') || sent.includes('"patch"')) answers.push(body);
        await route.fulfill({ response: res, body });
      },
    );

    const tag = async (needle: string, type: string, extra?: () => Promise<void>) => {
      await addClaimWithMouse(page, needle);
      await claimForm(page).getByLabel("Sourcing type").selectOption(type);
      await extra?.();
      await saveClaim(page);
    };
    await tag(S.anonymous, "anonymous", async () => {
      await claimForm(page).getByLabel("Why was anonymity granted?").fill("The talks are confidential.");
      await claimForm(page).getByLabel("First- or second-hand").selectOption("first_hand");
      await claimForm(page).getByLabel("Independent sources").fill("3");
    });
    await expect(page.getByTestId("article-red-flags")).toHaveText("Red flags: ⚑ Anonymous share above the team's threshold");
    await tag(S.nested, "anonymous");
    await expect(page.getByTestId("article-red-flags")).toHaveText("Red flags: ⚑ Anonymous source without a reason for anonymity · ⚑ Anonymous share above the team's threshold");
    await tag(S.official, "official", () => claimForm(page).getByLabel("Source (who)").fill("Ministry of Transport"));
    await tag(S.named, "named_person");
    await tag(S.provided, "provided_documents", async () => {
      await expect(claimForm(page).getByText("addressed to the writer, not the reader")).toBeVisible();
    });
    await tag(S.documents, "documents");
    await tag(S.unattributed, "unattributed");
    await tag(S.media, "media_report");
    await tag(S.overlapA, "anonymous");
    await tag(S.overlapB, "unattributed");
    await expect(page.getByTestId("article-red-flags")).toContainText("Sourced to “documents you provided”");
    await expect(page.getByTestId("article-red-flags")).toContainText("No attribution");
    expect(refetches).toBe(0);
    expect(answers).toHaveLength(20);
    expect(answers.filter((a) => a.includes(DEMO_ARTICLE.title))).toEqual([]);
    // The proxy has counted what it was for; a request still in flight when the page
    // reloads below must not fail the test from inside a handler nobody awaits.
    await page.unrouteAll({ behavior: "ignoreErrors" });

    // A verdict with rationale and evidence on the official claim.
    await openClaim(page, "The Ministry of Transport said");
    await claimForm(page).getByLabel("Verdict").selectOption({ label: "Accurate (5)" });
    await claimForm(page).getByLabel("Rationale").fill("The statement is on the ministry's website.");
    await saveClaim(page);
    await page.getByLabel("Evidence URL").fill("https://transport.example/statement");
    await page.getByLabel("Evidence note").fill("Ministry statement");
    await page.getByRole("button", { name: "Add evidence" }).click();
    await expect(page.getByRole("link", { name: "https://transport.example/statement" })).toBeVisible();

    // Overlaps and nesting are visibly distinct: segments covered by two claims are marked.
    await expect(page.locator('[data-testid="article-text"] [data-depth="2"]').first()).toBeVisible();
    await expect(page.getByTestId("review-progress")).toHaveText("1 of 10 decided, 0 approved");

    await page.reload();
    await expect(page.getByTestId("claim-item")).toHaveCount(10);
    await expect(page.getByTestId("claim-item").filter({ hasText: "Documents you provided" })).toContainText("Red flag");
    for (const label of ["Anonymous", "Official", "Named person", "Documents/records", "No attribution", "Another outlet's report"]) {
      await expect(page.getByTestId("claim-item").filter({ hasText: label }).first()).toBeVisible();
    }
    await openClaim(page, "The regional port authority");
    await expect(claimForm(page).getByLabel("Why was anonymity granted?")).toHaveValue("The talks are confidential.");
    await expect(claimForm(page).getByLabel("Independent sources")).toHaveValue("3");
    await openClaim(page, "The Ministry of Transport said");
    await expect(claimForm(page).getByLabel("Verdict")).toHaveValue(/.+/);
    await expect(claimForm(page).getByLabel("Rationale")).toHaveValue("The statement is on the ministry's website.");
    await expect(page.getByRole("link", { name: "https://transport.example/statement" })).toBeVisible();
    // The history reads as sentences, not field names, ids or JSON.
    await expect(page.getByTestId("claim-history")).toContainText("Sourcing: — → Official");
    await expect(page.getByTestId("claim-history")).toContainText("Verdict: — → Accurate (5)");
    await expect(page.getByTestId("claim-history")).toContainText("Evidence added: “Ministry statement”");
    await expect(page.getByTestId("claim-history")).not.toContainText(/ratingId|sourcingType|[{}]/);

    // Clicking a highlight opens its claim in the panel (both directions are synced).
    await page.locator('[data-testid="article-text"] span[data-claims]').filter({ hasText: "Harbour master Tomas Berg" }).first().click();
    await expect(claimForm(page).locator("blockquote")).toContainText("Harbour master Tomas Berg");
    await expect(page.locator('[data-testid="claim-item"][aria-current="true"]')).toContainText("Harbour master");
  });

  test("editing the text re-anchors claims and lists the orphans for re-attachment", async ({ page, team }) => {
    const id = await createArticle(team, DEMO_ARTICLE.title, DEMO_ARTICLE.text);
    await signIn(page, team.users.reviewer);
    await page.goto(`/articles/${id}`);
    await addClaimWithMouse(page, S.named);
    await addClaimWithMouse(page, S.documents);

    await page.getByRole("button", { name: "Edit text" }).click();
    const editor = page.getByRole("dialog").getByLabel("Article text");
    const edited = DEMO_ARTICLE.text.replace("Port authority weighs", "UPDATED: Port authority weighs").replace(S.documents, "");
    await editor.fill(edited);
    await page.getByRole("button", { name: "Save new version" }).click();
    await expect(page.getByText("Version 2 saved")).toContainText("1 orphaned");
    await expect(page.getByText("1 orphaned claim")).toBeVisible();
    await expect(page.getByTestId("claim-item").filter({ hasText: "Orphaned" })).toContainText("Records filed");

    // The surviving claim still highlights exactly its sentence in the new text.
    await expect(page.locator('[data-testid="article-text"] span[data-claims]').filter({ hasText: "Harbour master" })).toHaveText(S.named);

    // Re-attach the orphan to other text.
    await openClaim(page, "Records filed");
    await page.getByTestId("article-text").focus();
    const { selectWithMouse } = await import("./review-helpers");
    await selectWithMouse(page, S.unattributed);
    await page.getByRole("button", { name: "Re-attach to the selected text" }).click();
    await expect(page.getByText("Claim re-attached.")).toBeVisible();
    await page.reload();
    await expect(page.getByTestId("claim-item").filter({ hasText: "Orphaned" })).toHaveCount(0);
  });

  test("two reviewers saving the same claim: the second is told, sees the change, and loses nothing", async ({ page, browser, team }) => {
    const id = await createArticle(team, DEMO_ARTICLE.title, DEMO_ARTICLE.text);
    await signIn(page, team.users.reviewer);
    await page.goto(`/articles/${id}`);
    await addClaimWithMouse(page, S.named);

    const other = await browser.newContext({ baseURL: test.info().project.use.baseURL });
    const p2 = await other.newPage();
    await signIn(p2, team.users.editor);
    await p2.goto(`/articles/${id}`);
    await openClaim(p2, "Harbour master");

    await claimForm(page).getByLabel("Rationale").fill("Reviewer: port statistics confirm the fall.");
    await saveClaim(page);

    await claimForm(p2).getByLabel("Rationale").fill("Editor: check the annual report.");
    await claimForm(p2).getByRole("button", { name: "Save claim" }).click();
    const notice = p2.getByText("Someone else saved this claim first");
    await expect(notice).toBeVisible();
    await expect(p2.getByRole("list", { name: "Their changes" })).toContainText("Reviewer: port statistics confirm the fall.");
    await expect(claimForm(p2).getByLabel("Rationale")).toHaveValue("Editor: check the annual report.");
    // Slow the re-applied save down: the notice must stay, busy, until the write has landed.
    await p2.route(`**/articles/${id}`, async (route) => {
      if (route.request().method() === "POST") await new Promise((r) => setTimeout(r, 1500));
      await route.continue();
    });
    await p2.getByRole("button", { name: "Re-apply my changes" }).click();
    await expect(p2.getByRole("button", { name: "Re-apply my changes" })).toBeDisabled();
    await expect(notice).toBeVisible();
    await expect(claimForm(p2).getByLabel("Rationale")).toHaveValue("Editor: check the annual report.");
    await expect(notice).toHaveCount(0);
    // Gone only once the save landed: the form is clean, on a newer version.
    await expect(claimForm(p2).getByText("version 3")).toBeVisible();
    await expect(claimForm(p2).getByText("unsaved changes")).toHaveCount(0);
    await expect(claimForm(p2).getByLabel("Rationale")).toHaveValue("Editor: check the annual report.");

    await page.reload();
    await openClaim(page, "Harbour master");
    await expect(claimForm(page).getByLabel("Rationale")).toHaveValue("Editor: check the annual report.");
    await expect(page.getByTestId("claim-history")).toContainText("Reviewer: port statistics confirm the fall.");
    await other.close();
  });

  test("saved work is still there after leaving for the dashboard and coming back with Back", async ({ page, team }) => {
    await createArticle(team, DEMO_ARTICLE.title, DEMO_ARTICLE.text);
    await signIn(page, team.users.reviewer);
    await page.goto("/");
    await page.getByRole("link", { name: DEMO_ARTICLE.title }).click();
    await expect(page.getByTestId("article-text")).toHaveAttribute("data-interactive", "true");
    await addClaimWithMouse(page, S.provided);
    await claimForm(page).getByLabel("Sourcing type").selectOption("provided_documents");
    await saveClaim(page);

    await page.getByRole("link", { name: "Dashboard" }).click();
    await expect(page.getByRole("row").filter({ hasText: DEMO_ARTICLE.title })).toContainText("1");
    await page.goBack();
    await expect(page.getByTestId("claim-item")).toHaveCount(1);
    await expect(page.getByTestId("claim-item")).toContainText("Documents you provided");
    await expect(page.getByTestId("article-red-flags")).toContainText("documents you provided");
  });

  test("a long article: the claim list grows as it is scrolled and always shows the claim picked in the text", async ({ page, team }) => {
    const id = await createArticleWithClaims(team, "A long article", 130);
    await signIn(page, team.users.reviewer);
    await page.goto(`/articles/${id}`);
    const items = page.getByTestId("claim-item");
    await expect(items).toHaveCount(100);
    const more = page.getByRole("button", { name: "Show more claims (30 not listed yet)" });
    await more.scrollIntoViewIfNeeded();
    await expect(items).toHaveCount(130);
    await expect(more).toHaveCount(0);

    await page.reload();
    await expect(items).toHaveCount(100);
    await page.locator('[data-testid="article-text"] span[data-claims]').filter({ hasText: "Claim sentence 125 was" }).click();
    await expect(page.locator('[data-testid="claim-item"][aria-current="true"]')).toContainText("#125");
    await expect(page.locator('[data-testid="claim-item"][aria-current="true"]')).toBeInViewport();
    await expect(claimForm(page).locator("blockquote")).toContainText("Claim sentence 125 was");
  });

  test("a very long article: the page brings its first claims and fetches the rest; every claim can be opened", async ({ page, team }) => {
    const id = await createArticleWithClaims(team, "A very long article", 1100);
    const db = e2eDb();
    const [first, last] = await Promise.all([
      db.claim.findFirstOrThrow({ where: { articleId: id, number: 1 }, select: { id: true } }),
      db.claim.findFirstOrThrow({ where: { articleId: id, number: 1100 }, select: { id: true } }),
    ]);
    await signIn(page, team.users.reviewer);
    // The page itself carries the first 1,000 claims only.
    const html = await (await page.request.get(`/articles/${id}`)).text();
    expect(html).toContain(first.id);
    expect(html).not.toContain(last.id);

    await page.goto(`/articles/${id}`);
    await expect(page.getByTestId("review-progress")).toHaveText("0 of 1100 decided, 0 approved");
    await expect(page.getByText(/Loading the rest of this article/)).toHaveCount(0);
    await page.locator('[data-testid="article-text"] span[data-claims]').filter({ hasText: "Claim sentence 1050 was" }).click();
    await expect(claimForm(page).locator("blockquote")).toContainText("Claim sentence 1050 was");
    await expect(page.locator('[data-testid="claim-item"][aria-current="true"]')).toContainText("#1050");
  });

  test("approval: nobody approves their own verdict; another editor can", async ({ page, browser, team }) => {
    const id = await createArticle(team, DEMO_ARTICLE.title, DEMO_ARTICLE.text);
    await signIn(page, team.users.editor);
    await page.goto(`/articles/${id}`);
    await addClaimWithMouse(page, S.official);
    await claimForm(page).getByLabel("Sourcing type").selectOption("official");
    await claimForm(page).getByLabel("Verdict").selectOption({ label: "Mostly accurate (4)" });
    await saveClaim(page);
    await expect(claimForm(page).getByTestId("claim-status")).toHaveText("Decided");
    await expect(claimForm(page).getByRole("button", { name: "Approve verdict" })).toBeDisabled();
    await expect(claimForm(page).getByText("another editor must approve it")).toBeVisible();

    const reviewer = await browser.newContext({ baseURL: test.info().project.use.baseURL });
    const rp = await reviewer.newPage();
    await signIn(rp, team.users.reviewer);
    await rp.goto(`/articles/${id}`);
    await openClaim(rp, "The Ministry of Transport");
    await expect(claimForm(rp).getByRole("button", { name: "Approve verdict" })).toHaveCount(0);
    await reviewer.close();

    const admin = await browser.newContext({ baseURL: test.info().project.use.baseURL });
    const ap = await admin.newPage();
    await signIn(ap, team.users.admin);
    await ap.goto(`/articles/${id}`);
    await openClaim(ap, "The Ministry of Transport");
    await claimForm(ap).getByRole("button", { name: "Approve verdict" }).click();
    await expect(claimForm(ap).getByTestId("claim-status")).toHaveText("Approved");
    await expect(ap.getByTestId("review-progress")).toHaveText("1 of 1 decided, 1 approved");
    const row = await e2eDb().claim.findFirstOrThrow({ where: { articleId: id }, select: { status: true, approvedById: true, decidedById: true } });
    expect(row).toEqual({ status: "approved", approvedById: team.users.admin.id, decidedById: team.users.editor.id });
    await admin.close();
  });

  test("the whole review can be done with the keyboard only", async ({ page, team }) => {
    const id = await createArticle(team, DEMO_ARTICLE.title, DEMO_ARTICLE.text);
    await signIn(page, team.users.reviewer);
    await page.goto(`/articles/${id}`);
    // Tab to the article text.
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press("Tab");
      if (await page.getByTestId("article-text").evaluate((el) => el === document.activeElement)) break;
    }
    await expect(page.getByTestId("article-text")).toBeFocused();
    // Headline, byline, then the first sentence of the body; Shift extends to the next.
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Shift+ArrowDown");
    await page.keyboard.press("c");
    await expect(page.getByTestId("claim-item")).toHaveCount(1);
    await expect(claimForm(page).locator("blockquote")).toContainText("The people spoke on condition of anonymity");
    await expect(claimForm(page).getByLabel("Sourcing type")).toBeFocused();
    await claimForm(page).getByLabel("Sourcing type").press("ArrowDown"); // Not tagged → Anonymous
    await expect(claimForm(page).getByLabel("Sourcing type")).toHaveValue("anonymous");
    await page.keyboard.press("Tab");
    await page.keyboard.type("three people familiar with the negotiations");
    await page.keyboard.press("Tab");
    await page.keyboard.type("according to");
    await page.getByLabel("Why was anonymity granted?").focus();
    await page.keyboard.type("The talks are confidential.");
    await page.keyboard.press("Control+Enter");
    await expect(claimForm(page).getByText("version 2")).toBeVisible();

    // A second claim, then move between claims with J/K.
    await page.getByTestId("article-text").focus();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("claim-item")).toHaveCount(2);
    await page.getByTestId("article-text").focus();
    await page.keyboard.press("k");
    await expect(claimForm(page).locator("blockquote")).toContainText("The regional port authority");
    await page.keyboard.press("j");
    await expect(claimForm(page).locator("blockquote")).toContainText("The same people said");

    await page.reload();
    await openClaim(page, "The regional port authority");
    await expect(claimForm(page).getByLabel("Source (who)")).toHaveValue("three people familiar with the negotiations");
    await expect(claimForm(page).getByLabel("Why was anonymity granted?")).toHaveValue("The talks are confidential.");
  });

  test("one key per sourcing type: a number tags the selected sentence as a new claim, or retags the open claim", async ({ page, team }) => {
    const id = await createArticle(team, DEMO_ARTICLE.title, DEMO_ARTICLE.text);
    await signIn(page, team.users.reviewer);
    await page.goto(`/articles/${id}`);
    await page.getByRole("button", { name: "Shortcuts (?)" }).click();
    await expect(page.getByLabel("Keyboard shortcuts")).toContainText("1 Anonymous, 2 Official");
    await page.getByTestId("article-text").focus();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("2");
    await expect(page.getByTestId("claim-item")).toHaveCount(1);
    await expect(page.getByTestId("claim-item").first()).toContainText("Official");
    // Focus stays in the text: the next sentence is tagged the same way.
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("1");
    await expect(page.getByTestId("claim-item")).toHaveCount(2);
    await expect(page.getByTestId("claim-item").filter({ hasText: "Anonymous" })).toHaveCount(1);
    // The open claim (the one just made) is retagged with another key.
    await page.keyboard.press("6");
    await expect(page.getByTestId("claim-item").filter({ hasText: "Named person" })).toHaveCount(1);
    await expect(page.getByTestId("claim-item").filter({ hasText: "Anonymous" })).toHaveCount(0);
    await page.reload();
    await expect(page.getByTestId("claim-item").filter({ hasText: "Official" })).toHaveCount(1);
    await expect(page.getByTestId("claim-item").filter({ hasText: "Named person" })).toHaveCount(1);
  });

  test("the claim editor opens where the eye is: beside the text on a desktop, as a bottom sheet on a phone; Esc returns to the text", async ({ page, team }) => {
    const id = await createArticleWithClaims(team, "Editor placement", 60);
    await signIn(page, team.users.reviewer);
    for (const size of [{ width: 1440, height: 900 }, { width: 390, height: 844 }]) {
      await page.setViewportSize(size);
      await page.goto(`/articles/${id}`);
      await expect(page.getByTestId("article-text")).toHaveAttribute("data-interactive", "true");
      // A claim far down the article, clicked in the text.
      const mark = page.locator('[data-testid="article-text"] [data-claims]').filter({ hasText: "Claim sentence 55 was" }).first();
      await mark.scrollIntoViewIfNeeded();
      await mark.click();
      await expect(claimForm(page).locator("blockquote")).toContainText("Claim sentence 55 was");
      const sourcing = claimForm(page).getByLabel("Sourcing type");
      await expect(sourcing).toBeFocused();
      await expect(sourcing).toBeInViewport();
      const box = (await page.getByTestId("claim-sheet").boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeLessThan(size.height);
      if (size.width >= 1024) expect(box.x).toBeGreaterThan(size.width / 2); // beside the text, not under it
      else expect(box.y + box.height).toBeLessThanOrEqual(size.height + 1); // a sheet on the bottom edge
      await page.keyboard.press("Escape");
      await expect(page.getByTestId("article-text")).toBeFocused();
      await expect(page.getByTestId("claim-sheet")).toHaveCount(0);
      // The claim list is still there to pick from.
      await openClaim(page, "Claim sentence 3 was");
      await expect(page.getByTestId("claim-sheet")).toBeInViewport();
    }
  });

  test("on a touch screen a sentence selected with the system's handles becomes a claim", async ({ browser, team }) => {
    const id = await createArticle(team, DEMO_ARTICLE.title, DEMO_ARTICLE.text);
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await signIn(page, team.users.reviewer);
    await page.goto(`/articles/${id}`);
    const text = page.getByTestId("article-text");
    await expect(text).toHaveAttribute("data-interactive", "true");
    await text.getByText(S.named).tap();
    // What the selection handles leave behind: a range over the sentence.
    await text.evaluate((el, needle) => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = n.textContent!.indexOf(needle);
        if (at >= 0) return window.getSelection()!.setBaseAndExtent(n, at, n, at + needle.length);
      }
      throw new Error("sentence not found");
    }, S.named);
    await expect(text.locator("[data-pending]")).toHaveText(S.named);
    await page.getByRole("button", { name: /Add claim/ }).tap();
    await expect(claimForm(page).locator("blockquote")).toHaveText(`“${S.named}”`);
    const stored = await e2eDb().claim.findMany({ where: { articleId: id }, select: { exact: true } });
    expect(stored).toEqual([{ exact: S.named }]);
    await context.close();
  });

  test("a claim made by hand on a sentence the assistant has typed starts with that type", async ({ page, team }) => {
    const id = await createArticle(team, DEMO_ARTICLE.title, DEMO_ARTICLE.text);
    await signIn(page, team.users.reviewer);
    await page.goto(`/articles/${id}`);
    await page.getByRole("button", { name: "Suggest claims" }).click();
    await expect(page.locator('[data-testid="article-text"] [data-suggestion]').first()).toBeVisible();
    await selectWithMouse(page, S.documents);
    await page.getByRole("button", { name: /Add claim/ }).click();
    await expect(claimForm(page).locator("blockquote")).toContainText(S.documents);
    await expect(claimForm(page).getByLabel("Sourcing type")).toHaveValue("documents");
    await page.reload();
    await openClaim(page, S.documents.slice(0, 40));
    await expect(claimForm(page).getByLabel("Sourcing type")).toHaveValue("documents");
  });

  test("a viewer's page says it is read-only and offers nothing to mark or save", async ({ page, team }) => {
    const id = await createArticleWithClaims(team, "For reading", 3);
    await signIn(page, team.users.viewer);
    await page.goto(`/articles/${id}`);
    await expect(page.getByText("Read-only: you are a viewer")).toBeVisible();
    await openClaim(page, "Claim sentence 2 was");
    await expect(claimForm(page).locator("blockquote")).toContainText("Claim sentence 2 was");
    await expect(page.getByRole("button", { name: "Save claim" })).toHaveCount(0);
    await expect(page.getByText("Ctrl+Enter saves")).toHaveCount(0);
    // The claim reads as plain text: no control in its panel looks editable.
    await expect(page.getByTestId("claim-facts")).toContainText("Named person");
    await expect(page.getByTestId("claim-sheet").locator("input, select, textarea")).toHaveCount(0);
    await expect(page.getByRole("button", { name: /Add claim/ })).toHaveCount(0);
    // Keys that tag or mark do nothing to the record.
    await page.getByTestId("article-text").focus();
    await page.keyboard.press("ArrowDown");
    await expect(page.locator('[data-testid="article-text"] [data-pending]')).toHaveCount(0);
    await page.keyboard.press("1");
    await expect(page.getByTestId("claim-item").filter({ hasText: "Anonymous" })).toHaveCount(0);
  });

  test("the review page has no serious or critical accessibility violations", async ({ page, team }) => {
    const id = await createArticle(team, DEMO_ARTICLE.title, DEMO_ARTICLE.text);
    await signIn(page, team.users.reviewer);
    await page.goto(`/articles/${id}`);
    await addClaimWithMouse(page, S.provided);
    await claimForm(page).getByLabel("Sourcing type").selectOption("provided_documents");
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  });
});
