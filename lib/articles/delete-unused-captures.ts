// A URL preview stores its capture before the reviewer decides to save: one never saved
// is kept a day (the preview can still be saved) and then removed, so abandoned
// previews do not pile up compressed pages in the database.
import "server-only";
import { db } from "@/lib/db";

export const UNUSED_CAPTURE_TTL_HOURS = 24;

export async function deleteUnusedCaptures(now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - UNUSED_CAPTURE_TTL_HOURS * 3600_000);
  const { count } = await db.articleCapture.deleteMany({ where: { articleId: null, createdAt: { lt: cutoff } } });
  return count;
}
