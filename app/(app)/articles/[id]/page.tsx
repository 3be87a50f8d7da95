import type { Metadata } from "next";
import { ReviewWorkbench } from "@/components/review/review-workbench";
import { getArticleForReview } from "@/lib/articles/get-article-for-review";
import { getSession } from "@/lib/auth";
import { pageData } from "@/lib/page-data";

export const metadata: Metadata = { title: "Review" };

export default async function ArticleReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const data = await pageData(async () => getArticleForReview(await getSession(), id));
  return <ReviewWorkbench data={data} />;
}
