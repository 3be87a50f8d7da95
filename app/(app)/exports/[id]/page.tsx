import type { Metadata } from "next";
import { ExportProgress } from "@/components/exports/export-progress";
import { getSession } from "@/lib/auth";
import { getExportJob } from "@/lib/exports/export-jobs";
import { pageData } from "@/lib/page-data";

export const metadata: Metadata = { title: "Export" };

export default async function ExportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const job = await pageData(async () => getExportJob(await getSession(), id));
  return <ExportProgress initial={job} />;
}
