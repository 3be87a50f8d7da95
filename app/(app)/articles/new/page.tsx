import type { Metadata } from "next";
import { ArticleIntakeForm } from "@/components/articles/article-intake-form";
import { getSession } from "@/lib/auth";
import { pageData } from "@/lib/page-data";
import { requireMember } from "@/lib/teams/require-member";

export const metadata: Metadata = { title: "New article" };

export default async function NewArticlePage() {
  await pageData(async () => requireMember(await getSession(), "article.create"));
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <h1 className="text-2xl font-semibold">Add an article</h1>
      <ArticleIntakeForm />
    </div>
  );
}
