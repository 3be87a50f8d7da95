// The seed article lives in ../shared (present on the team's machines and CI, absent on
// a user's); its text is read at test time and never copied into the project.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, signIn, test } from "./fixtures";
import { addClaimWithMouse, claimForm, openClaim, saveClaim } from "./review-helpers";

const SEED = path.resolve(process.cwd(), "../shared/fixtures/seed-article.txt");
const present = existsSync(SEED);
if (!present) console.log(`Skipping the seed-article journey: ${SEED} is not on this machine.`);

// The sentence of the seed article that contains `marker`, as it appears in the file.
function sentenceWith(text: string, marker: string): string {
  const at = text.indexOf(marker);
  if (at < 0) throw new Error(`The seed article no longer contains "${marker}"`);
  const before = text.slice(0, at);
  const start = Math.max(before.lastIndexOf(". ") + 2, before.lastIndexOf("\n") + 1, 0);
  const rest = text.slice(at);
  const stop = rest.search(/[.!?](\s|$)/);
  return text.slice(start, at + (stop < 0 ? rest.length : stop + 1));
}

test.describe("seed article", () => {
  test.skip(!present, `seed article absent: ${SEED}`);

  test("imported through the UI and reviewed: red flag, anonymous second-hand, official — all persist", async ({ page, team }) => {
    const text = readFileSync(SEED, "utf8");
    await signIn(page, team.users.reviewer);
    await page.goto("/articles/new");
    await page.getByLabel("Title").fill("Seed article: Trump–Maduro call");
    await page.getByLabel("Outlet").fill("Seed outlet");
    await page.getByLabel("URL").fill("https://example.org/seed-article");
    await page.getByLabel("Article text").fill(text);
    await page.getByRole("button", { name: "Add article" }).click();
    await expect(page).toHaveURL(/\/articles\/[0-9a-f-]{36}$/);

    const provided = sentenceWith(text, "according to documents you provided me");
    const nyt = sentenceWith(text, "cited in a report from The New York Times");
    const official = sentenceWith(text, "The Trump Administration maintains");

    await addClaimWithMouse(page, provided);
    await claimForm(page).getByLabel("Sourcing type").selectOption("provided_documents");
    await expect(claimForm(page).getByText("⚑ Writer-addressed sourcing")).toBeVisible();
    await claimForm(page).getByLabel("Cue").fill("according to");
    await saveClaim(page);

    await addClaimWithMouse(page, nyt);
    await claimForm(page).getByLabel("Sourcing type").selectOption("anonymous");
    await claimForm(page).getByLabel("Source (who)").fill("several people with knowledge of the contact (via The New York Times)");
    await claimForm(page).getByLabel("First- or second-hand").selectOption("second_hand");
    await claimForm(page).getByLabel("Why was anonymity granted?").fill("Not authorized to speak publicly on the matter.");
    await saveClaim(page);

    await addClaimWithMouse(page, official);
    await claimForm(page).getByLabel("Sourcing type").selectOption("official");
    await claimForm(page).getByLabel("Source (who)").fill("The Trump Administration");
    await claimForm(page).getByLabel("Cue").fill("maintains");
    await saveClaim(page);

    await page.reload();
    await expect(page.getByTestId("claim-item")).toHaveCount(3);
    await expect(page.getByTestId("claim-item").filter({ hasText: "Documents you provided" })).toContainText("⚑ Red flag");

    await openClaim(page, "President Donald Trump held a phone call");
    await expect(claimForm(page).getByLabel("Sourcing type")).toHaveValue("anonymous");
    await expect(claimForm(page).getByLabel("First- or second-hand")).toHaveValue("second_hand");
    await expect(claimForm(page).getByLabel("Why was anonymity granted?")).toHaveValue("Not authorized to speak publicly on the matter.");
    await expect(page.getByTestId("claim-history")).toContainText("anonymityReason");

    await openClaim(page, "The Trump Administration maintains");
    await expect(claimForm(page).getByLabel("Sourcing type")).toHaveValue("official");
    await expect(page.getByTestId("claim-history")).toContainText("sourcingType — → official");

    await openClaim(page, provided.slice(0, 40));
    await expect(claimForm(page).getByText("addressed to the writer, not the reader")).toBeVisible();
    await expect(page.getByTestId("claim-history")).toContainText("provided_documents");
  });
});
