import type { Metadata } from "next";
import { ArticleTable } from "@/components/articles/article-table";
import { listArticles } from "@/lib/articles/list-articles";
import { getSession } from "@/lib/auth";
import { pageData } from "@/lib/page-data";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const { actor, articles } = await pageData(async () => listArticles(await getSession()));
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{actor.teamName}: dashboard</h1>
      <ArticleTable articles={articles} canCreate={actor.role !== "viewer"} />
    </div>
  );
}
