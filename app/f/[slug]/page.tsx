import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PublicReview } from "@/components/public/public-review";
import { getPublicReview } from "@/lib/public/get-public-review";

type TParams = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: TParams): Promise<Metadata> {
  const review = await getPublicReview((await params).slug);
  if (!review) return { title: "Not found" };
  return {
    title: `${review.article.title}: fact-check by ${review.report.team.name}`,
    alternates: { canonical: review.url },
    robots: review.noindex ? { index: false, follow: false } : undefined,
  };
}

export default async function PublicReviewPage({ params }: TParams) {
  const review = await getPublicReview((await params).slug);
  if (!review) notFound();
  return <PublicReview review={review} />;
}
