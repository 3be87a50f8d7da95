import type { Metadata } from "next";
import { ArticleReport } from "@/components/reports/article-report";
import { getSession } from "@/lib/auth";
import { getArticleReportPage } from "@/lib/exports/get-article-report";
import { ZReportPage } from "@/lib/exports/schemas";
import { pageData } from "@/lib/page-data";

export const metadata: Metadata = { title: "Fact-check report" };

export default async function ArticleReportPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ page?: string }> }) {
  const [{ id }, { page }] = await Promise.all([params, searchParams]);
  const data = await pageData(async () => getArticleReportPage(await getSession(), id));
  return <ArticleReport report={data.report} flags={data.flags} page={ZReportPage.parse(page)} publish={data.canPublish ? { publication: data.publication } : null} />;
}
