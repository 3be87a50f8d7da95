// Abandoned URL previews: a capture never saved with an article goes after a day; one
// saved with its article, or a preview from the last day, stays.
import { describe, expect, it } from "vitest";
import { gzipSync } from "node:zlib";
import { deleteUnusedCaptures, UNUSED_CAPTURE_TTL_HOURS } from "@/lib/articles/delete-unused-captures";
import { db } from "@/lib/db";
import { seedArticle, seedTeam } from "../support/factory";

describe("unused captures", () => {
  it("removes previews older than a day that were never saved, and nothing else", async () => {
    const t = await seedTeam();
    const article = await seedArticle(t.teamId, "Saved from a page.");
    const now = new Date();
    const old = new Date(now.getTime() - (UNUSED_CAPTURE_TTL_HOURS + 1) * 3600_000);
    const recent = new Date(now.getTime() - (UNUSED_CAPTURE_TTL_HOURS - 1) * 3600_000);
    const capture = (createdAt: Date, articleId: string | null) =>
      db.articleCapture.create({
        data: { teamId: t.teamId, articleId, requestedUrl: "https://news.example/a", finalUrl: "https://news.example/a", httpStatus: 200, contentType: "text/html", fetchedAt: createdAt, sha256: "0".repeat(64), bodyBytes: 4, bodyGzip: gzipSync("page"), createdAt },
        select: { id: true },
      });
    const abandoned = await capture(old, null);
    const pending = await capture(recent, null);
    const saved = await capture(old, article.id);
    expect(await deleteUnusedCaptures(now)).toBeGreaterThanOrEqual(1);
    const left = new Set((await db.articleCapture.findMany({ where: { teamId: t.teamId }, select: { id: true } })).map((c) => c.id));
    expect(left.has(abandoned.id)).toBe(false);
    expect(left.has(pending.id)).toBe(true);
    expect(left.has(saved.id)).toBe(true);
  });
});
