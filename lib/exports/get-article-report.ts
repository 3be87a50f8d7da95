import "server-only";
import type { TSession } from "@/lib/auth";
import { loadReport, openReport } from "./get-report";
import type { TReport } from "./report-types";

export async function getArticleReport(session: TSession | null, articleId: string): Promise<TReport> {
  return loadReport(await openReport(session, { articleId }));
}
