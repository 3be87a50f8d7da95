// The review page of the 1,000-claim article on the production build: server render
// time (full HTML over loopback with a signed-in cookie), time until the highlights
// are interactive in headless Chromium (the page's own performance mark, set when the
// reading view has hydrated), the JavaScript the page loads, gzip-compressed, and how
// long saving a claim's rationale takes there, click to the new version on screen.
import { existsSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { INTERACTIVE_MARK } from "../../components/review/interactive-mark";
import { chromiumExecutablePath } from "../../scripts/lib/chromium";
import { BENCH_EDITOR, BENCH_PASSWORD } from "./bench-db";
import { percentile, type TFigure } from "./figures";
import { signIn, startApp } from "./http";

const PORT = 3400;
const SERVER_RUNS = 20;
const BROWSER_RUNS = 7;
const SAVE_RUNS = 10;

type TPage = Awaited<ReturnType<Awaited<ReturnType<typeof chromium.launch>>["newPage"]>>;

// Moves the sentence cursor with ArrowDown `runs` times (after one warm-up) and returns
// the times from the key press until the newly outlined sentence is on screen.
async function timeCursor(page: TPage, runs: number): Promise<number[]> {
  await page.locator('[data-testid="article-text"]').focus();
  const outlined = () => page.evaluate(() => document.querySelector('[data-testid="article-text"] [data-pending]')?.textContent ?? "");
  const ms: number[] = [];
  for (let k = 0; k < runs + 1; k++) {
    const before = await outlined();
    const t0 = performance.now();
    await page.keyboard.press("ArrowDown");
    await page.waitForFunction(
      (b) => (document.querySelector('[data-testid="article-text"] [data-pending]')?.textContent ?? "") !== b,
      before,
      { timeout: 30_000 },
    );
    if (k > 0) ms.push(performance.now() - t0);
  }
  await page.keyboard.press("Escape");
  return ms;
}

// Saves the open claim's rationale `runs` times (after one warm-up) and returns the
// times from the click until the editor shows the claim's next version, and the size
// of the last save's answer.
async function timeSaves(page: TPage, runs: number): Promise<{ ms: number[]; answerBytes: number }> {
  const form = page.locator('form[aria-label="Claim details"]');
  const versionLine = form.locator("p").first();
  let answerBytes = 0;
  page.on("response", (r) => {
    // The save's own answer: the editor also reloads the claim's history after a save.
    const req = r.request();
    if (req.method() === "POST" && req.headers()["next-action"] && req.postData()?.includes("Benchmark save")) void r.body().then((b) => (answerBytes = b.length), () => undefined);
  });
  const ms: number[] = [];
  for (let k = 0; k < runs + 1; k++) {
    const before = await versionLine.textContent();
    await form.getByLabel("Rationale").fill(`Benchmark save ${k} at ${new Date().toISOString()}`);
    const t0 = performance.now();
    await form.getByRole("button", { name: "Save claim" }).click();
    await page.waitForFunction(
      (b) => document.querySelector('form[aria-label="Claim details"] p')?.textContent !== b,
      before,
      { timeout: 30_000 },
    );
    if (k > 0) ms.push(performance.now() - t0);
  }
  return { ms, answerBytes };
}

export async function benchReviewPage(databaseUrl: string, articleId: string, claims: number): Promise<TFigure[]> {
  const executablePath = chromiumExecutablePath();
  if (executablePath && !existsSync(executablePath)) throw new Error("No Chromium: install Debian's (apt-get install -y chromium), as .ci/run does.");
  const app = await startApp(databaseUrl, PORT);
  const browser = await chromium.launch({ executablePath }).catch((err: unknown) => {
    app.stop();
    throw err;
  });
  try {
    const cookie = await signIn(app.base, BENCH_EDITOR, BENCH_PASSWORD);
    const url = `${app.base}/articles/${articleId}`;

    const server: number[] = [];
    let html = 0;
    for (let i = 0; i < SERVER_RUNS + 3; i++) {
      const t0 = performance.now();
      const res = await fetch(url, { headers: { cookie } });
      const body = await res.text();
      if (!res.ok) throw new Error(`GET ${url} answered ${res.status}`);
      if (i >= 3) server.push(performance.now() - t0);
      html = body.length;
    }

    const [name, value] = [cookie.slice(0, cookie.indexOf("=")), cookie.slice(cookie.indexOf("=") + 1)];
    const tti: number[] = [];
    let scriptBytes = 0;
    let scriptGzip = 0;
    let highlighted = 0;
    let saves: { ms: number[]; answerBytes: number } = { ms: [], answerBytes: 0 };
    let cursor: number[] = [];
    for (let i = 0; i < BROWSER_RUNS + 1; i++) {
      // A fresh context each time: nothing cached, as for a reviewer opening the page anew.
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      await context.addCookies([{ name, value, url: app.base }]);
      const page = await context.newPage();
      const scripts: Array<Promise<Buffer>> = [];
      page.on("response", (r) => {
        if (r.request().resourceType() === "script" && r.url().startsWith(app.base)) scripts.push(r.body());
      });
      await page.goto(url, { waitUntil: "commit" });
      await page.waitForSelector('[data-testid="article-text"][data-interactive="true"]', { timeout: 60_000 });
      const mark = await page.evaluate((m) => performance.getEntriesByName(m)[0]?.startTime ?? NaN, INTERACTIVE_MARK);
      if (i > 0) tti.push(mark); // the first load also warms the server's caches
      if (i === 0) {
        await page.waitForLoadState("networkidle");
        const bodies = await Promise.all(scripts);
        scriptBytes = bodies.reduce((n, b) => n + b.length, 0);
        scriptGzip = bodies.reduce((n, b) => n + gzipSync(b).length, 0);
        highlighted = await page.locator('[data-testid="article-text"] span[data-claims]:not([data-claims=""])').count();
        // Interactive means it: a click on a highlight selects its claim.
        await page.locator('[data-testid="article-text"] span[data-claims]:not([data-claims=""])').nth(500).click();
        await page.waitForSelector('[data-testid="article-text"] span.outline-blue-700', { timeout: 10_000 });
        saves = await timeSaves(page, SAVE_RUNS);
        cursor = await timeCursor(page, SAVE_RUNS);
      }
      await context.close();
    }
    if (highlighted < claims / 2) throw new Error(`Only ${highlighted} highlighted spans for ${claims} claims.`);
    const p50 = (xs: number[]) => percentile(xs, 50);
    return [
      { section: "Review page", what: `server render, ${claims} claims (p50 of ${SERVER_RUNS}; HTML ${(html / 1024).toFixed(0)} KiB)`, value: p50(server), unit: "ms", goal: { text: "≤ 1000 ms", met: p50(server) <= 1000 }, note: `p95 ${percentile(server, 95).toFixed(0)} ms` },
      { section: "Review page", what: `highlights interactive in Chromium (p50 of ${BROWSER_RUNS})`, value: p50(tti), unit: "ms", goal: { text: "≤ 1000 ms", met: p50(tti) <= 1000 }, note: `from navigation start to hydrated reading view, ${highlighted} highlighted spans; worst ${Math.max(...tti).toFixed(0)} ms` },
      { section: "Review page", what: `saving a claim, click to new version on screen (p50 of ${SAVE_RUNS}; answer ${(saves.answerBytes / 1024).toFixed(1)} KiB)`, value: p50(saves.ms), unit: "ms", note: `worst ${Math.max(...saves.ms).toFixed(0)} ms` },
      { section: "Review page", what: `moving the sentence cursor (ArrowDown) until the next sentence is outlined (p50 of ${SAVE_RUNS})`, value: p50(cursor), unit: "ms", note: `worst ${Math.max(...cursor).toFixed(0)} ms` },
      { section: "Review page", what: `JavaScript loaded (${(scriptBytes / 1024).toFixed(0)} KiB uncompressed)`, value: scriptGzip / 1024, unit: "KiB gzip", goal: { text: "≤ 250 KiB", met: scriptGzip / 1024 <= 250 } },
    ];
  } finally {
    await browser.close();
    app.stop();
  }
}
