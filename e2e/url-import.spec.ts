// Import from a URL, as a reviewer does it: the page comes from a server in this test
// process (a WordPress-style news page with a captioned photo, ads, share and Related
// boxes), the preview fills the form, the saved article shows the text and where it was
// captured, and the assistant's suggestions include nothing from the caption.
import { NEWS_PAGES } from "../tests/support/news-pages";
import { startNewsServer, type TPageServer } from "../tests/support/page-server";
import { expect, signIn, test } from "./fixtures";

let pages: TPageServer;
test.beforeAll(async () => {
  pages = await startNewsServer(Number(process.env.E2E_PAGES_PORT));
});
test.afterAll(async () => pages?.close());

const WP = NEWS_PAGES["/wordpress"];
const CAPTION = "The north pier at low tide";

test("import a news page from its address: preview, correct, save, suggest claims; no caption is suggested", async ({ page, team }) => {
  await signIn(page, team.users.reviewer);
  await page.goto("/articles/new");
  await page.getByLabel("Article address").fill(`${pages.base}/wordpress`);
  await page.getByRole("button", { name: "Fetch article" }).click();
  await expect(page.getByTestId("import-preview-note")).toContainText(`Fetched from 127.0.0.1:${pages.port}`);
  // The preview: every field filled from the page, for the reviewer to check.
  await expect(page.getByLabel("Title")).toHaveValue("Harbour authority to close north pier for repairs");
  await expect(page.getByLabel("Outlet")).toHaveValue("The Harbour Gazette");
  await expect(page.getByLabel("Author")).toHaveValue("Jane Doe");
  await expect(page.getByLabel("URL", { exact: true })).toHaveValue("https://harbourgazette.example/2026/03/14/north-pier-closure/");
  await expect(page.getByLabel("Publication date")).toHaveValue("2026-03-14");
  await expect(page.getByLabel("Article text")).toHaveValue(WP.text);
  // The reviewer corrects the byline before saving.
  await page.getByLabel("Author").fill("Jane Doe and Ali Khan");
  await page.getByRole("button", { name: "Add article" }).click();
  await expect(page).toHaveURL(/\/articles\/[0-9a-f-]{36}$/);
  const id = page.url().split("/").pop()!;

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Harbour authority to close north pier for repairs");
  await expect(page.getByText("The Harbour Gazette · Jane Doe and Ali Khan", { exact: false })).toBeVisible();
  await expect(page.getByTestId("article-text")).toHaveText(WP.text);
  await expect(page.getByTestId("capture-line")).toContainText(`from 127.0.0.1:${pages.port}`);
  const download = await page.request.get(await page.getByRole("link", { name: "Download capture" }).getAttribute("href") ?? "");
  expect(download.status()).toBe(200);
  expect(download.headers()["content-disposition"]).toMatch(/^attachment;/);
  expect(await download.text()).toBe(WP.html);

  await page.getByRole("button", { name: "Suggest claims" }).click();
  await expect(page.getByTestId("suggestion-panel").getByTestId("current-suggestion")).toBeVisible();
  const res = await page.request.get(`/api/articles/${id}/suggestions`);
  expect(res.status()).toBe(200);
  const { suggestions } = (await res.json()) as { suggestions: Array<{ start: number; end: number }> };
  const said = suggestions.map((s) => WP.text.slice(s.start, s.end));
  expect(said.length).toBeGreaterThan(0);
  expect(said.some((s) => s.includes("Maria Keane"))).toBe(true);
  for (const s of said) expect(s).not.toContain(CAPTION);
  await expect(page.getByTestId("article-text")).not.toContainText(CAPTION);
});

test("a refused address says why on the form and saves nothing", async ({ page, team }) => {
  await signIn(page, team.users.reviewer);
  await page.goto("/articles/new");
  await page.getByLabel("Article address").fill("http://169.254.169.254/latest/meta-data/");
  await page.getByRole("button", { name: "Fetch article" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "That address points inside this network" })).toBeVisible();
  await expect(page.getByLabel("Article text")).toHaveValue("");
  await page.goto("/");
  await expect(page.getByText("No articles yet.")).toBeVisible();
});
