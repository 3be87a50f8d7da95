import "server-only";
import type { TSession } from "@/lib/auth";
import { db } from "@/lib/db";
import { requireMember, type TActor } from "@/lib/teams/require-member";

export type TArticleRow = {
  id: string;
  title: string;
  outlet: string | null;
  publishedAt: string | null;
  claims: number;
  decided: number;
  approved: number;
};

export async function listArticles(session: TSession | null): Promise<{ actor: TActor; articles: TArticleRow[] }> {
  const actor = await requireMember(session);
  const articles = await db.article.findMany({
    where: { teamId: actor.teamId },
    select: { id: true, title: true, outlet: true, publishedAt: true },
    orderBy: { createdAt: "desc" },
    take: 50,
  });
  const ids = articles.map((a) => a.id);
  const counts = ids.length
    ? await db.claim.groupBy({ by: ["articleId", "status"], where: { teamId: actor.teamId, articleId: { in: ids } }, _count: { _all: true } })
    : [];
  return {
    actor,
    articles: articles.map((a) => {
      const mine = counts.filter((c) => c.articleId === a.id);
      const n = (pred: (s: string) => boolean) => mine.filter((c) => pred(c.status)).reduce((s, c) => s + c._count._all, 0);
      return {
        id: a.id,
        title: a.title,
        outlet: a.outlet,
        publishedAt: a.publishedAt?.toISOString() ?? null,
        claims: n(() => true),
        decided: n((s) => s === "decided" || s === "approved"),
        approved: n((s) => s === "approved"),
      };
    }),
  };
}
