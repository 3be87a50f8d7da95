// What a reviewer marks is exactly what is stored. Articles come in the way users bring
// them (pasted into the form, uploaded as each file kind, sent to the JSON API), the
// review page is loaded fresh, sentences are selected with the mouse and with the
// keyboard, and the claim the server stored must be exactly the selected text.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import type { Page } from "@playwright/test";
import { expect, signIn, test } from "./fixtures";
import { selectWithMouse } from "./review-helpers";

const SEED = path.resolve(process.cwd(), "../shared/fixtures/seed-article.txt");
const seedPresent = existsSync(SEED);
if (!seedPresent) console.log(`Skipping the seed-article intake checks: ${SEED} is not on this machine.`);

type TStored = { article: { version: { id: string; text: string } }; claims: Array<{ id: string; exact: string; start: number; end: number }> };

async function stored(page: Page, articleId: string): Promise<TStored> {
  const res = await page.request.get(`/api/articles/${articleId}/claims`);
  expect(res.status()).toBe(200);
  return (await res.json()) as TStored;
}

// Pastes into the intake form as a user does, submits, and lands on the review page.
async function pasteArticle(page: Page, title: string, text: string): Promise<string> {
  await page.goto("/articles/new");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Article text").fill(text);
  await page.getByRole("button", { name: "Add article" }).click();
  await expect(page).toHaveURL(/\/articles\/[0-9a-f-]{36}$/);
  return page.url().split("/").pop()!;
}

async function uploadArticle(page: Page, title: string, file: { name: string; mimeType: string; body: string }): Promise<string> {
  await page.goto("/articles/new");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel(/or upload a file/).setInputFiles({ name: file.name, mimeType: file.mimeType, buffer: Buffer.from(file.body) });
  await page.getByRole("button", { name: "Add article" }).click();
  await expect(page).toHaveURL(/\/articles\/[0-9a-f-]{36}$/);
  return page.url().split("/").pop()!;
}

// A fresh load of the review page, ready for selections.
async function openFresh(page: Page, articleId: string) {
  await page.goto(`/articles/${articleId}`);
  await expect(page.getByTestId("article-text")).toHaveAttribute("data-interactive", "true");
}

// Drags over `needle` with the mouse, adds the claim, and returns what the browser
// reported as selected and the claim the server stored.
async function markWithMouse(page: Page, articleId: string, needle: string) {
  const before = (await stored(page, articleId)).claims.length;
  // What the browser says is selected when the button is released (the page then
  // re-renders the pending highlight, which replaces the selected text nodes).
  await page.evaluate(() => {
    const w = window as unknown as { __selected?: string };
    document.addEventListener("mouseup", () => (w.__selected = window.getSelection()?.toString() ?? ""), { capture: true, once: true });
  });
  await selectWithMouse(page, needle);
  const selected = await page.evaluate(() => (window as unknown as { __selected?: string }).__selected ?? "");
  await page.getByRole("button", { name: "Add claim (C)" }).click();
  await expect(page.getByTestId("claim-item")).toHaveCount(before + 1);
  const after = await stored(page, articleId);
  const claim = after.claims.find((c) => c.exact === needle) ?? after.claims.at(-1)!;
  return { selected, claim, text: after.article.version.text };
}

// The first sentence after the n-th paragraph break (n = -1: the last paragraph).
function sentenceAfterBreak(text: string, n: number): string {
  const paragraphs = text.split("\n\n");
  const p = n < 0 ? paragraphs.at(-1)! : paragraphs[n]!;
  const end = p.search(/[.!?。](\s|$)/u);
  return (end < 0 ? p : p.slice(0, end + 1)).split("\n")[0]!;
}

async function expectStoredExactly(page: Page, articleId: string, needle: string) {
  const { selected, claim, text } = await markWithMouse(page, articleId, needle);
  expect(selected).toBe(needle);
  expect(claim.exact).toBe(needle);
  expect(text.slice(claim.start, claim.end)).toBe(needle);
}

