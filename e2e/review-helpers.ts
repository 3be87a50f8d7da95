// Browser helpers for the review workbench: real mouse selections over the article
// text (press, drag, release at the characters' on-screen positions), and the steps
// a reviewer repeats.
import { expect, type Page } from "@playwright/test";

// Resolves once the page has stopped scrolling (the same scroll position for three
// animation frames): a smooth scroll still running would move the text under the mouse.
export async function scrollSettled(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let last = Number.NaN;
        let same = 0;
        const tick = () => {
          const y = window.scrollY;
          same = y === last ? same + 1 : 0;
          last = y;
          if (same >= 3) resolve();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );
}

export async function selectWithMouse(page: Page, needle: string, occurrence = 0): Promise<void> {
  await scrollSettled(page);
  const box = await page.getByTestId("article-text").evaluate(
    (root, { needle, occurrence }) => {
      const text = root.textContent ?? "";
      let at = -1;
      for (let i = 0; i <= occurrence; i++) at = text.indexOf(needle, at + 1);
      if (at < 0) throw new Error(`"${needle}" is not in the article text`);
      const locate = (offset: number) => {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        let seen = 0;
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const len = (n.nodeValue ?? "").length;
          if (offset < seen + len || (offset === seen + len && !walker.nextSibling)) return { node: n, offset: offset - seen };
          seen += len;
        }
        throw new Error("offset outside text");
      };
      const charRect = (offset: number) => {
        const { node, offset: o } = locate(offset);
        const r = document.createRange();
        r.setStart(node, o);
        r.setEnd(node, o + 1);
        const rects = [...r.getClientRects()].filter((x) => x.width > 0);
        return rects[0] ?? r.getBoundingClientRect();
      };
      // Bring the whole span into the viewport: the mouse can only drag over what is visible.
      const top = charRect(at).top;
      const bottom = charRect(at + needle.length - 1).bottom;
      window.scrollBy(0, top - Math.max(80, (window.innerHeight - (bottom - top)) / 2));
      const a = charRect(at);
      const b = charRect(at + needle.length - 1);
      return { x1: a.left + 1, y1: a.top + a.height / 2, x2: b.right - 1, y2: b.top + b.height / 2 };
    },
    { needle, occurrence },
  );
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 5 });
  await page.mouse.move(box.x2, box.y2, { steps: 5 });
  await page.mouse.up();
}

export async function addClaimWithMouse(page: Page, needle: string, occurrence = 0): Promise<void> {
  const before = await page.getByTestId("claim-item").count();
  const add = page.getByRole("button", { name: "Add claim (C)" });
  await selectWithMouse(page, needle, occurrence);
  await add.click();
  await expect(page.getByTestId("claim-item")).toHaveCount(before + 1);
  await expect(page.getByRole("form", { name: "Claim details" }).locator("blockquote")).toHaveText(`“${needle}”`);
}

export const claimForm = (page: Page) => page.getByRole("form", { name: "Claim details" });

export async function saveClaim(page: Page): Promise<void> {
  const form = claimForm(page);
  const version = await form.locator("text=/version \\d+/").first().textContent();
  await form.getByRole("button", { name: "Save claim" }).click();
  await expect(form.locator("text=/version \\d+/").first()).not.toHaveText(version!);
}

export async function openClaim(page: Page, excerpt: string): Promise<void> {
  await page.getByTestId("claim-item").filter({ hasText: excerpt }).first().click();
  await expect(claimForm(page).locator("blockquote")).toContainText(excerpt);
}
