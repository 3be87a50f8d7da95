import type { Metadata } from "next";
import { ArticleReport } from "@/components/reports/article-report";
import { getSession } from "@/lib/auth";
import { getArticleReport } from "@/lib/exports/get-article-report";
import { pageData } from "@/lib/page-data";

export const metadata: Metadata = { title: "Fact-check report" };

export default async function ArticleReportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const report = await pageData(async () => getArticleReport(await getSession(), id));
  return <ArticleReport report={report} />;
}