const INTERNATIONAL = [
  "Zółć\u00A0i\tgęś: Łukasz Zółć said the budget grew 😀 this year.",
  "Cafe\u0301 owners in Kraków said prices rose 12\u00A0percent.",
  "قال المتحدث باسم الوزارة إن الاجتماع سيعقد يوم الأحد.",
  "Families 👨\u200D👩\u200D👧 told reporters the 🇵🇱 office stayed closed.",
  "Officials in 東京 said the agreement was signed on Monday.",
  "The mayor\u2019s office said « the\u202Fbridge » reopens in May.",
  "Eleni Papadopoulou (Ελένη Παπαδοπούλου) told the court she was never paid.",
  "The last paragraph ends here, with a tab\tinside.",
].join("\r\n\r\n");

test.describe("intake and selection: what is marked is what is stored", () => {
  test("the seed article pasted into the form: a dragged sentence is stored exactly, after the 1st, 5th and last paragraph break", async ({ page, team }) => {
    test.skip(!seedPresent, `seed article absent: ${SEED}`);
    test.setTimeout(120_000);
    await signIn(page, team.users.reviewer);
    const id = await pasteArticle(page, "Seed article, pasted", readFileSync(SEED, "utf8"));
    await page.reload();
    await expect(page.getByTestId("article-text")).toHaveAttribute("data-interactive", "true");
    const text = (await stored(page, id)).article.version.text;
    // The reading view renders exactly the stored string.
    expect(await page.getByTestId("article-text").evaluate((el) => el.textContent)).toBe(text);
    expect(text).not.toContain("\r");

    await expectStoredExactly(page, id, "Call prior to the designation of the Cartel of the Suns as a Foreign Terrorist Organization.");
    for (const n of [1, 5, -1]) {
      await openFresh(page, id);
      await expectStoredExactly(page, id, sentenceAfterBreak(text, n));
    }
  });

  test("international text with CRLF, tabs, emoji, combining accents, Arabic and NBSP: mouse selections are stored exactly", async ({ page, team }) => {
    test.setTimeout(120_000);
    await signIn(page, team.users.reviewer);
    const id = await pasteArticle(page, "Pasted from a wire with CRLF", INTERNATIONAL);
    const text = (await stored(page, id)).article.version.text;
    expect(text).toBe(INTERNATIONAL.replace(/\r\n/g, "\n").normalize("NFC"));
    await openFresh(page, id);
    expect(await page.getByTestId("article-text").evaluate((el) => el.textContent)).toBe(text);
    for (const n of [1, 5, -1]) {
      await openFresh(page, id);
      await expectStoredExactly(page, id, sentenceAfterBreak(text, n));
    }
    await openFresh(page, id);
    await expectStoredExactly(page, id, "Families 👨\u200D👩\u200D👧 told reporters the 🇵🇱 office stayed closed.");
  });

  test("keyboard selections (sentence cursor) on pasted text are stored exactly, Arabic included", async ({ page, team }) => {
    await signIn(page, team.users.reviewer);
    const id = await pasteArticle(page, "Keyboard on pasted text", INTERNATIONAL);
    const text = (await stored(page, id)).article.version.text;
    await openFresh(page, id);
    const paragraphs = text.split("\n\n");
    // The sentence cursor steps one sentence per ArrowDown; each paragraph here is one sentence.
    for (const target of [1, 2, 5, paragraphs.length - 1]) {
      await openFresh(page, id);
      const before = (await stored(page, id)).claims.length;
      await page.getByTestId("article-text").focus();
      for (let i = 0; i <= target; i++) await page.keyboard.press("ArrowDown");
      await page.keyboard.press("c");
      await expect(page.getByTestId("claim-item")).toHaveCount(before + 1);
      const after = await stored(page, id);
      const claim = after.claims.find((c) => !c.exact.includes("\n") && c.exact === paragraphs[target]);
      expect(claim?.exact, `paragraph ${target}`).toBe(paragraphs[target]);
      expect(text.slice(claim!.start, claim!.end)).toBe(paragraphs[target]);
    }
  });

  for (const file of [
    { kind: "txt", name: "wire.txt", mimeType: "text/plain", body: `\uFEFF${INTERNATIONAL}\r\n` },
    { kind: "md", name: "draft.md", mimeType: "text/markdown", body: `# Headline\r\n\r\nA *first* paragraph.\r\n\r\n${INTERNATIONAL.split("\r\n\r\n").slice(0, 6).join("\r\n\r\n")}\r\n\r\n- a list item said so\r\n` },
    { kind: "html", name: "page.html", mimeType: "text/html", body: `<html><body><h1>Headline</h1>${INTERNATIONAL.split("\r\n\r\n").map((p) => `<p>${p.replace(/\u00A0/g, "&nbsp;")}</p>`).join("\r\n")}</body></html>` },
  ]) {
    test(`an uploaded .${file.kind} file: a sentence in its last paragraph is stored exactly`, async ({ page, team }) => {
      await signIn(page, team.users.reviewer);
      const id = await uploadArticle(page, `Uploaded ${file.kind}`, file);
      const text = (await stored(page, id)).article.version.text;
      await openFresh(page, id);
      expect(await page.getByTestId("article-text").evaluate((el) => el.textContent)).toBe(text);
      await expectStoredExactly(page, id, sentenceAfterBreak(text, -1));
      await expectStoredExactly(page, id, sentenceAfterBreak(text, 5));
    });
  }

  // Property: random texts over the alphabet above, sent to the JSON API; the reading view
  // shows the stored string, and a random selection of it is stored unit for unit.
  test("random texts through the JSON API: the view shows the stored string and random selections round-trip", async ({ page, team }) => {
    test.setTimeout(180_000);
    await signIn(page, team.users.reviewer);
    const alphabet = fc.constantFrom("a", "Z", " ", ". ", "\n", "\r\n", "\r\n\r\n", "\t", "\u00A0", "😀", "e\u0301", "ł", "مرحبا", "\u200B", "\u200D", "\u202E", "\uFEFF", "中");
    const texts = fc.sample(fc.array(alphabet, { minLength: 20, maxLength: 120 }).map((p) => `Start ${p.join("")} end.`), { numRuns: 12, seed: 20261130 });
    for (const [i, raw] of texts.entries()) {
      const res = await page.request.post("/api/articles", { data: { title: `Random ${i}`, text: raw } });
      expect(res.status()).toBe(201);
      const created = (await res.json()) as { id: string; version: { text: string } };
      await openFresh(page, created.id);
      expect(await page.getByTestId("article-text").evaluate((el) => el.textContent), `text ${i}`).toBe(created.version.text);
      // A selection between two code-point boundaries, set on the DOM as a drag would leave it.
      const units = [...created.version.text];
      const cut = (k: number) => units.slice(0, k).join("").length;
      let a = (i * 7919) % units.length;
      let b = Math.min(units.length, a + 3 + ((i * 104729) % 25));
      while (b < units.length && !created.version.text.slice(cut(a), cut(b)).trim()) b++;
      if (!created.version.text.slice(cut(a), cut(b)).trim()) a = 0;
      const selected = await page.getByTestId("article-text").evaluate(
        (root, { start, end }) => {
          const locate = (offset: number) => {
            const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
            let seen = 0;
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              const len = (n.nodeValue ?? "").length;
              if (offset <= seen + len) return { node: n, offset: offset - seen };
              seen += len;
            }
            throw new Error("offset outside text");
          };
          const s = locate(start);
          const e = locate(end);
          const range = document.createRange();
          range.setStart(s.node, s.offset);
          range.setEnd(e.node, e.offset);
          const sel = window.getSelection()!;
          sel.removeAllRanges();
          sel.addRange(range);
          root.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
          return sel.toString();
        },
        { start: cut(a), end: cut(b) },
      );
      await page.getByRole("button", { name: "Add claim (C)" }).click();
      await expect(page.getByTestId("claim-item")).toHaveCount(1);
      const claims = (await stored(page, created.id)).claims;
      expect(claims[0]!.exact, `text ${i}`).toBe(selected);
    }
  });
});
