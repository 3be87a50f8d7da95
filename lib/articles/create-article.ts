import "server-only";
import type { TSession } from "@/lib/auth";
import { db } from "@/lib/db";
import { consumeRateLimit } from "@/lib/limits/rate-limit";
import { requireMember } from "@/lib/teams/require-member";
import type { TCreateArticle } from "./schemas";

export type TCreatedArticle = { id: string; version: { id: string; number: number; text: string } };

export async function createArticle(session: TSession | null, input: TCreateArticle): Promise<TCreatedArticle> {
  const actor = await requireMember(session, "article.create");
  await consumeRateLimit(actor.userId, "import");
  const { text, sourceFormat, ...meta } = input;
  return db.$transaction(async (tx) => {
    const article = await tx.article.create({
      data: {
        ...meta,
        teamId: actor.teamId,
        createdById: actor.userId,
        versions: { create: { teamId: actor.teamId, number: 1, text, sourceFormat, createdById: actor.userId } },
      },
      select: { id: true, versions: { select: { id: true, number: true } } },
    });
    await tx.auditEvent.create({
      data: { teamId: actor.teamId, articleId: article.id, actorId: actor.userId, action: "article.created", newValue: { title: meta.title, characters: text.length } },
    });
    const version = article.versions[0]!;
    return { id: article.id, version: { id: version.id, number: version.number, text } };
  });
}
