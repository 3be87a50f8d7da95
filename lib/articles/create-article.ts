import "server-only";
import type { TSession } from "@/lib/auth";
import { db } from "@/lib/db";
import { invalid } from "@/lib/errors";
import { consumeRateLimit } from "@/lib/limits/rate-limit";
import { requireMember } from "@/lib/teams/require-member";
import type { TCreateArticle } from "./schemas";

export type TCreatedArticle = { id: string; version: { id: string; number: number; text: string } };

export async function createArticle(session: TSession | null, input: TCreateArticle): Promise<TCreatedArticle> {
  const actor = await requireMember(session, "article.create");
  await consumeRateLimit(actor.userId, "import");
  const { text, sourceFormat, captureId, ...meta } = input;
  return db.$transaction(async (tx) => {
    const article = await tx.article.create({
      data: {
        ...meta,
        teamId: actor.teamId,
        createdById: actor.userId,
        versions: { create: { teamId: actor.teamId, number: 1, text, sourceFormat: captureId ? "url" : sourceFormat, createdById: actor.userId } },
      },
      select: { id: true, versions: { select: { id: true, number: true } } },
    });
    if (captureId) {
      // The page fetched for this import's preview, by this team, not yet saved as an article.
      const kept = await tx.articleCapture.updateMany({ where: { id: captureId, teamId: actor.teamId, articleId: null }, data: { articleId: article.id, versionId: article.versions[0]!.id } });
      if (kept.count !== 1) throw invalid("That imported page was already saved, or is not this team's. Import the address again.", { captureId: "Import the address again." });
    }
    await tx.auditEvent.create({
      data: { teamId: actor.teamId, articleId: article.id, actorId: actor.userId, action: "article.created", newValue: { title: meta.title, characters: text.length } },
    });
    const version = article.versions[0]!;
    return { id: article.id, version: { id: version.id, number: version.number, text } };
  });
}
